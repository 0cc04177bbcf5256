package org.crm.enlace.plan.ui.tests;

import static org.crm.enlace.plan.ui.tests.DashboardBench.PRESIDENCY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.indicator.AnchorDaySource;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.plan.Dashboard;
import org.crm.enlace.plan.FollowUp;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.Units;
import org.crm.enlace.plan.model.ActivityStatus;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.plan.ui.internal.Messages;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The dashboard on the seed plan followed up by the Presidency: the indicators' values with where they come from,
 * the countries of the computed indicator, the activities' statuses and deadlines; a follow-up saved while it is
 * open shows after a refresh; the PDF report read back holds the date and the values.
 */
class DashboardPartTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-11-29");

	@TempDir
	Path data;
	@TempDir
	Path files;

	@Test
	void showsEachIndicatorWithItsProvenanceAndTheActivitiesAgainstTheirDeadlines() {
		ServiceRegistration<IndicatorSource> source = DashboardBench.informationAvailable(7);
		try (RecordStore store = DashboardBench.open(data); DashboardBench bench = new DashboardBench(store)) {
			followUp(store);
			bench.part.refresh();
			Dashboard shown = bench.part.dashboard().orElseThrow();
			assertEquals(TODAY, shown.asOf());
			assertEquals(4, shown.indicators().size(), "the seed plan's four indicators");
			assertEquals(9, shown.activities().size(), "the seed plan's nine activities");

			Table table = find(bench, Table.class);
			assertEquals(4, table.getItemCount());
			assertEquals("7", table.getItem(0).getText(1), "computed: 7 members complete");
			assertEquals("11", table.getItem(0).getText(2));
			assertEquals(Messages.format("provenance.computed", "enlace.plan.ui.tests",
					"test area: private spaces complete"), table.getItem(0).getText(5));
			int trained = row(table, IndicatorCodes.OFFICIALS_TRAINED, shown);
			assertEquals("120", table.getItem(trained).getText(1));
			assertEquals("2026-10-30", table.getItem(trained).getText(4), "the entry's date");
			assertEquals(Messages.format("provenance.entered", "2026-10-30", "HND", "Informe ficticio de la OIM"),
					table.getItem(trained).getText(5));

			Dashboard.Row proposal = shown.activities().stream().filter(r -> r.code().equals("1.1.1")
					&& r.key().startsWith("FI-O1")).findFirst().orElseThrow();
			assertEquals(ActivityStatus.BLOCKED, proposal.status());
			assertEquals(LocalDate.parse("2026-12-01"), proposal.deadline().orElseThrow(),
					"six months after the plan's approval");
			Screenshots.saveForReview(bench.shell, "plan-dashboard");
		} finally {
			source.unregister();
		}
	}

	@Test
	void theReportReadBackHoldsTheDateAndTheIndicatorValues() throws IOException {
		ServiceRegistration<IndicatorSource> source = DashboardBench.informationAvailable(4);
		try (RecordStore store = DashboardBench.open(data); DashboardBench bench = new DashboardBench(store)) {
			followUp(store);
			bench.part.refresh();
			Path file = files.resolve("informe.pdf");
			bench.part.writeReport(file);

			PdfReader reader = new PdfReader(Files.readAllBytes(file));
			StringBuilder text = new StringBuilder();
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			reader.close();
			String said = text.toString();
			assertTrue(said.contains(Messages.format("report.date", "2026-11-29")), said);
			assertTrue(said.contains("CRM-PT-1"), said);
			assertTrue(said.contains("120"), "the officials trained: " + said);
			assertTrue(said.contains(Messages.format("status.BLOCKED")), said);
			assertTrue(said.contains("2026-12-01"), "the deadline: " + said);
			// The extractor runs a row's cells together: text, value, target, unit.
			String members = Units.label("members", Locale.getDefault());
			assertTrue(said.lines().anyMatch(l -> l.matches(".*Virtual\\.\\s*4\\s*11\\s*" + members + ".*")),
					"4 of 11 members: " + said);
			assertEquals(List.of(), Files.list(files).filter(f -> !f.equals(file)).toList(), "no partial file left");
		} finally {
			source.unregister();
		}
	}

	@Test
	void deadlinesCountedFromThePrivateSpacesApprovalAreKnownOnceTheComplianceAreaHasTheDay() {
		try (RecordStore store = DashboardBench.open(data); DashboardBench bench = new DashboardBench(store)) {
			Dashboard.Row exchange = exchangeActivity(bench.part.dashboard().orElseThrow());
			assertTrue(exchange.deadline().isEmpty(), "no source knows the approval yet: no deadline");

			ServiceRegistration<AnchorDaySource> approval = DashboardBench
					.privateSpaceApproved(LocalDate.parse("2026-03-15"));
			try {
				bench.part.refresh();
				exchange = exchangeActivity(bench.part.dashboard().orElseThrow());
				assertEquals(LocalDate.parse("2026-07-15"), exchange.deadline().orElseThrow(),
						"4 months after the private space's approval");
				assertTrue(exchange.late(TODAY), "not done, and the day has passed");
			} finally {
				approval.unregister();
			}
		}
	}

	@Test
	void withoutAnyFollowUpEveryActivityIsNotStartedAndTheEnteredIndicatorsHaveNoValue() {
		try (RecordStore store = DashboardBench.open(data); DashboardBench bench = new DashboardBench(store)) {
			Dashboard shown = bench.part.dashboard().orElseThrow();
			assertTrue(shown.activities().stream().allMatch(r -> r.status() == ActivityStatus.NOT_STARTED));
			int trained = row(find(bench, Table.class), IndicatorCodes.OFFICIALS_TRAINED, shown);
			assertEquals("-", find(bench, Table.class).getItem(trained).getText(1));
			assertEquals(Messages.format("provenance.none"), find(bench, Table.class).getItem(trained).getText(5));
			Screenshots.saveForReview(bench.shell, "plan-dashboard-no-follow-up");
		}
	}

	/* The Presidency's follow-up, a month before today: officials trained entered by hand, three activities moved. */
	private static void followUp(RecordStore store) {
		WorkPlan plan = Plans.current(store).orElseThrow();
		LocalDate monthAgo = TODAY.minusDays(30);
		FollowUp.enterValue(store, PRESIDENCY, plan, IndicatorCodes.OFFICIALS_TRAINED, BigDecimal.valueOf(120),
				monthAgo, "Informe ficticio de la OIM");
		FollowUp.recordProgress(store, PRESIDENCY, plan, "IE-O1-R1.4-A1.4.1", ActivityStatus.IN_PROGRESS, monthAgo,
				"Primer intercambio ficticio", List.of());
		FollowUp.recordProgress(store, PRESIDENCY, plan, "IE-O1-R1.4-A1.4.2", ActivityStatus.DONE, monthAgo,
				"Procedimientos ficticios intercambiados", List.of());
		FollowUp.recordProgress(store, PRESIDENCY, plan, "FI-O1-R1.1-A1.1.1", ActivityStatus.BLOCKED, monthAgo,
				"Propuesta ficticia en espera", List.of());
	}

	/* Activity 1.4.1 of the first work area, whose objective counts 4 months from the private space's approval. */
	private static Dashboard.Row exchangeActivity(Dashboard shown) {
		return shown.activities().stream().filter(r -> r.key().equals("IE-O1-R1.4-A1.4.1")).findFirst().orElseThrow();
	}

	private static int row(Table table, String indicatorCode, Dashboard shown) {
		for (int i = 0; i < shown.indicators().size(); i++) {
			if (shown.indicators().get(i).indicator().equals(indicatorCode)) {
				return i;
			}
		}
		throw new AssertionError(indicatorCode + " not shown");
	}

	private static <T> T find(DashboardBench bench, Class<T> type) {
		return type.cast(find(bench.shell, type));
	}

	private static Object find(org.eclipse.swt.widgets.Composite parent, Class<?> type) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				return child;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Object found = find(composite, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
