package org.crm.enlace.intel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.geo.WaypointKind;
import org.crm.enlace.intel.ReportRoute;
import org.crm.enlace.intel.ReportValidator;
import org.crm.enlace.intel.StepWaypoint;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.intel.Vocabularies;
import org.crm.enlace.intel.model.IntelFactory;
import org.crm.enlace.intel.model.IntelPackage;
import org.crm.enlace.intel.model.SmugglerProfile;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.model.StepKind;
import org.crm.enlace.model.InformationAccuracy;
import org.crm.enlace.model.SourceReliability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fictitious report with its route, vocabulary terms, profile and attachment through a real Derby store. */
class ReportRoundTripTest {

	@TempDir
	Path data;

	@Test
	void aReportComesBackWithItsRouteTermsProfileEvaluationAndAttachment() {
		String id;
		try (RecordStore mexico = IntelStores.open(data, IntelStores.MEXICO)) {
			Terms terms = Terms.load(mexico);
			assertTrue(terms.of(Vocabularies.MODUS_OPERANDI).size() >= 10, "the issue's terms are seeded");
			SmugglingReport report = Reports.report("Informe ficticio de prueba");
			report.setObservedFrom(LocalDate.of(2026, 8, 1));
			report.setObservedTo(LocalDate.of(2026, 10, 31));
			report.getCountries().addAll(List.of("GTM", "MEX"));
			report.getModusOperandi().addAll(List.of("guides", "messaging-apps"));
			Reports.step(report, "Tecún Umán", "GTM", 14.67667, -92.13722, StepKind.ORIGIN, "boat");
			Reports.step(report, "Ciudad Hidalgo", "MEX", 14.68, -92.15, StepKind.BORDER_CROSSING, "bus");
			Reports.step(report, "Tapachula", "MEX", 14.90385, -92.25749, StepKind.DESTINATION, "");
			SmugglerProfile profile = IntelFactory.eINSTANCE.createSmugglerProfile();
			profile.setCharacteristics("Balseros que cobran por cruce (ficticio)");
			profile.getRoles().add("boat-operator");
			profile.getNationalities().add("GTM");
			profile.setAgeFrom(18);
			profile.setAgeTo(35);
			profile.getNames().add("Alias Ficticio");
			report.getProfiles().add(profile);
			report.setSourceReliability(SourceReliability.B);
			report.setInformationAccuracy(InformationAccuracy.ACCURACY_2);
			assertEquals(List.of(), ReportValidator.validate(report, terms));
			id = mexico.save(report).getId();
			mexico.attach(id, "croquis.txt", "text/plain", "croquis ficticio".getBytes(StandardCharsets.UTF_8));
		}
		try (RecordStore guatemala = IntelStores.open(data, IntelStores.GUATEMALA)) {
			SmugglingReport read = (SmugglingReport) guatemala.findById(id).orElseThrow();
			assertEquals("MEX", read.getOwnerCountry());
			assertEquals("Informe ficticio de prueba", read.getTitle());
			assertEquals(LocalDate.of(2026, 8, 1), read.getObservedFrom());
			assertEquals(List.of("guides", "messaging-apps"), read.getModusOperandi());
			List<StepWaypoint> waypoints = new ReportRoute(read).waypoints();
			assertEquals(List.of("Tecún Umán", "Ciudad Hidalgo", "Tapachula"),
					waypoints.stream().map(StepWaypoint::place).toList());
			assertEquals(WaypointKind.BORDER_CROSSING, waypoints.get(1).kind());
			assertEquals(-92.25749, waypoints.get(2).longitude());
			assertEquals("boat", waypoints.get(0).transportToNext());
			SmugglerProfile profile = read.getProfiles().getFirst();
			assertEquals(List.of("boat-operator"), profile.getRoles());
			assertEquals(35, profile.getAgeTo());
			assertEquals(List.of("Alias Ficticio"), profile.getNames());
			assertEquals(InformationAccuracy.ACCURACY_2, read.getInformationAccuracy());
			Terms terms = Terms.load(guatemala);
			assertEquals("Guías (coyotes, polleros)", terms.label(Vocabularies.MODUS_OPERANDI, "guides",
					Locale.forLanguageTag("es")));
			assertEquals("Use of messaging apps", terms.label(Vocabularies.MODUS_OPERANDI, "messaging-apps",
					Locale.ENGLISH));
			assertEquals(1, guatemala.find(RecordQuery
					.of(IntelPackage.Literals.SMUGGLING_REPORT)
					.where(IntelPackage.Literals.SMUGGLING_REPORT__MODUS_OPERANDI, "guides"), SmugglingReport.class)
					.size(), "the modus operandi is an index field");
			byte[] content = guatemala.readAttachment(guatemala.attachments(id).getFirst().id());
			assertArrayEquals("croquis ficticio".getBytes(StandardCharsets.UTF_8), content);
		}
	}
}
