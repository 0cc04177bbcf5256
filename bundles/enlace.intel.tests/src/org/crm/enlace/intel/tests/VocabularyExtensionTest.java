package org.crm.enlace.intel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.intel.ReportValidator;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.intel.Vocabularies;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.model.StepKind;
import org.crm.enlace.intel.model.VocabularyTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A country extends the Secretariat's vocabulary with a term of its own, which others then read and use. */
class VocabularyExtensionTest {

	@TempDir
	Path data;

	@Test
	void guatemalaAddsATermThatMexicoSeesAndUses() {
		try (RecordStore guatemala = IntelStores.open(data, IntelStores.GUATEMALA)) {
			Terms before = Terms.load(guatemala);
			VocabularyTerm duplicate = Vocabularies.newTerm(Vocabularies.MODUS_OPERANDI, "guides", "Guías", "Guides");
			assertEquals(List.of("code"), Vocabularies.validate(duplicate, before).stream().map(Problem::field).toList());
			VocabularyTerm badCode = Vocabularies.newTerm(Vocabularies.MODUS_OPERANDI, "Balsas!", "Balsas", "");
			assertEquals(List.of("code", "labelEs"),
					Vocabularies.validate(badCode, before).stream().map(Problem::field).toList());
			VocabularyTerm rafts = Vocabularies.newTerm(Vocabularies.MODUS_OPERANDI, "river-rafts",
					"Balsas en el río", "River rafts");
			assertEquals(List.of(), Vocabularies.validate(rafts, before));
			VocabularyTerm saved = guatemala.save(rafts);
			assertEquals("GTM", saved.getOwnerCountry(), "the country that adds a term owns it");
		}
		try (RecordStore mexico = IntelStores.open(data, IntelStores.MEXICO)) {
			Terms terms = Terms.load(mexico);
			assertEquals("River rafts", terms.label(Vocabularies.MODUS_OPERANDI, "river-rafts", Locale.ENGLISH));
			SmugglingReport report = Reports.report("Informe ficticio con término de Guatemala");
			report.getModusOperandi().add("river-rafts");
			Reports.step(report, "Tecún Umán", "GTM", 14.67667, -92.13722, StepKind.ORIGIN, "boat");
			Reports.step(report, "Ciudad Hidalgo", "MEX", 14.68, -92.15, StepKind.DESTINATION, "");
			assertEquals(List.of(), ReportValidator.validate(report, terms));
			VocabularyTerm theirs = terms.find(Vocabularies.MODUS_OPERANDI, "river-rafts").orElseThrow();
			theirs.setLabelEs("Otro texto");
			StoreException refused = assertThrows(StoreException.class, () -> mexico.save(theirs));
			assertEquals(StoreException.Reason.FORBIDDEN, refused.reason(), "only the owner changes its term");
			VocabularyTerm shared = terms.find(Vocabularies.MODUS_OPERANDI, "guides").orElseThrow();
			assertTrue(shared.getOwnerCountry().equals("XST"), "the seeded terms are the Secretariat's");
		}
	}
}
