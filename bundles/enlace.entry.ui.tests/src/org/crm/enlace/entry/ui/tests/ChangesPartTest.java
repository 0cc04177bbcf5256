package org.crm.enlace.entry.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.entry.EntryRuleImport;
import org.crm.enlace.entry.EntryRules;
import org.crm.enlace.entry.ImportSource;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.ui.ChangesPart;
import org.crm.enlace.entry.ui.MatrixPart;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
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
 * The changes-since-a-date part on a real Derby store, created by E4's injector in a real SWT shell (under Xvfb in
 * the build), without the workbench: rules created or changed on or after the day typed are listed, earlier ones not.
 * The store's clock dates each write: two rules imported on 2026-11-01, one of them edited by Guatemala and a third
 * imported on 2026-11-20; the part opens on 2026-11-29.
 */
class ChangesPartTest {

	private static final NodeKeys KEYS = NodeKeys.generate();
	private static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT,
			Role.SECRETARIAT);
	private static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	private static final ImportSource FIXTURE = new ImportSource("test fixture, fictitious", "test");

	@TempDir
	Path data;

	@Test
	void rulesChangedOnOrAfterTheDayTypedAreListedAndEarlierOnesNot() throws IOException {
		importAt("2026-11-01T09:00:00Z", "COL,GTM,visa required", "ECU,MEX,90");
		try (RecordStore store = open(GUATEMALA, "2026-11-20T15:00:00Z")) {
			EntryRule colombians = (EntryRule) store.findById(EntryRules.stableId("GTM", "COL")).orElseThrow();
			colombians.setNote("Edited by the test");
			store.save(colombians);
		}
		importAt("2026-11-20T16:00:00Z", "PER,GTM,30");

		List<Object> selected = new ArrayList<>();
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		try (RecordStore store = open(SECRETARIAT, "2026-11-29T12:00:00Z")) {
			shell.setLayout(new FillLayout());
			shell.setSize(900, 400);
			Composite parent = new Composite(shell, SWT.NONE);
			create(parent, store, Clock.fixed(Instant.parse("2026-11-29T12:00:00Z")), selected);
			shell.open();
			Screenshots.settle(display);
			Text since = find(parent, "changes.since", Text.class);
			Table table = find(parent, "changes.table", Table.class);
			Label count = find(parent, "changes.count", Label.class);

			assertEquals("2026-10-30", since.getText(), "30 days back by default");
			assertEquals(List.of("GTM COL", "GTM PER", "MEX ECU"), pairs(table));

			type(since, "2026-11-10");
			assertEquals(List.of("GTM COL", "GTM PER"), pairs(table), "Ecuadorians to Mexico changed on 2026-11-01");
			assertEquals("2 reglas cambiadas", count.getText());
			assertTrue(table.getItem(0).getText(4).startsWith("2026-11-20T15:00:00Z gtm.ficticio"),
					table.getItem(0).getText(4));
			Screenshots.settle(display);
			// Under target/ for a person to look at, as the other UI tests keep theirs.
			Path shot = Files.createDirectories(Path.of("target", "screenshots")).resolve("entry-changes-since.png");
			Screenshots.save(shell, shot);

			table.setSelection(1);
			table.notifyListeners(SWT.Selection, selectionOf(table, 1));
			EntryRule peruvians = assertInstanceOf(EntryRule.class, selected.getLast(), "a row goes to History");
			assertEquals("PER", peruvians.getNationality());

			type(since, "2026-11-21");
			assertEquals(List.of(), pairs(table), "nothing changed after the 20th");
			assertEquals("Ningún cambio", count.getText());

			type(since, "20.11.2026");
			assertEquals("Escriba una fecha AAAA-MM-DD y pulse Intro.", count.getText());
			assertTrue(Files.size(shot) > 0);
		} finally {
			shell.dispose();
		}
	}

	/** Imports rows of a passport-index-like file as the system, with the store's clock at {@code at}. */
	private void importAt(String at, String... lines) {
		String csv = "Passport,Destination,Requirement\n" + String.join("\n", lines) + "\n";
		factory().openAfterSeeding(data, SECRETARIAT, KEYS, Clock.fixed(Instant.parse(at)), system -> {
			try {
				EntryRuleImport.run(system, new StringReader(csv), FIXTURE, EntryRuleImport.Mode.ALL_OR_NOTHING,
						Progress.NONE);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).close();
	}

	private RecordStore open(CurrentUser user, String at) {
		return factory().open(data, user, KEYS, Clock.fixed(Instant.parse(at)));
	}

	private static RecordStoreFactory factory() {
		return Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
	}

	/* The part as the workbench makes it: E4's injector calls its @PostConstruct with these services. */
	private static ChangesPart create(Composite parent, RecordRepository repository, Clock clock,
			List<Object> selected) {
		IEclipseContext context = EclipseContextFactory.create("changes-part-test");
		context.set(Composite.class, parent);
		context.set(RecordRepository.class, repository);
		context.set(Clock.class, clock);
		context.set(ESelectionService.class, (ESelectionService) Proxy.newProxyInstance(
				ESelectionService.class.getClassLoader(), new Class<?>[] { ESelectionService.class },
				(proxy, method, args) -> {
					if (method.getName().equals("setSelection")) {
						selected.add(args[0]);
					}
					return null;
				}));
		return ContextInjectionFactory.make(ChangesPart.class, context);
	}

	/* Types a day and presses Enter, as a user does. */
	private static void type(Text since, String day) {
		since.setText(day);
		since.notifyListeners(SWT.DefaultSelection, new Event());
	}

	private static Event selectionOf(Table table, int row) {
		Event event = new Event();
		event.item = table.getItem(row);
		return event;
	}

	/* Each row's destination and nationality, in the order listed. */
	private static List<String> pairs(Table table) {
		return Arrays.stream(table.getItems()).map(i -> i.getText(0) + " " + i.getText(1)).toList();
	}

	private static <T extends Control> T find(Composite parent, String id, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (id.equals(child.getData(MatrixPart.WIDGET_ID))) {
				return type.cast(child);
			}
		}
		throw new AssertionError("no widget " + id);
	}
}
