package org.crm.enlace.intel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.intel.ReportValidator;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.intel.Vocabularies;
import org.crm.enlace.intel.internal.IntelDemoData;
import org.crm.enlace.intel.model.IntelFactory;
import org.crm.enlace.intel.model.SmugglerProfile;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.model.StepKind;
import org.crm.enlace.intel.model.VocabularyTerm;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Tlp;
import org.junit.jupiter.api.Test;

/** Every problem of a report is listed with its field; none is thrown. Runs without a store. */
class ReportValidatorTest {

	private static final Terms SEEDED = Terms.of(Vocabularies.seed());

	@Test
	void aBadReportListsEveryProblemWithItsField() {
		SmugglingReport report = Reports.report(" ");
		report.unsetModality();
		report.setObservedFrom(LocalDate.of(2026, 10, 1));
		report.setObservedTo(LocalDate.of(2026, 9, 1));
		report.getCountries().add("GT");
		report.getModusOperandi().addAll(List.of("guides", "teleportation"));
		Reports.step(report, "Nowhere", "GTM", 95, -200, StepKind.ORIGIN, "hovercraft");
		assertEquals(List.of("title", "observedTo", "modality", "countries", "modusOperandi", "waypoints",
				"waypoints[0].latitude", "waypoints[0].longitude", "route[0].transportToNext"), fields(report));
	}

	@Test
	void namesOfSmugglersNeedHandlingH0OrH1AndTlpAmberOrStricter() {
		SmugglingReport report = valid();
		SmugglerProfile profile = IntelFactory.eINSTANCE.createSmugglerProfile();
		profile.getNames().add("Alias Ficticio");
		profile.getRoles().add("guide");
		report.getProfiles().add(profile);
		assertEquals(List.of(), fields(report), "H1 and AMBER allow names");
		report.setTlp(Tlp.GREEN);
		assertEquals(List.of("profiles[0].names"), fields(report));
		report.setTlp(Tlp.RED);
		report.setHandlingCode(HandlingCode.H2);
		assertEquals(List.of("profiles[0].names"), fields(report));
		profile.getNames().clear();
		assertEquals(List.of(), fields(report), "a profile without names is fine under any handling");
	}

	@Test
	void unknownRolesNationalitiesAndAgeRangesAreListed() {
		SmugglingReport report = valid();
		SmugglerProfile profile = IntelFactory.eINSTANCE.createSmugglerProfile();
		profile.getRoles().addAll(List.of("guide", "wizard"));
		profile.getNationalities().add("XXX");
		profile.setAgeFrom(40);
		profile.setAgeTo(30);
		report.getProfiles().add(profile);
		assertEquals(List.of("profiles[0].roles", "profiles[0].nationalities", "profiles[0].ageFrom"), fields(report));
	}

	@Test
	void theDemoReportsAreValidAgainstTheSeededTermsAndGuatemalasOwn() {
		List<VocabularyTerm> terms = new ArrayList<>(Vocabularies.seed());
		List<Record> demo = new IntelDemoData().demoRecords(IntelStores.CLOCK);
		demo.stream().filter(VocabularyTerm.class::isInstance).map(VocabularyTerm.class::cast).forEach(terms::add);
		List<SmugglingReport> reports = demo.stream().filter(SmugglingReport.class::isInstance)
				.map(SmugglingReport.class::cast).toList();
		assertEquals(5, reports.size());
		for (SmugglingReport report : reports) {
			assertEquals(List.of(), ReportValidator.validate(report, Terms.of(terms)), report.getTitle());
		}
		assertTrue(reports.stream().anyMatch(r -> !ReportValidator.validate(r, SEEDED).isEmpty()),
				"one demo report uses Guatemala's own term");
	}

	private static SmugglingReport valid() {
		SmugglingReport report = Reports.report("Informe ficticio");
		Reports.step(report, "Tecún Umán", "GTM", 14.67667, -92.13722, StepKind.ORIGIN, "boat");
		Reports.step(report, "Tapachula", "MEX", 14.90385, -92.25749, StepKind.DESTINATION, "");
		return report;
	}

	private static List<String> fields(SmugglingReport report) {
		return ReportValidator.validate(report, SEEDED).stream().map(Problem::field).toList();
	}
}
