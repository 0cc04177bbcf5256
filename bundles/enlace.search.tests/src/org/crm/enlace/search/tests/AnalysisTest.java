package org.crm.enlace.search.tests;

import static org.crm.enlace.search.tests.TestKeys.KEY;
import static org.crm.enlace.search.tests.TestRecords.contact;
import static org.crm.enlace.search.tests.TestRecords.ids;
import static org.crm.enlace.search.tests.TestRecords.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.crm.enlace.model.Record;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexes;
import org.crm.enlace.search.internal.BilingualAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spanish and English text meet whatever the case, the accents and the number of the words. */
class AnalysisTest {

	@TempDir
	Path folder;

	private FullTextIndex index;

	@BeforeEach
	void open() {
		index = FullTextIndexes.open(folder, KEY);
	}

	@AfterEach
	void close() {
		index.close();
	}

	@ParameterizedTest(name = "\"{1}\" finds \"{0}\"")
	@CsvSource({
			// case and accents, both ways
			"Ana Nuñez Peña, NUNEZ",
			"ANA NUNEZ PENA, Nuñez",
			"ana núñez, Núñez",
			"Oficina de Migración, MIGRACION",
			"Oficina de Migración, migracion",
			"OFICINA DE MIGRACION, migración",
			// Spanish plural and gender
			"Red de traficantes, traficante",
			"Un traficante detenido, traficantes",
			"Autoridades mexicanas, mexicano",
			"Migraciones irregulares, migración",
			"Varios países de la región, país",
			"Las redes de tráfico, red",
			"Las luces del puerto, luz",
			// English plurals
			"Smugglers on the border, smuggler",
			"Member countries, country",
			"Maritime routes, route",
			"Smuggling cases, case",
			"Partner agencies, agency",
			// prefixes and near misses are folded too
			"Ana Núñez, Nuñ*",
			"Ana Núñez, NUÑ*",
			"Ana Núñez, Nunes~1" })
	void findsTheRecordWhateverTheCaseAccentsAndNumber(String text, String query) {
		Record record = organization(text, null);
		Record other = organization("Dirección de asuntos consulares", null);
		TestRecords.rebuildWith(index, List.of(record, other));

		assertEquals(List.of(record.getId()), ids(index, query));
	}

	@Test
	void aPersonsNameWithAndWithoutAccentsIsOneName() {
		Record withAccents = contact("José Ordóñez Núñez");
		Record withoutAccents = contact("JOSE ORDONEZ NUNEZ");
		Record someoneElse = contact("José Ordóñez Peña");
		TestRecords.rebuildWith(index, List.of(withAccents, withoutAccents, someoneElse));

		List<String> found = ids(index, "ordóñez nuñez");

		assertEquals(2, found.size(), found.toString());
		assertEquals(Set.of(withAccents.getId(), withoutAccents.getId()), Set.copyOf(found));
	}

	@Test
	void theAnalysisFoldsDropsStopWordsOfBothLanguagesAndStems() {
		BilingualAnalyzer analyzer = new BilingualAnalyzer();

		assertEquals(List.of("traficant", "nunez", "smuggler", "rout"),
				analyzer.terms("Los traficantes de Núñez and the smugglers' routes"));
		// Each stemming order joins pairs that the other splits: both stems are kept at the word's position.
		assertEquals(List.of("pais", "pai"), analyzer.terms("países"));
		assertEquals(List.of("pai"), analyzer.terms("país"));
		// "Estados Unidos" is a name here, not a verb form to drop.
		assertEquals(List.of("estad", "unid"), analyzer.terms("Estados Unidos"));
	}

	@Test
	void wordsAreAllRequiredUnlessJoinedByOr() {
		Record ana = contact("Ana Núñez");
		Record luis = contact("Luis Núñez");
		TestRecords.rebuildWith(index, List.of(ana, luis));

		assertEquals(List.of(ana.getId()), ids(index, "ana nunez"));
		assertEquals(2, ids(index, "ana OR luis").size());
		assertEquals(List.of(luis.getId()), ids(index, "nunez -ana"));
		assertEquals(List.of(ana.getId()), ids(index, "\"ana nunez\""));
		assertEquals(List.of(), ids(index, "\"nunez ana\""));
	}
}
