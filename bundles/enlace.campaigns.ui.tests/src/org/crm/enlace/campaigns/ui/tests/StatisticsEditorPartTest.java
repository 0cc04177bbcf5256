package org.crm.enlace.campaigns.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.StatisticsCell;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.StatisticsValidator;
import org.crm.enlace.campaigns.statistics.TrendPoint;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.campaigns.ui.CampaignEditors;
import org.crm.enlace.campaigns.ui.StatisticsEditorPart;
import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The victim statistics editor opened from the campaigns part on Guatemala's latest period of the demo data, its
 * cells typed in place with a click on the table: a count that is not a number and a negative count listed as
 * problems naming the cell and nothing stored; undo and redo; a cell added and removed; a valid save stored as a
 * new version whose figure the campaigns part's trend shows; another country's statistics refused in words.
 */
class StatisticsEditorPartTest {

	private static final int NATIONALITY = 5;
	private static final int COUNT = 6;

	@TempDir
	Path data;

	private Desk desk;

	@AfterEach
	void close() {
		if (desk != null) {
			desk.close();
		}
	}

	@Test
	void countsTypedInPlaceAreCheckedUndoneAndSavedAsANewVersionTheTrendShows() {
		desk = new Desk(data);
		assertTrue(desk.campaigns.showArea("GTM"));
		desk.host.widgets().press("campaigns.editStatistics");
		assertEquals(1, desk.host.opened().size());
		MPart part = desk.host.opened().getFirst();
		assertEquals(CampaignEditors.STATISTICS, part.getElementId());
		StatisticsEditorPart editor = desk.editor(StatisticsEditorPart.class, part);
		VictimStatistics edited = editor.statistics();
		VictimStatistics before = stored(edited.getId());
		assertEquals(CampaignEditors.latestStatistics(desk.store, "GTM").orElseThrow().getId(), edited.getId());
		CommandStack commands = editor.getEditingDomain().getCommandStack();
		Table cells = desk.host.widgets().find("statistics.cells", Table.class);
		assertEquals(edited.getCells().size(), cells.getItemCount());
		int row = firstVictimsRow(edited);
		StatisticsCell cell = edited.getCells().get(row);
		int oldCount = cell.getCount();
		String cellName = StatisticsValidator.cellName(row + 1);
		assertEquals(cellName, cells.getItem(row).getText(0), "the table names the cells as the problems do");

		typeInCell(cells, row, COUNT, "doce");
		String unreadable = Messages.format("editor.cell.count.invalid", cellName);
		assertTrue(problems().contains(unreadable), problems().toString());
		assertEquals(oldCount, cell.getCount(), "not applied");
		assertEquals("doce", cells.getItem(row).getText(COUNT), "what was typed stays in sight");
		assertFalse(part.isDirty(), "the record did not change");
		editor.save();
		assertEquals(before.getVersion(), stored(edited.getId()).getVersion(), "nothing stored");
		cells.showColumn(cells.getColumn(COUNT));
		Screenshots.saveForReview(desk.host.shell(), "campaigns-statistics-not-a-number");

		typeInCell(cells, row, COUNT, "-3");
		assertEquals(-3, cell.getCount());
		assertFalse(problems().contains(unreadable));
		List<Problem> rules = StatisticsValidator.validate(edited, VictimStatisticsRecords.all(desk.store));
		assertFalse(rules.isEmpty());
		for (Problem rule : rules) {
			assertTrue(problems().contains(rule.message()), rule.message() + " in " + problems());
			assertTrue(rule.message().startsWith(cellName), "names the cell: " + rule.message());
		}
		editor.save();
		assertEquals(before.getVersion(), stored(edited.getId()).getVersion(), "nothing stored");
		assertEquals(oldCount, stored(edited.getId()).getCells().get(row).getCount());
		Screenshots.saveForReview(desk.host.shell(), "campaigns-statistics-negative");

		typeInCell(cells, row, COUNT, "57");
		assertEquals(57, cell.getCount());
		commands.undo();
		assertEquals(-3, cell.getCount());
		assertEquals("-3", cells.getItem(row).getText(COUNT), "the table shows the undone count");
		commands.redo();
		assertEquals("57", cells.getItem(row).getText(COUNT));

		typeInCell(cells, row, NATIONALITY, "xyz");
		assertEquals("XYZ", cell.getNationality());
		assertTrue(problems().contains(Problems.of(edited, desk, "nationality")), problems().toString());
		commands.undo();

		int size = edited.getCells().size();
		cells.setSelection(row);
		cells.notifyListeners(SWT.Selection, selectionOf(cells, row));
		desk.host.widgets().press("statistics.addCell");
		assertEquals(size + 1, edited.getCells().size());
		assertEquals(size + 1, cells.getItemCount());
		assertTrue(problems().stream().anyMatch(p -> p.startsWith(StatisticsValidator.cellName(size + 1))),
				"the copied breakdown is counted twice until changed: " + problems());
		cells.setSelection(size);
		cells.notifyListeners(SWT.Selection, selectionOf(cells, size));
		desk.host.widgets().press("statistics.removeCell");
		assertEquals(size, edited.getCells().size());
		commands.undo();
		assertEquals(size + 1, edited.getCells().size(), "the removal undone");
		commands.undo();
		assertEquals(size, edited.getCells().size(), "the addition undone");

		assertEquals(List.of(), editor.currentProblems());
		assertTrue(part.isDirty());
		editor.save();
		assertFalse(part.isDirty());
		VictimStatistics saved = stored(edited.getId());
		assertEquals(before.getVersion() + 1, saved.getVersion(), "a new version");
		assertEquals(57, saved.getCells().get(row).getCount());
		Screenshots.saveForReview(desk.host.shell(), "campaigns-statistics-saved");

		desk.campaigns.recordsChanged("VictimStatistics");
		assertTrue(desk.campaigns.showArea("GTM"));
		long victims = saved.getCells().stream().filter(c -> c.getPopulation() == Population.TRAFFICKING_VICTIM)
				.mapToLong(StatisticsCell::getCount).sum();
		TrendPoint point = desk.campaigns.chart().series().orElseThrow().points().stream()
				.filter(p -> p.start().equals(saved.getPeriodStart())).findFirst().orElseThrow();
		assertEquals(victims, point.victims(), "the trend shows the saved figures");
		assertEquals(victims - before.getCells().stream()
				.filter(c -> c.getPopulation() == Population.TRAFFICKING_VICTIM).mapToLong(StatisticsCell::getCount)
				.sum(), 57 - oldCount, "changed by the cell's difference");
	}

	@Test
	void anotherCountrysStatisticsAreRefusedByTheStoreInWords() {
		desk = new Desk(data);
		VictimStatistics honduras = CampaignEditors.latestStatistics(desk.store, "HND").orElseThrow();
		MPart part = PartHost.partInStack(Map.of());
		part.getTransientData().put(CampaignEditors.RECORD_ID, honduras.getId());
		StatisticsEditorPart editor = desk.editor(StatisticsEditorPart.class, part);
		Table cells = desk.host.widgets().find("statistics.cells", Table.class);
		typeInCell(cells, 0, COUNT, Integer.toString(honduras.getCells().getFirst().getCount() + 1));
		assertTrue(part.isDirty());
		editor.save();
		String status = desk.host.widgets().find("statistics.editor.status", Label.class).getText();
		assertFalse(status.isBlank());
		assertFalse(status.contains("Exception") || status.contains("\tat "), status);
		assertEquals(honduras.getVersion(), stored(honduras.getId()).getVersion());
		assertEquals(honduras.getCells().getFirst().getCount(), stored(honduras.getId()).getCells().getFirst()
				.getCount());
		Screenshots.saveForReview(desk.host.shell(), "campaigns-statistics-other-country");
	}

	@Test
	void newStatisticsWithoutPeriodOrCellsAreNotSaved() {
		desk = new Desk(data);
		int records = VictimStatisticsRecords.all(desk.store).size();
		desk.host.widgets().press("campaigns.newStatistics");
		StatisticsEditorPart editor = desk.editor(StatisticsEditorPart.class, desk.host.opened().getFirst());
		assertEquals("GTM", editor.statistics().getCountry());
		desk.host.widgets().typeAndEnter("statistics.periodStart", "2026-07-01");
		desk.host.widgets().typeAndEnter("statistics.periodEnd", "2026-06-01");
		editor.save();
		List<String> listed = problems();
		for (Problem rule : StatisticsValidator.validate(editor.statistics(), List.of())) {
			assertTrue(listed.contains(rule.message()), rule.message() + " in " + listed);
		}
		assertTrue(listed.size() >= 2, "the period's order and no cell: " + listed);
		assertEquals(records, VictimStatisticsRecords.all(desk.store).size(), "nothing stored");
	}

	/* The messages of the validator's problems about one field, as the editor lists them. */
	private static final class Problems {
		static String of(VictimStatistics statistics, Desk desk, String field) {
			return StatisticsValidator.validate(statistics, VictimStatisticsRecords.all(desk.store)).stream()
					.filter(p -> p.field().equals(field)).findFirst().orElseThrow().message();
		}
	}

	private List<String> problems() {
		return desk.problems("statistics.editor");
	}

	private VictimStatistics stored(String id) {
		return desk.store.findById(id).map(VictimStatistics.class::cast).orElseThrow();
	}

	private static int firstVictimsRow(VictimStatistics statistics) {
		for (int i = 0; i < statistics.getCells().size(); i++) {
			if (statistics.getCells().get(i).getPopulation() == Population.TRAFFICKING_VICTIM) {
				return i;
			}
		}
		throw new AssertionError("no cell of victims of trafficking");
	}

	/* A click on a cell of the selected row opens it for typing; the text typed is applied with Enter. */
	private void typeInCell(Table table, int row, int column, String typed) {
		table.setSelection(row);
		Rectangle bounds = table.getItem(row).getBounds(column);
		Event down = new Event();
		down.button = 1;
		down.count = 1;
		down.x = bounds.x + bounds.width / 2;
		down.y = bounds.y + bounds.height / 2;
		table.notifyListeners(SWT.MouseDown, down);
		Text editor = List.of(table.getChildren()).stream().filter(Text.class::isInstance).filter(Control::isVisible)
				.map(Text.class::cast).findFirst().orElseThrow(() -> new AssertionError("no cell editor open"));
		editor.setText(typed);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		Screenshots.settle(desk.host.shell().getDisplay());
	}

	private static Event selectionOf(Table table, int row) {
		Event event = new Event();
		event.item = table.getItem(row);
		return event;
	}
}
