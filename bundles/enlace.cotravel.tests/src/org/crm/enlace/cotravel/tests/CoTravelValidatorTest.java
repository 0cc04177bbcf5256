package org.crm.enlace.cotravel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.CoTravelValidator;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.EvidenceKind;
import org.crm.enlace.cotravel.model.TravellingChild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of the validator on an otherwise valid alert; no message carries a value entered. */
class CoTravelValidatorTest {

	@TempDir
	Path data;
	private RecordStore store;
	private Locale before;

	@BeforeEach
	void open() {
		before = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		store = CoTravelStores.open(data, CoTravelStores.GUATEMALA);
	}

	@AfterEach
	void close() {
		store.close();
		Locale.setDefault(before);
	}

	@Test
	void theSampleAlertIsValid() {
		assertEquals(List.of(), problems(a -> {
		}));
	}

	@Test
	void aChildMustBeUnder18OnTheDayOfTheEvent() {
		List<Problem> found = problems(a -> {
			a.getChildren().get(0).getPerson().setDateOfBirth("2008-11-19");
			CoTravelAlerts.computeAges(a);
		});
		assertEquals(List.of(new Problem("children", "Child 1: must be under 18 on the date of the event.")), found);
		assertEquals(List.of(), problems(a -> a.getChildren().get(0).getPerson().setDateOfBirth("2008-11-21")),
				"one day short of 18 is still a child");
		assertEquals(List.of(new Problem("children", "Child 2: must be under 18 on the date of the event.")),
				problems(a -> a.getChildren().get(1).setAgeAtTime(18)), "an age entered counts when no full date");
	}

	@Test
	void aChildWithoutBirthDateOrAgeIsListed() {
		assertEquals(List.of(new Problem("children", "Child 2: give the full date of birth or the age.")),
				problems(a -> a.getChildren().get(1).setAgeAtTime(null)));
	}

	@Test
	void everyChildTravelsWithAnAdultAndThereIsOne() {
		assertEquals(
				List.of(new Problem("relationships", "Child 1: must travel with at least one of the adults entered.")),
				problems(a -> a.getRelationships().remove(0)));
		List<Problem> noAdult = problems(a -> {
			a.getAdults().clear();
			a.getRelationships().clear();
		});
		assertEquals(List.of(new Problem("adults", "Enter at least one adult.")), noAdult);
		assertEquals(List.of(new Problem("children", "Enter at least one child.")), problems(a -> {
			a.getChildren().clear();
			a.getRelationships().clear();
		}));
	}

	@Test
	void datesAreNotInTheFuture() {
		assertEquals(List.of(new Problem("date", "The date of the event cannot be after today.")),
				problems(a -> a.setDate(CoTravelStores.TODAY.plusDays(1))));
		assertEquals(List.of(new Problem("children", "Child 1: the date of birth is after the date of the event.")),
				problems(a -> a.getChildren().get(0).getPerson().setDateOfBirth("2026-12")));
		assertEquals(List.of(new Problem("adults",
				"Adult 1: the date of birth is written YYYY-MM-DD, YYYY-MM or YYYY and must exist.")),
				problems(a -> a.getAdults().get(0).getPerson().setDateOfBirth("1990-02-30")));
	}

	@Test
	void codesAreAlpha3AndTheTimeIsHhMm() {
		List<Problem> found = problems(a -> {
			a.setCountry("GT");
			a.setTime("6:40");
			a.setAirportCode("gua");
			a.getAdults().get(0).getPerson().setNationality("Guatemala");
			a.getChildren().get(1).getPerson().getDocuments().get(0).setIssuingState("MX");
		});
		assertEquals(List.of("time", "country", "airportCode", "adults", "children"),
				found.stream().map(Problem::field).toList());
		assertTrue(found.get(3).message().startsWith("Adult 1:"), found.get(3).message());
		assertTrue(found.get(4).message().startsWith("Child 2:"), found.get(4).message());
	}

	@Test
	void evidenceNeedsItsResultAndThePlaceAndOutcomeAreGiven() {
		List<Problem> found = problems(a -> {
			CoTravelAlerts.addEvidence(a, EvidenceKind.EXIT_PERMIT, null);
			a.setAirportCode(null);
			a.setPlaceName(null);
			a.unsetOutcome();
			a.getIndicators().add("not-an-indicator");
		});
		assertEquals(List.of("placeName", "outcome", "evidence", "indicators"),
				found.stream().map(Problem::field).toList());
		assertEquals("Evidence 1: give the result of the verification.", found.get(2).message());
	}

	@Test
	void messagesNeverCarryAPersonsData() {
		List<Problem> found = problems(a -> {
			for (TravellingChild child : a.getChildren()) {
				child.getPerson().setDateOfBirth("1999-01-01");
				child.getPerson().setNationality("Xx");
			}
			a.getAdults().get(0).getPerson().setDateOfBirth("2030");
		});
		assertEquals(5, found.size(), found.toString());
		for (Problem problem : found) {
			for (String value : List.of("Ficticia", "Prueba", "FX000", "1999", "2030", "Xx")) {
				assertFalse(problem.message().contains(value), problem.message());
			}
		}
	}

	private List<Problem> problems(Consumer<CoTravelAlert> change) {
		CoTravelAlert alert = CoTravelStores.airportAlert();
		change.accept(alert);
		return CoTravelValidator.validate(alert, store, CoTravelStores.TODAY);
	}
}
