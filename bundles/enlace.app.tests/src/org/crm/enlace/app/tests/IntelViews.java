package org.crm.enlace.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/**
 * The modus-operandi reports that enlace.intel.ui's fragment adds to the liaison perspective: the list of the demo
 * reports the Guatemalan officer may see with their routes on the map, and the editor on one of them.
 */
final class IntelViews {

	private IntelViews() {
	}

	static void check(MWindow window) throws Exception {
		EPartService parts = window.getContext().get(EPartService.class);
		MPart reports = parts.showPart("enlace.intel.ui.part.reports.liaison", PartState.ACTIVATE);
		Shell shell = (Shell) window.getWidget();
		Table table = Widgets.find((Composite) reports.getWidget(), "intel.reports", Table.class);
		Screenshots.settle(shell.getDisplay());
		// Panama's, Guatemala's own, Mexico's (listed to GTM) and the United States'; not Costa Rica's (owner only).
		assertEquals(List.of("GTM", "MEX", "PAN", "USA"),
				Arrays.stream(table.getItems()).map(i -> i.getText(0)).sorted().toList());
		Widgets.screenshot(shell, "intel-reports");

		table.setSelection(Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("GTM"))
				.findFirst().orElseThrow());
		table.notifyListeners(SWT.Selection, new Event());
		table.notifyListeners(SWT.DefaultSelection, new Event());
		Screenshots.settle(shell.getDisplay());
		MPart editor = parts.getActivePart();
		assertEquals("enlace.intel.ui.partdescriptor.reportEditor", editor.getElementId());
		Composite widget = (Composite) editor.getWidget();
		org.eclipse.swt.widgets.List problems = Widgets.find(widget, "intel.editor.problems",
				org.eclipse.swt.widgets.List.class);
		assertEquals(List.of("Sin problemas."), List.of(problems.getItems()), "the demo report is valid");
		Table route = Widgets.find(widget, "intel.editor.route", Table.class);
		assertEquals(7, route.getItemCount(), "Paso Canoas to Tecún Umán");
		assertTrue(route.getItem(6).getText(1).equals("Tecún Umán"), route.getItem(6).getText(1));
		Widgets.screenshot(shell, "intel-report-editor");
		parts.hidePart(editor, true);
		checkCrossings(parts, shell);
	}

	/* The border crossings list of the liaison perspective, and New opening the crossing editor beside it. */
	private static void checkCrossings(EPartService parts, Shell shell) throws Exception {
		MPart crossings = parts.showPart("enlace.intel.ui.part.crossings.liaison", PartState.ACTIVATE);
		Composite list = (Composite) crossings.getWidget();
		Table table = Widgets.find(list, "crossings.table", Table.class);
		Screenshots.settle(shell.getDisplay());
		assertEquals(List.of("El Carmen – Talismán (puente fronterizo)"),
				Arrays.stream(table.getItems()).map(i -> i.getText(2)).toList(), "Guatemala's demo crossing");
		Widgets.find(list, "crossings.new", Button.class).notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(shell.getDisplay());
		MPart editor = parts.getActivePart();
		assertEquals("enlace.intel.ui.partdescriptor.crossingEditor", editor.getElementId());
		org.eclipse.swt.widgets.List problems = Widgets.find((Composite) editor.getWidget(),
				"crossing.editor.problems", org.eclipse.swt.widgets.List.class);
		assertTrue(List.of(problems.getItems()).contains("El paso fronterizo necesita un nombre."),
				List.of(problems.getItems())::toString);
		Widgets.screenshot(shell, "crossing-editor-new");
		parts.hidePart(editor, true);
	}
}
