package org.crm.enlace.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.campaigns.model.CampaignsPackage;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.ImportReport;
import org.crm.enlace.campaigns.statistics.StatisticsCsvImport;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.ProvenanceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics from CSV: a good file stored whole, a bad one refused whole with every bad row named. */
class StatisticsImportTest {

	private static final String HEADER = "country,period_start,period_end,population,sex,age_group,exploitation,"
			+ "nationality,count\n";

	@TempDir
	Path data;

	@Test
	void aGoodFileIsStoredAsOneRecordPerCountryAndPeriod() {
		String csv = HEADER //
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,GTM,40\n"
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,M,AGE_30_49,LABOUR,HND,12\n"
				+ "\n" // blank lines are passed over
				+ "GTM,2025-07-01,2025-12-31,VULNERABLE_SMUGGLED_MIGRANT,X,UNKNOWN,NOT_APPLICABLE,VEN,0\n";
		try (RecordStore store = CampaignStores.open(data, CampaignStores.GUATEMALA)) {
			ImportReport report = StatisticsCsvImport.importCsv(new StringReader(csv), "Registro ficticio", store);
			assertEquals(List.of(), report.problems());
			assertEquals(3, report.rows());
			assertEquals(2, report.saved().size());
			List<VictimStatistics> stored = VictimStatisticsRecords.all(store);
			assertEquals(2, stored.size());
			VictimStatistics first = stored.stream().filter(s -> s.getCells().size() == 2).findFirst().orElseThrow();
			assertEquals("GTM", first.getOwnerCountry());
			assertEquals(52, first.getCells().stream().mapToInt(c -> c.getCount()).sum());
			assertEquals(ProvenanceKind.IMPORT, first.getProvenanceKind());
			assertEquals("Registro ficticio", first.getSource());
		}
	}

	@Test
	void everyBadRowIsReportedWithItsColumnAndNothingIsSaved() {
		String csv = HEADER //
				+ "GTM,2024-01-01,2024-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,GTM,40\n" // 2: good
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,GTM,doce\n" // 3: not a number
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,M,AGE_18_29,SEXUAL,GTM,-3\n" // 4: negative
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,F,AGE_12_17,SEXUAL,QQQ,5\n" // 5: nationality
				+ "ZZZ,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,GTM,5\n" // 6: country
				+ "GTM,2025/01/01,2025-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,GTM,5\n" // 7: date
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,FEMALE,AGE_18_29,SEXUAL,GTM,5\n" // 8: code
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,GTM,12.5\n" // 9: decimals
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,F,,SEXUAL,GTM,5\n" // 10: empty value
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,F,AGE_30_49,SEXUAL,GTM,5\n" // 11: good
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,F,AGE_30_49,SEXUAL,GTM,6\n" // 12: same as 11
				+ "GTM,2023-04-01,2023-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,GTM,9\n" // 13: stored already
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM\n"; // 14: too few columns
		try (RecordStore store = CampaignStores.open(data, CampaignStores.GUATEMALA)) {
			store.save(CampaignStores.statistics("GTM", "2023-01-01", "2023-06-30", 30, 20));
			ImportReport report = StatisticsCsvImport.importCsv(new StringReader(csv), "Registro ficticio", store);
			assertFalse(report.succeeded());
			assertEquals(List.of(), report.saved());
			assertEquals(1, store.count(CampaignsPackage.Literals.VICTIM_STATISTICS), "nothing half-saved");
			List<String> fields = report.problems().stream().map(Problem::field).toList();
			assertEquals(List.of("count", "count", "nationality", "country", "period_start", "sex", "count",
					"age_group", "", "cells", "periodStart"), fields, messages(report));
			List<String> rows = List.of("3", "4", "5", "6", "7", "8", "9", "10", "14", "12", "13");
			for (int i = 0; i < rows.size(); i++) {
				String message = report.problems().get(i).message();
				assertTrue(message.matches(".*\\b" + rows.get(i) + "\\b.*"), "row " + rows.get(i) + ": " + message);
				for (String value : List.of("doce", ",-3", "QQQ", "ZZZ", "2025/01/01", "FEMALE", "12.5")) {
					assertFalse(message.contains(value), message);
				}
			}
		}
	}

	@Test
	void aFileWithoutTheExpectedColumnsIsRefusedBeforeAnyRow() {
		String csv = "country,period_start,period_end,population,sex,age,exploitation,nationality,count\n"
				+ "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,GTM,40\n";
		try (RecordStore store = CampaignStores.open(data, CampaignStores.GUATEMALA)) {
			ImportReport report = StatisticsCsvImport.importCsv(new StringReader(csv), "", store);
			assertEquals(List.of("age_group", "age"), report.problems().stream().map(Problem::field).toList());
			assertEquals(0, report.rows());
		}
	}

	@Test
	void anotherCountrysStatisticsAreRefusedWhole() {
		String csv = HEADER + "GTM,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,GTM,40\n"
				+ "HND,2025-01-01,2025-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,HND,40\n";
		try (RecordStore store = CampaignStores.open(data, CampaignStores.GUATEMALA)) {
			ImportReport report = StatisticsCsvImport.importCsv(new StringReader(csv), "", store);
			assertEquals(1, report.problems().size(), messages(report));
			assertTrue(report.problems().get(0).message().contains("FORBIDDEN"), messages(report));
			assertEquals(0, store.count(CampaignsPackage.Literals.VICTIM_STATISTICS));
		}
	}

	private static String messages(ImportReport report) {
		return String.join("\n", report.problems().stream().map(Problem::message).toList());
	}
}
