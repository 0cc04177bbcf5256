package org.crm.enlace.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.entry.EntryRules;
import org.crm.enlace.entry.matrix.EntryMatrix;
import org.crm.enlace.entry.matrix.MatrixRow;
import org.crm.enlace.entry.matrix.Regions;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.ui.MatrixPart;
import org.crm.enlace.entry.ui.QuestionPart;
import org.crm.enlace.entry.ui.RuleEditorPart;
import org.crm.enlace.entry.ui.RuleEditors;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The entry matrix as Guatemala's liaison officer uses it: the full matrix, a region filter, finding a nationality by
 * typing, a cell's rule in the editor, confirmed, undone, redone and saved; a rule of another destination read-only;
 * the question view on the rule just confirmed.
 * Prints the matrix's open and filter times (docs/benchmarks.md, "Entry matrix").
 */
final class EntryMatrixCheck {

	private static final String MATRIX_PART = "enlace.entry.ui.part.matrix.liaison";
	private static final int NATIONALITIES = 199;
	private static final int FIXED_COLUMNS = 2;
	private static final int FILTER_ROUNDS = 20;

	private EntryMatrixCheck() {
	}

	static void run(MApplication application) throws Exception {
		MWindow window = application.getChildren().get(0);
		EPartService parts = window.getContext().get(EPartService.class);
		Shell shell = (Shell) window.getWidget();
		Display display = shell.getDisplay();

		long start = System.nanoTime();
		MPart part = parts.showPart(MATRIX_PART, PartState.ACTIVATE);
		Screenshots.settle(display);
		double openMillis = (System.nanoTime() - start) / 1e6;
		MatrixPart matrix = assertInstanceOf(MatrixPart.class, part.getObject());
		Composite widget = (Composite) part.getWidget();
		Table table = Widgets.find(widget, "matrix.table", Table.class);
		List<String> destinations = EntryRules.destinations();
		assertEquals(NATIONALITIES, table.getItemCount(), "every nationality of the shipped data set");
		assertEquals(FIXED_COLUMNS + destinations.size(), table.getColumnCount());
		assertEquals("199 de 199 nacionalidades", Widgets.find(widget, "matrix.count", Label.class).getText());

		Combo region = Widgets.find(widget, "matrix.region", Combo.class);
		int central = Regions.keys().indexOf("CENTRAL_AMERICA") + 1;
		List<Double> filterMillis = new ArrayList<>();
		for (int round = 0; round < FILTER_ROUNDS; round++) {
			filterMillis.add(choose(region, round % 2 == 0 ? central : 0));
		}
		choose(region, central);
		assertEquals(List.of("BLZ", "CRI", "SLV", "GTM", "HND", "NIC", "PAN").stream().sorted().toList(),
				Arrays.stream(table.getItems()).map(i -> i.getText(0)).sorted().toList());
		TableItem honduras = row(table, "HND");
		assertEquals("DNI ?", honduras.getText(FIXED_COLUMNS + destinations.indexOf("GTM")),
				"CA-4: national identity card, unconfirmed");
		assertEquals("PROP ?", honduras.getText(FIXED_COLUMNS + destinations.indexOf("HND")));

		Text find = Widgets.find(widget, "matrix.find", Text.class);
		find.setText("hondu");
		assertEquals(List.of("HND"), Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList());
		find.setText("");
		assertEquals(7, table.getItemCount());
		Widgets.screenshot(shell, "entry-matrix");
		RecordStore store = application.getContext().get(RecordStore.class);
		long read = System.nanoTime();
		assertEquals(NATIONALITIES, EntryMatrix.read(store, java.util.Locale.getDefault()).rows().size());
		System.out.println(timings(openMillis, (System.nanoTime() - read) / 1e6, filterMillis));

		// A click on a cell: the rule goes to its editor. Guatemala's own rule can be confirmed.
		MatrixRow hondurasRow = matrix.shownRows().stream().filter(r -> r.nationality().equals("HND")).findFirst()
				.orElseThrow();
		EntryRule rule = hondurasRow.rule("GTM").orElseThrow();
		matrix.show(rule);
		MPart editor = parts.getParts().stream().filter(p -> RuleEditors.DESCRIPTOR.equals(p.getElementId()))
				.findFirst().orElseThrow(() -> new AssertionError("no rule editor opened"));
		parts.activate(editor);
		assertInstanceOf(RuleEditorPart.class, editor.getObject());
		Composite form = (Composite) editor.getWidget();
		Button confirm = Widgets.find(form, "rule.confirm", Button.class);
		Label confirmation = Widgets.find(form, "rule.confirmation", Label.class);
		assertTrue(confirm.isEnabled(), "Guatemala confirms its own rules");
		assertEquals("Sin confirmar", confirmation.getText());
		confirm.notifyListeners(SWT.Selection, new Event());
		assertTrue(editor.isDirty());
		assertTrue(confirmation.getText().startsWith("Confirmada el ") && confirmation.getText().contains("gtm.liaison"),
				confirmation.getText());
		execute(window.getContext(), "enlace.command.undo");
		assertFalse(editor.isDirty());
		assertEquals("Sin confirmar", confirmation.getText());
		execute(window.getContext(), "enlace.command.redo");
		assertTrue(editor.isDirty());
		Widgets.screenshot(shell, "entry-rule-editor");
		parts.savePart(editor, false);
		assertFalse(editor.isDirty(), () -> Arrays.toString(
				Widgets.find(form, "rule.problems", org.eclipse.swt.widgets.List.class).getItems()));
		assertEquals("Guardado (versión 2).", Widgets.find(form, "rule.status", Label.class).getText());
		EntryRule stored = (EntryRule) store.findById(rule.getId()).orElseThrow();
		assertEquals(ConfirmationStatus.CONFIRMED, stored.getConfirmationStatus());
		assertEquals("gtm.liaison", stored.getConfirmedBy());
		Keys.await(display, () -> "DNI".equals(row(table, "HND").getText(FIXED_COLUMNS + destinations.indexOf("GTM"))),
				() -> "the matrix did not show the confirmation: "
						+ row(table, "HND").getText(FIXED_COLUMNS + destinations.indexOf("GTM")));

		// Mexico's rule for Hondurans: shown, not writable by Guatemala; the same editor follows the click.
		matrix.show(hondurasRow.rule("MEX").orElseThrow());
		Composite other = (Composite) editor.getWidget();
		assertFalse(Widgets.find(other, "rule.confirm", Button.class).isEnabled());
		assertEquals("Solo los usuarios de MEX pueden confirmar sus reglas de ingreso.",
				Widgets.find(other, "rule.status", Label.class).getText());
		assertEquals(1, parts.getParts().stream().filter(p -> RuleEditors.DESCRIPTOR.equals(p.getElementId()))
				.count(), "one editor follows the matrix");
		Widgets.screenshot(shell, "entry-rule-readonly");
		checkQuestion(window, shell);
	}

	/**
	 * The analyst's question view, made in a shell of its own (a liaison officer's perspectives do not hold it):
	 * Hondurans entering Guatemala and Mexico, one row each, the confirmation just saved included.
	 */
	private static void checkQuestion(MWindow window, Shell parent) throws java.io.IOException {
		Shell shell = new Shell(parent, SWT.SHELL_TRIM);
		try {
			shell.setLayout(new org.eclipse.swt.layout.FillLayout());
			shell.setSize(1100, 300);
			Composite composite = new Composite(shell, SWT.NONE);
			IEclipseContext context = window.getContext().createChild("question-check");
			context.set(Composite.class, composite);
			QuestionPart question = ContextInjectionFactory.make(QuestionPart.class, context);
			shell.open();
			question.ask("HND", List.of("GTM", "MEX"));
			Table answers = Widgets.find(composite, "question.answers", Table.class);
			assertEquals(List.of("GTM", "MEX"), Arrays.stream(answers.getItems()).map(i -> i.getText(0)).toList());
			assertEquals("Documento nacional de identidad (CA-4)", answers.getItem(0).getText(1));
			assertTrue(answers.getItem(0).getText(5).startsWith("Confirmada el "), answers.getItem(0).getText(5));
			assertEquals("Visa previa", answers.getItem(1).getText(1));
			assertEquals("Sin confirmar", answers.getItem(1).getText(5));
			Widgets.screenshot(shell, "entry-question");
			context.dispose();
		} finally {
			shell.dispose();
		}
	}

	/** Chooses a drop-down item as a user does; returns how long the matrix took to show the result. */
	private static double choose(Combo combo, int index) {
		long start = System.nanoTime();
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		combo.getDisplay().update();
		return (System.nanoTime() - start) / 1e6;
	}

	private static TableItem row(Table table, String code) {
		return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(code)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + code));
	}

	private static String timings(double openMillis, double readMillis, List<Double> filterMillis) {
		List<Double> sorted = filterMillis.stream().sorted().toList();
		return String.format(java.util.Locale.ROOT,
				"entry matrix: open %.1f ms (of which reading the rules again, warm: %.1f ms); filter (region, %d rounds)"
						+ " p50 %.1f ms, p95 %.1f ms, max %.1f ms; load average %s",
				openMillis, readMillis, sorted.size(), sorted.get(sorted.size() / 2),
				sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.getLast(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static void execute(IEclipseContext context, String commandId) {
		ECommandService commands = context.get(ECommandService.class);
		EHandlerService handlers = context.get(EHandlerService.class);
		handlers.executeHandler(commands.createCommand(commandId, null));
	}
}
