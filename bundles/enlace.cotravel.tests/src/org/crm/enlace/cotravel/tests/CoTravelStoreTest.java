package org.crm.enlace.cotravel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.cotravel.AlertFilter;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.CoTravelIndicators;
import org.crm.enlace.cotravel.CoTravelValidator;
import org.crm.enlace.cotravel.internal.CoTravelDemoData;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.CoTravelFactory;
import org.crm.enlace.cotravel.model.Evidence;
import org.crm.enlace.cotravel.model.EvidenceKind;
import org.crm.enlace.cotravel.model.FollowUpAction;
import org.crm.enlace.cotravel.model.FollowUpStatus;
import org.crm.enlace.cotravel.model.Outcome;
import org.crm.enlace.cotravel.model.Relationship;
import org.crm.enlace.cotravel.model.VerificationResult;
import org.crm.enlace.intel.Crossings;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts in a real (Derby) store: everything comes back, the queries find them, only the concerned see them. */
class CoTravelStoreTest {

	@TempDir
	Path data;

	@Test
	void anAlertComesBackWholeWithItsPairsEvidenceAndFollowUps() {
		String id;
		try (RecordStore store = CoTravelStores.open(data, CoTravelStores.GUATEMALA)) {
			CoTravelAlert alert = CoTravelStores.airportAlert();
			CoTravelAlerts.relationship(alert, alert.getChildren().get(0), alert.getAdults().get(0)).orElseThrow()
					.setRelationship(Relationship.OTHER_RELATIVE);
			Evidence consent = CoTravelAlerts.addEvidence(alert, EvidenceKind.FORMATO_SAM, alert.getChildren().get(1));
			consent.setResult(VerificationResult.FOUND_FALSE);
			alert.getIndicators().addAll(List.of("tickets-cash-last-minute", "accounts-differ"));
			alert.setObservations("Observación de prueba");
			FollowUpAction action = CoTravelFactory.eINSTANCE.createFollowUpAction();
			action.setDate(LocalDate.parse("2026-11-21"));
			action.setAction("Aviso a la oficina de protección de la niñez");
			action.setBy("Oficina ficticia");
			action.setStatus(FollowUpStatus.IN_PROGRESS);
			alert.getFollowUps().add(action);
			CoTravelAlerts.releaseToConcerned(alert, store);
			assertEquals(List.of(), CoTravelValidator.validate(alert, store, CoTravelStores.TODAY));
			id = store.save(alert).getId();
		}
		try (RecordStore store = CoTravelStores.open(data, CoTravelStores.MEXICO)) {
			CoTravelAlert back = (CoTravelAlert) store.findById(id).orElseThrow();
			assertEquals("GTM", back.getOwnerCountry());
			assertEquals(Tlp.AMBER, back.getTlp());
			assertEquals(HandlingCode.H2, back.getHandlingCode());
			assertEquals("06:40", back.getTime());
			assertEquals("GUA", back.getAirportCode());
			assertEquals(2, back.getChildren().size());
			assertEquals(9, back.getChildren().get(0).getAgeAtTime(), "computed from 2017-03-10 on 2026-11-20");
			assertEquals(11, back.getChildren().get(1).getAgeAtTime(), "entered: the birth year alone gives none");
			assertEquals("2015", back.getChildren().get(1).getPerson().getDateOfBirth());
			assertEquals(2, back.getRelationships().size(), "one per child and adult pair");
			assertSame(back.getChildren().get(0), back.getRelationships().get(0).getChild());
			assertSame(back.getAdults().get(0), back.getRelationships().get(0).getAdult());
			assertEquals(Relationship.OTHER_RELATIVE, back.getRelationships().get(0).getRelationship());
			assertEquals(Relationship.UNKNOWN, back.getRelationships().get(1).getRelationship());
			assertSame(back.getChildren().get(1), back.getEvidence().get(0).getChild());
			assertEquals(VerificationResult.FOUND_FALSE, back.getEvidence().get(0).getResult());
			assertEquals(List.of("tickets-cash-last-minute", "accounts-differ"), back.getIndicators());
			assertEquals(FollowUpStatus.IN_PROGRESS, back.getFollowUps().get(0).getStatus());
			assertEquals(Outcome.UNDER_FOLLOW_UP, back.getOutcome());
			assertEquals("FX0000003", back.getChildren().get(1).getPerson().getDocuments().get(0).getNumber());
		}
	}

	@Test
	void byDefaultOnlyTheCountriesConcernedSeeAnAlert() {
		try (RecordStore store = CoTravelStores.open(data, CoTravelStores.GUATEMALA)) {
			CoTravelAlert alert = CoTravelStores.airportAlert();
			assertEquals(Releasability.LISTED, alert.getReleasability());
			CoTravelAlerts.releaseToConcerned(alert, store);
			assertEquals(List.of("GTM", "HND", "MEX"), alert.getReleasableTo(),
					"the reporting country and the persons' nationalities");
			store.save(alert);
		}
		try (RecordStore store = CoTravelStores.open(data, CoTravelStores.HONDURAS)) {
			assertEquals(1, CoTravelAlerts.find(store, AlertFilter.ANY).size(), "a child is Honduran");
		}
		try (RecordStore store = CoTravelStores.open(data, CoTravelStores.COSTA_RICA)) {
			assertEquals(List.of(), CoTravelAlerts.find(store, AlertFilter.ANY),
					"a member not concerned does not see the children's data");
		}
	}

	@Test
	void theCrossingsNeighbourIsConcernedToo() {
		try (RecordStore store = CoTravelStores.open(data, CoTravelStores.GUATEMALA)) {
			BorderCrossing crossing = Crossings.newCrossing("GTM", 14.68, -92.14);
			crossing.setName("Puesto de prueba");
			crossing.setOtherCountry("SLV");
			String crossingId = store.save(crossing).getId();
			CoTravelAlert alert = CoTravelStores.airportAlert();
			alert.setAirportCode(null);
			alert.setCrossingId(crossingId);
			CoTravelAlerts.releaseToConcerned(alert, store);
			assertEquals(List.of("GTM", "SLV", "HND", "MEX"), alert.getReleasableTo());
			assertEquals(List.of(), CoTravelValidator.validate(alert, store, CoTravelStores.TODAY));
			store.save(alert);
			assertEquals(1, CoTravelAlerts.find(store, AlertFilter.ANY.at(crossingId)).size());
		}
	}

	@Test
	void theQueriesFindByPeriodPlaceOutcomeNationalityDocumentAndText() {
		try (RecordStore store = CoTravelStores.open(data, CoTravelStores.GUATEMALA)) {
			CoTravelAlert airport = CoTravelStores.airportAlert();
			CoTravelAlerts.releaseToConcerned(airport, store);
			store.save(airport);
			CoTravelAlert land = CoTravelStores.airportAlert();
			land.setDate(LocalDate.parse("2026-10-02"));
			land.setAirportCode(null);
			land.setPlaceName("Paso Ficticio del Norte");
			land.setOutcome(Outcome.ALLOWED);
			land.getChildren().remove(1);
			land.getRelationships().remove(1);
			land.getChildren().get(0).getPerson().setGivenNames("Sofía Prueba");
			store.save(land);

			assertEquals(2, CoTravelAlerts.find(store, AlertFilter.ANY).size());
			assertEquals(LocalDate.parse("2026-11-20"), CoTravelAlerts.find(store, AlertFilter.ANY).get(0).getDate(),
					"the latest first");
			assertEquals(List.of("Paso Ficticio del Norte"), places(store, AlertFilter.ANY
					.inPeriod(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"))));
			assertEquals(List.of("Aeropuerto de prueba"), places(store, AlertFilter.ANY.at("gua")));
			assertEquals(List.of("Paso Ficticio del Norte"), places(store, AlertFilter.ANY.at("norte")));
			assertEquals(List.of("Paso Ficticio del Norte"), places(store, AlertFilter.ANY.withOutcome(Outcome.ALLOWED)));
			assertEquals(List.of("Aeropuerto de prueba"), places(store, AlertFilter.ANY.withNationality("MEX")));
			assertEquals(2, CoTravelAlerts.withDocumentNumber(store, "fx 000 0001").size());
			assertEquals(1, CoTravelAlerts.withDocumentNumber(store, "FX0000003").size());
			assertEquals(List.of("Paso Ficticio del Norte"), places(store, AlertFilter.ANY.containing("sofia")));
			assertEquals(List.of(), places(store, AlertFilter.ANY.withOutcome(Outcome.DENIED)));
		}
	}

	@Test
	void theIndicatorsAreSeededAsVocabularyTerms() {
		try (RecordStore store = CoTravelStores.open(data, CoTravelStores.GUATEMALA)) {
			Terms terms = Terms.load(store);
			assertEquals(13, terms.of(CoTravelIndicators.VOCABULARY).size());
			assertEquals("Tickets bought in cash shortly before departure", terms.label(CoTravelIndicators.VOCABULARY,
					"tickets-cash-last-minute", Locale.ENGLISH));
			assertTrue(terms.contains(CoTravelIndicators.VOCABULARY, "child-unaware-adult-name"));
		}
	}

	@Test
	void theDemoAlertsAreValidAndPlainlyFictitious() {
		try (RecordStore store = CoTravelStores.open(data, CoTravelStores.GUATEMALA)) {
			List<org.crm.enlace.model.Record> demo = new CoTravelDemoData().demoRecords(CoTravelStores.CLOCK);
			assertEquals(3, demo.size());
			for (org.crm.enlace.model.Record record : demo) {
				CoTravelAlert alert = (CoTravelAlert) record;
				assertEquals(List.of(), CoTravelValidator.validate(alert, store, CoTravelStores.TODAY));
				assertTrue(alert.getObservations().contains("FICTICIOS"), alert.getObservations());
				CoTravelAlerts.persons(alert).forEach(p -> {
					assertTrue((p.getGivenNames() + p.getFirstSurname()).matches(".*(Demo|Ficticia|Ejemplo).*"));
					assertTrue(p.getDocuments().getFirst().getNumber().startsWith("DEMO"));
				});
				assertTrue(alert.getReleasableTo().containsAll(CoTravelAlerts.concernedCountries(alert, store)));
			}
		}
	}

	private static List<String> places(RecordStore store, AlertFilter filter) {
		return CoTravelAlerts.find(store, filter).stream().map(CoTravelAlert::getPlaceName).toList();
	}
}
