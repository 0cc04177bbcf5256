package org.crm.enlace.mrz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crm.enlace.mrz.Transliteration;
import org.crm.enlace.mrz.Transliteration.Alternative;
import org.junit.jupiter.api.Test;

/** Written names to their MRZ forms (Doc 9303 Part 3) and MRZ names back to how they may have been written. */
class TransliterationTest {

	@Test
	void writtenNamesTakeTheRecommendedForms() {
		assertEquals("NUNEZ", Transliteration.transliterate("Núñez"));
		assertEquals("PEREZ<IBANEZ", Transliteration.transliterate("Pérez-Ibáñez"));
		assertEquals("JOSE<MARIA", Transliteration.transliterate("  José   María "));
		assertEquals("MUELLER", Transliteration.transliterate("Müller"));
		assertEquals("ARGUEELLO", Transliteration.transliterate("Argüello"), "Ü is UE wherever it stands");
		assertEquals("ONEILL", Transliteration.transliterate("O'Neill"), "apostrophes are left out");
		assertEquals("OERSTED", Transliteration.transliterate("Ørsted"));
		assertEquals("STRASSE", Transliteration.transliterate("Straße"));
		assertEquals("FRANCOISE", Transliteration.transliterate("Françoise"));
		assertEquals("DE<LA<CRUZ", Transliteration.transliterate("de la Cruz"));
	}

	@Test
	void variantsAreEveryFormTheTableAllowsRecommendedFirst() {
		assertEquals(List.of("NUNEZ", "NUNXXEZ"), Transliteration.variants("Nuñez"));
		assertEquals(List.of("MUELLER", "MUXXLLER", "MULLER"), Transliteration.variants("Müller"));
		List<String> both = Transliteration.variants("Peña Güemes");
		assertEquals(6, both.size(), both.toString());
		assertTrue(both.contains("PENXXA<GUEMES") && both.contains("PENA<GUXXEMES"), both.toString());
		assertEquals(64, Transliteration.variants("ÑÑÑÑÑÑÑÑ").size(), "bounded");
	}

	@Test
	void anMrzNameReadsBackWithTheLettersItMayStandFor() {
		Transliteration.Reading nunez = Transliteration.read("NUNEZ");
		assertEquals("NUNEZ", nunez.text());
		Map<String, List<String>> mayBe = mayBe(nunez);
		assertEquals(List.of("Ñ"), mayBe.get("N"));
		assertTrue(mayBe.get("U").contains("Ú") && mayBe.get("U").contains("Ü"), mayBe.toString());
		assertTrue(mayBe.get("E").contains("É"), mayBe.toString());
		assertEquals(List.of("N", "U", "E"), List.copyOf(mayBe.keySet()), "once each, in order of appearance");

		assertEquals("NUÑEZ<GARCIA".replace('<', ' '), Transliteration.read("NUNXXEZ<GARCIA").text(),
				"NXX is always Ñ");
		assertEquals("MÜLLER", Transliteration.read("MUXXLLER").text());
		Map<String, List<String>> guemes = mayBe(Transliteration.read("GUEMES"));
		assertEquals(List.of("Ü"), guemes.get("UE"), "UE may be Ü");
		assertFalse(mayBe(Transliteration.read("SMITH")).containsKey("TH"), "only the region's letters come back");
	}

	@Test
	void aWrittenNameIsFoundAmongTheVariantsOfItsReading() {
		String written = "Ibáñez Argüello";
		for (String mrz : Transliteration.variants(written)) {
			assertTrue(mrz.matches("[A-Z<]+"), mrz);
		}
		assertTrue(Transliteration.variants(written).contains("IBANEZ<ARGUELLO"));
	}

	private static Map<String, List<String>> mayBe(Transliteration.Reading reading) {
		return reading.alternatives().stream().collect(Collectors.toMap(Alternative::mrz, Alternative::originals,
				(a, b) -> a, java.util.LinkedHashMap::new));
	}
}
