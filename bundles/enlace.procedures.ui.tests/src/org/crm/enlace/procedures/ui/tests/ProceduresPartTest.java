package org.crm.enlace.procedures.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.Record;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.procedures.ui.ProceduresPart;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The procedures part as E4's injection makes it, on a real Derby store with the fictitious demo procedures and a
 * real display (Xvfb in the build): a Guatemalan liaison officer finds the country's procedures in the list, opens
 * one, changes a field and undoes it as Edit &gt; Undo does, is stopped by a validation problem and saves a fix.
 */
class ProceduresPartTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	private static final String AUTHORITY = "Instituto Guatemalteco de Migración";
	private static final String CHANGED = "Instituto Guatemalteco de Migración, sede ficticia";

	@TempDir
	Path data;

	private Display display;

	@Test
	void theLiaisonOfficerOpensAProcedureOfTheCountryEditsUndoesMeetsAProblemAndSaves() throws IOException {
		List<Record> demo = Services.all(DemoDataContributor.class).stream()
				.sorted(Comparator.comparingInt(DemoDataContributor::order))
				.flatMap(c -> c.demoRecords(CLOCK).stream()).toList();
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000).orElseThrow();
		display = Display.getDefault();
		Shell shell = new Shell(display, SWT.NO_TRIM);
		try (RecordStore store = factory.openAfterSeeding(data, GUATEMALA, NodeKeys.generate(), CLOCK,
				s -> s.saveAll(demo))) {
			shell.setLayout(new FillLayout());
			shell.setBounds(0, 0, 1280, 900);
			Composite area = new Composite(shell, SWT.NONE);
			shell.open();
			IEclipseContext context = EclipseContextFactory.create("procedures-part-test");
			context.set(Composite.class, area);
			context.set(RecordRepository.class, store);
			context.set(CurrentUser.class, GUATEMALA);
			ProceduresPart part = ContextInjectionFactory.make(ProceduresPart.class, context);
			shell.layout(true, true);
			Screenshots.settle(display);

			Table table = find(area, "procedures.table", Table.class);
			List<DocumentProcedure> visible = Procedures.all(store);
			assertEquals(visible.size(), table.getItemCount(), "every procedure Guatemala may see");
			List<String> guatemalan = new ArrayList<>();
			for (int row = 0; row < table.getItemCount(); row++) {
				if (table.getItem(row).getText(0).equals("GTM")) {
					guatemalan.add(table.getItem(row).getText(1));
				}
			}
			assertEquals(List.of(DocumentKind.PASSPORT, DocumentKind.NATIONAL_ID_CARD,
					DocumentKind.MINOR_TRAVEL_PERMIT).stream().map(Procedures::label).sorted().toList(),
					guatemalan.stream().sorted().toList(), "the three demo procedures of Guatemala");
			assertEquals(visible.size() + " trámites. Un enlace introduce los de su país; los demás los consultan.",
					find(area, "procedures.status", Label.class).getText());

			int passport = rowOf(table, "GTM", Procedures.label(DocumentKind.PASSPORT));
			table.setSelection(passport);
			table.notifyListeners(SWT.Selection, new Event());
			Screenshots.settle(display);
			Text name = find(area, "procedure.documentName", Text.class);
			Text authority = find(area, "procedure.issuingAuthority", Text.class);
			assertEquals("Pasaporte", name.getText());
			assertEquals(AUTHORITY, authority.getText());
			assertTrue(authority.isEnabled(), "Guatemala's own procedure is editable");
			assertTrue(find(area, "procedure.fraudSeen", Text.class).getText().contains("testigos falsos"));

			// An edit, undone on the part's command stack as the workbench's Undo does.
			type(authority, "Autoridad cambiada (ficticia)");
			CommandStack commands = part.getEditingDomain().getCommandStack();
			assertTrue(commands.canUndo());
			commands.undo();
			Screenshots.settle(display);
			assertEquals(AUTHORITY, authority.getText(), "undo shows the stored authority again");

			// No authority: the validator's problem is listed and nothing is saved.
			type(authority, "");
			press(find(area, "procedures.button.save", Control.class));
			org.eclipse.swt.widgets.List problems = find(area, "procedures.problems",
					org.eclipse.swt.widgets.List.class);
			assertEquals(List.of("Indique la autoridad que expide el documento."), List.of(problems.getItems()));
			assertEquals("No se guardó: corrija lo indicado.", find(area, "procedures.status", Label.class).getText());
			String id = ((DocumentProcedure) table.getItem(passport).getData()).getId();
			assertEquals(1, store.findById(id).orElseThrow().getVersion());
			Screenshots.saveForReview(shell, "procedures-problem");

			type(authority, CHANGED);
			press(find(area, "procedures.button.save", Control.class));
			assertEquals("Guardado (versión 2).", find(area, "procedures.status", Label.class).getText(),
					() -> List.of(problems.getItems()).toString());
			DocumentProcedure stored = (DocumentProcedure) store.findById(id).orElseThrow();
			assertEquals(CHANGED, stored.getIssuingAuthority());
			assertEquals(2, stored.getVersion());
			assertEquals(CHANGED, table.getItem(rowOf(table, "GTM", Procedures.label(DocumentKind.PASSPORT)))
					.getText(3), "the list shows the saved procedure");
			assertFalse(List.of(problems.getItems()).contains("Indique la autoridad que expide el documento."));
			Screenshots.saveForReview(shell, "procedures-saved");
		} finally {
			shell.dispose();
		}
	}

	private static int rowOf(Table table, String country, String kind) {
		for (int row = 0; row < table.getItemCount(); row++) {
			if (table.getItem(row).getText(0).equals(country) && table.getItem(row).getText(1).equals(kind)) {
				return row;
			}
		}
		throw new AssertionError("no row " + country + " " + kind);
	}

	private void type(Text field, String text) {
		field.setText(text);
		field.notifyListeners(SWT.DefaultSelection, new Event());
		Screenshots.settle(display);
	}

	private void press(Control button) {
		button.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(display);
	}

	/** The control whose widget id is {@code id}; fails when there is none. */
	private static <T extends Control> T find(Composite parent, String id, Class<T> type) {
		T found = findOrNull(parent, id, type);
		if (found == null) {
			throw new AssertionError("no widget " + id);
		}
		return found;
	}

	private static <T extends Control> T findOrNull(Composite parent, String id, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (id.equals(child.getData(ProceduresPart.WIDGET_ID)) && type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = findOrNull(composite, id, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
