package org.crm.enlace.training.tests;

import static org.crm.enlace.training.tests.TrainingData.participant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Sex;
import org.crm.enlace.training.CountryFigures;
import org.crm.enlace.training.OfficialsTrained;
import org.crm.enlace.training.Programmes;
import org.crm.enlace.training.TrainedFigures;
import org.crm.enlace.training.TrainingWindow;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indicator on crafted data: a programme approved on 2026-03-01 (window to 2026-08-31), completions inside,
 * on both edges and outside the window, attendance without completion, another programme's session, the same
 * official entered twice, and targets for three countries.
 */
class OfficialsTrainedTest {

	private static final LocalDate APPROVED = LocalDate.parse("2026-03-01");
	private static final String A = "Dirección de Migración (ficticia)";
	private static final String B = "Policía (ficticia)";

	@TempDir
	static Path data;
	static RecordStore store;

	@BeforeAll
	static void craft() {
		TrainingProgramme programme = TrainingData.programme("P1", APPROVED);
		TrainingProgramme older = TrainingData.programme("P0", LocalDate.parse("2025-01-01"));
		TrainingSession gtm = TrainingData.session(programme, "GTM", LocalDate.parse("2026-03-10"));
		TrainingSession cri = TrainingData.session(programme, "CRI", LocalDate.parse("2026-08-29"));
		TrainingSession otherProgramme = TrainingData.session(older, "HND", LocalDate.parse("2026-04-01"));
		List<Record> records = new ArrayList<>(List.of(programme, older, gtm, cri, otherProgramme));
		records.add(participant("Ana Ficticia", "GTM", Sex.F, A, gtm, true, APPROVED)); // first day
		records.add(participant("Beto Ficticio", "GTM", Sex.M, B, cri, true, LocalDate.parse("2026-08-31"))); // last
		records.add(participant("Carla Ficticia", "GTM", Sex.F, A, cri, true, LocalDate.parse("2026-09-01"))); // after
		records.add(participant("Dora Ficticia", "SLV", Sex.X, A, gtm, true, LocalDate.parse("2026-02-28"))); // before
		records.add(participant("Elsa Ficticia", "SLV", Sex.F, "  Dirección de  Migración (ficticia) ", gtm, true,
				LocalDate.parse("2026-05-01")));
		records.add(participant("Fede Ficticio", "HND", Sex.M, B, gtm, true, null)); // attended, not completed
		records.add(participant("Gina Ficticia", "HND", Sex.F, A, otherProgramme, true, LocalDate.parse("2026-04-03")));
		records.add(participant("Hugo Ficticio", "MEX", Sex.M, B, cri, true, LocalDate.parse("2026-07-01")));
		records.add(participant("Iris Ficticia", "MEX", Sex.F, B, gtm, false, LocalDate.parse("2026-03-12"))); // absent
		// The first official again, entered a second time with other spelling: one official.
		records.add(participant("ANA  FICTICIA", "GTM", Sex.F, A, cri, true, LocalDate.parse("2026-08-30")));
		records.add(Programmes.newTarget(programme, "GTM", 10));
		records.add(Programmes.newTarget(programme, "SLV", 5));
		records.add(Programmes.newTarget(programme, "CRI", 4));
		store = TrainingData.store(data, TrainingData.SECRETARIAT, records);
	}

	@AfterAll
	static void close() {
		store.close();
	}

	@Test
	void theWindowRunsSixCalendarMonthsFromTheApproval() {
		TrainingWindow window = figures("2026-09-30").window();
		assertEquals(APPROVED, window.start());
		assertEquals(LocalDate.parse("2026-08-31"), window.end());
		assertTrue(window.contains(APPROVED) && window.contains(window.end()));
		assertTrue(!window.contains(APPROVED.minusDays(1)) && !window.contains(window.end().plusDays(1)));
	}

	@Test
	void countsTheOfficialsWhoCompletedInsideTheWindowPerCountryAgainstTheTargets() {
		TrainedFigures figures = figures("2026-09-30");
		assertEquals(Map.of("CRI", 0, "GTM", 2, "MEX", 1, "SLV", 1), trainedPerCountry(figures));
		assertEquals(4, figures.trained());
		assertEquals(19, figures.target());
		assertEquals(OptionalInt.of(10), country(figures, "GTM").target());
		assertEquals(OptionalInt.empty(), country(figures, "MEX").target());
		assertEquals(2, figures.sessions(), "the programme's sessions, not the older one's");
	}

	@Test
	void breaksTheCountDownBySexAndInstitution() {
		TrainedFigures figures = figures("2026-09-30");
		assertEquals(Map.of(Sex.F, 2, Sex.M, 2, Sex.X, 0), figures.bySex());
		assertEquals(Map.of(A, 2, B, 2), Map.copyOf(figures.byInstitution()), "spaces tidied");
		assertEquals(Map.of(Sex.F, 1, Sex.M, 1, Sex.X, 0), country(figures, "GTM").bySex());
		assertEquals(Map.of(A, 1, B, 1), Map.copyOf(country(figures, "GTM").byInstitution()));
	}

	@Test
	void completionsAfterTheAsOfDayAreLeftOut() {
		TrainedFigures june = figures("2026-06-30");
		assertEquals(Map.of("CRI", 0, "GTM", 1, "SLV", 1), trainedPerCountry(june));
		assertEquals(2, june.trained());
	}

	@Test
	void beforeTheApprovalThereIsNoValue() {
		assertTrue(OfficialsTrained.asOf(store, APPROVED.minusDays(1)).isPresent(), "the older programme applies");
		assertEquals(0, OfficialsTrained.asOf(store, APPROVED.minusDays(1)).orElseThrow().trained());
		assertTrue(OfficialsTrained.asOf(store, LocalDate.parse("2024-12-31")).isEmpty());
	}

	@Test
	void theIndicatorSourceGivesTheTotalTheTargetAndTheCountries() {
		IndicatorSource source = Services.all(IndicatorSource.class).stream()
				.filter(s -> s.indicator().equals(IndicatorCodes.OFFICIALS_TRAINED)).findFirst()
				.orElseThrow(() -> new AssertionError("no IndicatorSource for " + IndicatorCodes.OFFICIALS_TRAINED));
		IndicatorValue value = source.compute(store, LocalDate.parse("2026-09-30")).orElseThrow();
		assertEquals(new BigDecimal(4), value.value());
		assertEquals(new BigDecimal(19), value.target().orElseThrow());
		assertEquals(new BigDecimal(2), value.breakdown().get("GTM"));
		assertEquals(BigDecimal.ZERO, value.breakdown().get("CRI"));
		assertEquals(LocalDate.parse("2026-09-30"), value.asOf());
		assertTrue(value.source().contains("2026-03-01") && value.source().contains("2026-08-31"), value.source());
		assertTrue(!value.source().contains("Ficticia"), "no names in the source");
	}

	private static TrainedFigures figures(String asOf) {
		return OfficialsTrained.asOf(store, LocalDate.parse(asOf)).orElseThrow();
	}

	private static Map<String, Integer> trainedPerCountry(TrainedFigures figures) {
		Map<String, Integer> counts = new java.util.HashMap<>();
		figures.countries().forEach(c -> counts.put(c.country(), c.trained()));
		return counts;
	}

	private static CountryFigures country(TrainedFigures figures, String code) {
		return figures.countries().stream().filter(c -> c.country().equals(code)).findFirst().orElseThrow();
	}
}
