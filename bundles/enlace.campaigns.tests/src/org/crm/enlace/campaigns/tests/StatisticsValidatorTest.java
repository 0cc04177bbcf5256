package org.crm.enlace.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.campaigns.model.AgeGroup;
import org.crm.enlace.campaigns.model.Exploitation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.Breakdown;
import org.crm.enlace.campaigns.statistics.StatisticsValidator;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.Sex;
import org.junit.jupiter.api.Test;

/** Every rule of the statistics validator, with messages that name the cell and never the value entered. */
class StatisticsValidatorTest {

	@Test
	void goodStatisticsHaveNoProblem() {
		assertEquals(List.of(), StatisticsValidator.validate(
				CampaignStores.statistics("GTM", "2025-01-01", "2025-06-30", 40, 12), List.of()));
	}

	@Test
	void aNegativeCountAndAnUnknownNationalityNameTheirCell() {
		VictimStatistics s = CampaignStores.statistics("GTM", "2025-01-01", "2025-06-30", 40, -7);
		VictimStatisticsRecords.addCell(s, new Breakdown(Population.TRAFFICKING_VICTIM, Sex.X, AgeGroup.UNKNOWN,
				Exploitation.UNKNOWN, "QQQ"), 3);
		List<Problem> problems = StatisticsValidator.validate(s, List.of());
		assertEquals(List.of("count", "nationality"), problems.stream().map(Problem::field).toList());
		assertTrue(problems.get(0).message().contains("2"), problems.get(0).message());
		assertTrue(problems.get(1).message().contains("3"), problems.get(1).message());
		problems.forEach(p -> assertFalse(p.message().contains("-7") || p.message().contains("QQQ"), p.message()));
	}

	@Test
	void theCountryMustBeAMemberAndThePeriodInOrder() {
		VictimStatistics s = CampaignStores.statistics("FRA", "2025-06-30", "2025-01-01", 40, 12);
		assertEquals(List.of("country", "periodEnd"),
				StatisticsValidator.validate(s, List.of()).stream().map(Problem::field).toList());
		VictimStatistics empty = VictimStatisticsRecords.newStatistics("GTM", null, LocalDate.parse("2025-01-01"));
		assertEquals(List.of("periodStart", "cells"),
				StatisticsValidator.validate(empty, List.of()).stream().map(Problem::field).toList());
	}

	@Test
	void aVictimOfTraffickingHasAFormOfExploitation() {
		VictimStatistics s = VictimStatisticsRecords.newStatistics("GTM", LocalDate.parse("2025-01-01"),
				LocalDate.parse("2025-06-30"));
		VictimStatisticsRecords.addCell(s, new Breakdown(Population.TRAFFICKING_VICTIM, Sex.F, AgeGroup.AGE_12_17,
				Exploitation.NOT_APPLICABLE, "GTM"), 12);
		VictimStatisticsRecords.addCell(s, CampaignStores.MIGRANTS, 12);
		assertEquals(List.of("exploitation"),
				StatisticsValidator.validate(s, List.of()).stream().map(Problem::field).toList());
	}

	@Test
	void aBreakdownIsCountedOnlyOnceInAPeriodOfACountry() {
		VictimStatistics twice = CampaignStores.statistics("GTM", "2025-01-01", "2025-06-30", 40, 12);
		VictimStatisticsRecords.addCell(twice, CampaignStores.WOMEN, 5);
		List<Problem> duplicate = StatisticsValidator.validate(twice, List.of());
		assertEquals(1, duplicate.size());
		assertTrue(duplicate.get(0).message().contains("3") && duplicate.get(0).message().contains("1"),
				duplicate.get(0).message());

		VictimStatistics stored = CampaignStores.statistics("GTM", "2025-01-01", "2025-06-30", 40, 12);
		VictimStatistics quarter = CampaignStores.statistics("GTM", "2025-04-01", "2025-06-30", 10, 2);
		List<Problem> overlap = StatisticsValidator.validate(quarter, List.of(stored));
		assertEquals(2, overlap.size(), "both cells are counted in the semester already");
		assertTrue(overlap.get(0).message().contains("2025-01-01") && overlap.get(0).message().contains("2025-06-30"),
				overlap.get(0).message());

		VictimStatistics otherBreakdown = VictimStatisticsRecords.newStatistics("GTM", LocalDate.parse("2025-04-01"),
				LocalDate.parse("2025-06-30"));
		VictimStatisticsRecords.addCell(otherBreakdown, CampaignStores.MIGRANTS, 30);
		assertEquals(List.of(), StatisticsValidator.validate(otherBreakdown, List.of(stored)),
				"another breakdown of the same days counts other people");
		assertEquals(List.of(), StatisticsValidator.validate(
				CampaignStores.statistics("HND", "2025-04-01", "2025-06-30", 10, 2), List.of(stored)),
				"another country");
		assertEquals(List.of(), StatisticsValidator.validate(
				CampaignStores.statistics("GTM", "2025-07-01", "2025-09-30", 10, 2), List.of(stored)),
				"the next quarter");
	}
}
