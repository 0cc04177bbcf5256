package org.crm.enlace.entry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.entry.Ca4;
import org.crm.enlace.entry.EntryAnswer;
import org.crm.enlace.entry.EntryQuestions;
import org.crm.enlace.entry.EntryRules;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.ConfirmingParty;
import org.crm.enlace.entry.model.EntryFactory;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;
import org.crm.enlace.model.Releasability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "What does a national of X need to enter A, B and C", asked of a store that holds the shipped data set: known
 * answers of the file, the CA-4 rules, and who gets an answer.
 */
class EntryQuestionsTest {

	private static final EntryStores.TestClock CLOCK = new EntryStores.TestClock();

	@TempDir
	static Path data;

	@BeforeAll
	static void importTheShippedFile() {
		EntryStores.importShipped(data, CLOCK);
	}

	@ParameterizedTest(name = "{0} entering {1}: {2} {3}")
	@CsvSource(nullValues = "-", value = {
			"MEX, USA, VISA_REQUIRED, -",
			"USA, MEX, VISA_FREE, 180",
			"CAN, USA, VISA_FREE, 180",
			"MEX, CAN, VISA_REQUIRED, -",
			"AFG, USA, VISA_REQUIRED, -",
			"HTI, PAN, VISA_REQUIRED, -",
			"VEN, CRI, VISA_REQUIRED, -",
			"CUB, MEX, VISA_REQUIRED, -",
			"DEU, USA, ETA, -",
			"ESP, MEX, VISA_FREE, 180",
			"COL, GTM, VISA_FREE, 90",
			"DOM, HND, VISA_FREE, 60",
			"DZA, NIC, VISA_ON_ARRIVAL, -",
			"SOM, CAN, NO_ADMISSION, -",
			"XKX, GTM, VISA_REQUIRED, -",
			"GTM, GTM, OWN_COUNTRY, -",
			"USA, USA, OWN_COUNTRY, -",
			"SLV, GTM, NATIONAL_ID, -",
			"GTM, SLV, NATIONAL_ID, -",
			"CRI, GTM, VISA_FREE, 90" })
	void knownAnswersOfTheFile(String nationality, String destination, Requirement requirement, Integer days) {
		EntryRule rule = onlyRule(EntryStores.MEXICO, nationality, destination);
		assertEquals(requirement, rule.getRequirement());
		assertEquals(days, rule.getMaxStayDays());
		assertEquals(ConfirmationStatus.UNCONFIRMED, rule.getConfirmationStatus());
	}

	@Test
	void betweenCa4CountriesNationalsTravelOnTheirIdentityCardAndTheRuleSaysWhy() {
		for (String nationality : Ca4.COUNTRIES) {
			for (String destination : Ca4.COUNTRIES) {
				EntryRule rule = onlyRule(EntryStores.SECRETARIAT, nationality, destination);
				if (nationality.equals(destination)) {
					assertEquals(Requirement.OWN_COUNTRY, rule.getRequirement());
					continue;
				}
				String pair = nationality + "->" + destination;
				assertEquals(Requirement.NATIONAL_ID, rule.getRequirement(), pair);
				assertNull(rule.getMaxStayDays(), pair);
				assertEquals(Ca4.LEGAL_BASIS, rule.getLegalBasis(), pair);
				assertTrue(rule.getLegalBasis().contains("Convenio Centroamericano de Libre Movilidad")
						&& rule.getLegalBasis().contains("2006"), pair);
				assertTrue(rule.getSourceValue().matches("[0-9]+"), "the data set shows days: " + rule.getSourceValue());
				assertTrue(rule.getNote().contains("\u00ab" + rule.getSourceValue() + "\u00bb")
						&& rule.getNote().contains("identidad"), rule.getNote());
			}
		}
		EntryRule costaRica = onlyRule(EntryStores.SECRETARIAT, "CRI", "NIC");
		assertTrue(costaRica.getRequirement() != Requirement.NATIONAL_ID && costaRica.getLegalBasis() == null,
				"Costa Rica is not in the CA-4");
	}

	@Test
	void oneAnswerPerDestinationInTheOrderAskedWithNoRuleForAPlaceOutsideTheMatrix() {
		try (RecordStore store = EntryStores.open(data, EntryStores.GUATEMALA, CLOCK)) {
			List<EntryAnswer> answers = new EntryQuestions(store).toEnter("HND", List.of("USA", "COL", "GTM", "MEX"),
					CLOCK.today());
			assertEquals(List.of("USA", "COL", "GTM", "MEX"), answers.stream().map(EntryAnswer::destination).toList());
			assertEquals(Requirement.VISA_REQUIRED, answers.get(0).rule().orElseThrow().getRequirement());
			assertTrue(answers.get(1).rule().isEmpty(), "Colombia is an observer: no rule known");
			assertEquals(Requirement.NATIONAL_ID, answers.get(2).rule().orElseThrow().getRequirement());
			assertEquals("HND", answers.get(3).rule().orElseThrow().getNationality());
		}
	}

	@Test
	void unknownCodesAreRefusedNamingTheCode() {
		try (RecordStore store = EntryStores.open(data, EntryStores.MEXICO, CLOCK)) {
			EntryQuestions questions = new EntryQuestions(store);
			IllegalArgumentException nationality = assertThrows(IllegalArgumentException.class,
					() -> questions.toEnter("QQQ", List.of("GTM"), CLOCK.today()));
			assertTrue(nationality.getMessage().contains("QQQ"), nationality.getMessage());
			IllegalArgumentException destination = assertThrows(IllegalArgumentException.class,
					() -> questions.toEnter("GTM", List.of("MEX", "gtm"), CLOCK.today()));
			assertTrue(destination.getMessage().contains("gtm"), destination.getMessage());
		}
	}

	@Test
	void iomObserversAndEveryMemberSeeTheMatrix() {
		for (CurrentUser user : List.of(EntryStores.IOM, EntryStores.OBSERVER, EntryStores.MEXICO,
				EntryStores.SECRETARIAT)) {
			EntryRule rule = onlyRule(user, "MEX", "USA");
			assertEquals(Releasability.NETWORK, rule.getReleasability(), user.country());
		}
	}

	@Test
	void aConfirmedRuleInEffectWinsAndChangesSinceADayAreWhatChangedThen() {
		LocalDate before = CLOCK.today();
		CLOCK.advance(Duration.ofDays(40));
		LocalDate changeDay = CLOCK.today();
		LocalDate from = changeDay.plusDays(30);
		try (RecordStore guatemala = EntryStores.open(data, EntryStores.GUATEMALA, CLOCK)) {
			EntryRule future = EntryFactory.eINSTANCE.createEntryRule();
			future.setOwnerCountry("GTM");
			future.setReleasability(Releasability.ALL_MEMBERS);
			future.setDestination("GTM");
			future.setNationality("ECU");
			future.setRequirement(Requirement.EVISA);
			future.setEffectiveFrom(from);
			future.setLegalBasis("Acuerdo ministerial ficticio 1-2026");
			future.setConfirmationStatus(ConfirmationStatus.CONFIRMED);
			future.setConfirmedOn(changeDay);
			future.setConfirmedBy("Oficial ficticio");
			future.setConfirmingParty(ConfirmingParty.DESTINATION);
			guatemala.save(future);

			EntryQuestions questions = new EntryQuestions(guatemala);
			EntryRule today = questions.toEnter("ECU", List.of("GTM"), changeDay).get(0).rule().orElseThrow();
			assertEquals(EntryRules.stableId("GTM", "ECU"), today.getId(), "the new rule is not in effect yet");
			EntryRule later = questions.toEnter("ECU", List.of("GTM"), from).get(0).rule().orElseThrow();
			assertEquals(Requirement.EVISA, later.getRequirement());

			List<EntryRule> changed = questions.changedSince(changeDay);
			assertEquals(1, changed.size());
			assertEquals("ECU", changed.get(0).getNationality());
			assertEquals(2_189 + 1, questions.changedSince(before).size(), "the import and the new rule");
		}
	}

	private static EntryRule onlyRule(CurrentUser user, String nationality, String destination) {
		try (RecordStore store = EntryStores.open(data, user, CLOCK)) {
			List<EntryAnswer> answers = new EntryQuestions(store).toEnter(nationality, List.of(destination),
					CLOCK.today());
			assertEquals(1, answers.size());
			return answers.get(0).rule().orElseThrow(() -> new AssertionError(nationality + "->" + destination));
		}
	}
}
