package org.crm.enlace.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoAccounts;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.directory.ui.ContactEditorPart;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.crm.enlace.records.RecordSummary;
import org.crm.enlace.records.SearchOutcome;
import org.crm.enlace.records.SearchRow;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * Starts the real E4 application (application model, fragments, lifecycle, Derby store with demo data) under the
 * virtual display, logs in through the start dialog, and works as a liaison officer would: the directory, full-text
 * search from the keyboard, a record's history, the contact editor with undo and a saved change, the list of every
 * record, and the entry matrix with a rule confirmed.
 */
class WorkbenchTest {

	private static final int COMPLETENESS_COLUMN = 5;
	private static final String WRONG_LOGIN = "Usuario o contraseña incorrectos.";
	private static final String SEARCH_PART = "enlace.records.ui.part.search.liaison";
	private static final String HISTORY_PART = "enlace.records.ui.part.history.liaison";
	private static final String RECORDS_PART = "enlace.records.ui.part.records.liaison";
	/** Typed without accents: the index folds them ("migracion" finds "Migración"). */
	private static final String QUERY = "ficticia migracion guatemalteco";
	private static final String STORED_NAME = "Ana Ficticia GTM";
	private static final String CHANGED_NAME = "Ana Ficticia Cambiada GTM";
	private static final String RENAMED_AGAIN = "Ana Ficticia Renombrada GTM";
	private static final int VERSION_COLUMN = 0;
	private static final int WHO_COLUMN = 2;
	private static final int OPERATION_COLUMN = 3;

	/**
	 * One workbench per test run: E4's model assembler hands each fragment's elements to the first application
	 * model, so a second workbench in the same JVM would start without them. The scenario therefore covers the
	 * refused logins and the work after them.
	 */
	@Test
	void failedLoginsAndALockedFolderAreExplainedThenTheLiaisonOfficerWorksInTheDirectorySearchAndHistory()
			throws Exception {
		Path locked = newFolder("locked-data");
		Path data = newFolder("workbench-data");
		System.setProperty("enlace.data", data.toString());
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000).orElseThrow();
		try (Credentials demo = new Credentials("gtm.analyst", DemoAccounts.PASSWORD.toCharArray());
				RecordStore holder = StoreStartup.login(factory, locked, demo, Clock.system(),
						DemoLoading.INTO_NEW_STORE, List.of(), List.of()).store()) {
			runWorkbench(login -> {
				Text folder = Login.field(login, "login.data");
				assertEquals(data.toString(), folder.getText(), "the data folder of -Denlace.data");
				assertTrue((Login.field(login, "login.password").getStyle() & SWT.PASSWORD) != 0);
				Label note = Widgets.find(login, "login.note", Label.class);
				assertTrue(note.isVisible() && note.getText().contains("datos de demostración (ficticio)")
						&& note.getText().contains("README"), note.getText());
				assertFalse(Login.field(login, "login.repeat").isVisible(), "no first account: demo users come");
				Login.field(login, "login.user").setText("gtm.liaison");
				Login.field(login, "login.password").setText(DemoAccounts.PASSWORD);
				Widgets.screenshot(login, "login");

				// A folder with accounts, held by another store: no demo note there.
				folder.setText(locked.toString());
				assertFalse(note.isVisible());
				Login.attempt(login, "gtm.liaison", "no-es-la-clave");
				assertEquals(WRONG_LOGIN, Login.problem(login));
				assertFalse(login.isDisposed(), "the dialog stays for another try");
				assertEquals("", Login.field(login, "login.password").getText(), "the password is cleared");
				Login.attempt(login, "nadie", "no-es-la-clave");
				assertEquals(WRONG_LOGIN, Login.problem(login), "an unknown user reads the same: no hint");
				Login.attempt(login, "gtm.liaison", DemoAccounts.PASSWORD);
				String problem = Login.problem(login);
				assertTrue(problem.contains(locked.toString()) && problem.contains("en uso"), problem);
				Widgets.screenshot(login, "login-locked");

				// Another folder, and Enter in the password field logs in.
				folder.setText(data.toString());
				Login.field(login, "login.password").setText(DemoAccounts.PASSWORD);
				Login.pressEnterInPassword(login);
				assertTrue(login.isDisposed(), () -> "still open: " + Login.problem(login));
			}, application -> {
				assertEquals(data, application.getContext().get(RecordStore.class).dataFolder());
				assertEquals(new Account("gtm.liaison", "GTM", Role.LIAISON_OFFICER),
						application.getContext().get(Account.class));
				assertEquals(new CurrentUser("gtm.liaison", "GTM", Role.LIAISON_OFFICER),
						application.getContext().get(CurrentUser.class));
				MWindow window = application.getChildren().get(0);
				int width = window.getWidth();
				int height = window.getHeight();
				fitWindow(window);
				Shell shell = (Shell) window.getWidget();
				Rectangle drawn = Widgets.onScreen(shell);
				assertEquals(List.of(width, height), List.of(drawn.width, drawn.height), "the model's size, on screen");
				Label status = Widgets.find(shell, "status.user", Label.class);
				assertEquals("gtm.liaison · Guatemala · Funcionario de enlace", status.getText());
				assertInside(shell, status);
				checkDirectory(application);
				EntryMatrixCheck.run(application);
				IntelViews.check(window);
				Issue7Perspectives.check(application);
			});
		}
	}

	private static Path newFolder(String prefix) throws java.io.IOException {
		return Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix).toAbsolutePath();
	}

	/**
	 * Starts the real workbench; the answer drives the login dialog until it closes. The checks run once the window
	 * is up; then the workbench is closed.
	 */
	private static void runWorkbench(DialogAnswer login, WorkbenchCheck checks) throws Exception {
		System.clearProperty("enlace.user");
		Display display = Display.getDefault();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		DialogAnswer.when(display, "login", login, failure);
		E4Workbench workbench = new E4Application().createE4Workbench(new TestApplicationContext("-applicationXMI",
				"enlace.app/Application.e4xmi", "-lifeCycleURI",
				"bundleclass://enlace.app/org.crm.enlace.app.lifecycle.EnlaceLifeCycle", "-clearPersistedState"),
				display);
		assertNotNull(workbench, "the lifecycle refused to start: " + failure.get());
		Thread watchdog = watchdog(display, workbench, failure);
		display.asyncExec(() -> {
			try {
				checks.check(workbench.getApplication());
			} catch (Throwable t) {
				failure.set(t);
			} finally {
				workbench.close();
			}
		});
		workbench.createAndRunUI(workbench.getApplication());
		watchdog.interrupt();
		if (failure.get() != null) {
			throw new AssertionError(failure.get());
		}
	}

	@FunctionalInterface
	private interface WorkbenchCheck {
		void check(MApplication application) throws Exception;
	}

	private static void checkDirectory(MApplication application) throws Exception {
		MWindow window = application.getChildren().get(0);
		EModelService models = application.getContext().get(EModelService.class);
		MPerspective active = models.getActivePerspective(window);
		assertEquals("enlace.perspective.liaison", active.getElementId());
		assertFalse(models.find("enlace.perspective.training", application).isToBeRendered(),
				"a liaison officer does not see the training perspective");
		assertNotNull(models.find("enlace.mrz.ui.part.checker.liaison", active), "the MRZ checker, issue 5");
		assertNotNull(models.find("enlace.mrz.ui.part.checker.analyst", application), "the analyst's too");
		assertNotNull(models.find("enlace.cotravel.ui.part.linked.analyst", application), "linked persons, issue 6");

		EPartService parts = window.getContext().get(EPartService.class);
		assertNotNull(models.find("enlace.specimens.ui.part.register.analyst", application), "the specimen register");
		MPart register = parts.showPart("enlace.specimens.ui.part.register.liaison", PartState.ACTIVATE);
		assertNotNull(register, "the specimen register in the liaison officer's stack");
		assertNotNull(Widgets.find((Composite) register.getWidget(), "register.table", Table.class));
		assertFalse(Widgets.find((Composite) register.getWidget(), "register.status", Label.class).getText().isEmpty());
		MPart directory = parts.showPart("enlace.directory.ui.part.directory.liaison", PartState.ACTIVATE);
		assertNotNull(directory, () -> "parts in the model: " + models.findElements(application, null, MPart.class)
				.stream().map(MPart::getElementId).toList() + ", descriptors: "
				+ application.getDescriptors().stream().map(d -> d.getElementId()).toList());
		Composite widget = (Composite) directory.getWidget();
		Table table = Widgets.find(widget, "directory.table", Table.class);
		assertEquals(16, table.getItemCount(), "11 members and 5 observers");
		Map<String, TableItem> rows = new HashMap<>();
		Arrays.stream(table.getItems()).forEach(item -> rows.put(item.getText(0), item));
		assertEquals("Incompleto", rows.get("BLZ").getText(COMPLETENESS_COLUMN));
		assertEquals("Incompleto", rows.get("HND").getText(COMPLETENESS_COLUMN));
		assertEquals("Completo", rows.get("GTM").getText(COMPLETENESS_COLUMN));
		assertEquals("—", rows.get("COL").getText(COMPLETENESS_COLUMN), "observers owe no contacts");
		org.eclipse.swt.widgets.List issues = Widgets.find(widget, "directory.issues",
				org.eclipse.swt.widgets.List.class);
		assertTrue(Arrays.stream(issues.getItems()).anyMatch(i -> i.startsWith("BLZ") && i.contains("alterno")),
				Arrays.toString(issues.getItems()));
		Shell shell = (Shell) window.getWidget();
		Widgets.screenshot(shell, "directory-liaison");

		// History, at the right, follows the contact of the row selected in the directory.
		Composite history = historyView(window);
		Label shownRecord = Widgets.find(history, "history.record", Label.class);
		table.setSelection(rows.get("HND"));
		table.notifyListeners(SWT.Selection, new Event());
		Keys.await(shell.getDisplay(), () -> shownRecord.getText().contains("Ana Ficticia HND"),
				() -> "History did not follow the directory: " + shownRecord.getText());

		SearchView search = searchWithTheKeyboard(window, shell, QUERY);
		RecordStore store = application.getContext().get(RecordStore.class);
		CurrentUser user = application.getContext().get(CurrentUser.class);
		assertFalse(search.rebuild().isVisible(), "the index of a new store is ready");
		assertFalse(search.problem().isVisible(), search.problem().getText());
		List<Record> expected = store.search(QUERY, SearchOutcome.LIMIT);
		assertFalse(expected.isEmpty(), "the demo contacts hold these words");
		assertEquals(found(expected.size()), search.count().getText());
		List<Record> shown = search.records();
		assertEquals(ids(expected), ids(shown), "what the store finds for this user, best first");
		assertTrue(shown.stream().allMatch(r -> AccessRule.maySee(user, r)), "only records gtm.liaison may see");
		TableItem hit = Arrays.stream(search.results().getItems()).filter(i -> i.getText(1).contains(STORED_NAME))
				.findFirst().orElseThrow(() -> new AssertionError("no row for " + STORED_NAME + ": "
						+ Arrays.stream(search.results().getItems()).map(i -> i.getText(1)).toList()));
		assertEquals(List.of("Punto de contacto", "GTM", "TLP:GREEN"),
				List.of(hit.getText(0), hit.getText(2), hit.getText(3)));
		Record contact = ((SearchRow) hit.getData()).record();

		// History follows the result selected.
		search.results().setSelection(hit);
		search.results().notifyListeners(SWT.Selection, new Event());
		Keys.await(shell.getDisplay(), () -> shownRecord.getText().contains(STORED_NAME),
				() -> "History did not follow the result: " + shownRecord.getText());
		Table versions = Widgets.find(history, "history.versions", Table.class);
		assertEquals(List.of("1 Creación"), versionRows(versions), "the demo contact as it was created");
		select(versions, 0);
		assertEquals("Versión 1 (creación): valores iniciales.",
				Widgets.find(history, "history.detail", Label.class).getText());
		Table changes = Widgets.find(history, "history.changes", Table.class);
		assertTrue(changeRows(changes).contains("Nombre completo: — → " + STORED_NAME),
				changeRows(changes)::toString);
		Widgets.screenshot(shell, "search");

		// A query that cannot be read: the problem in the part, in words that do not quote it, and no dialog.
		SearchView problem = searchWithTheKeyboard(window, shell, "\"ficticia");
		assertTrue(problem.problem().isVisible());
		assertTrue(problem.problem().getText().contains("comillas"), problem.problem().getText());
		assertFalse(problem.problem().getText().contains("ficticia"), "the query is never quoted");
		assertEquals("", problem.count().getText());
		assertEquals(0, problem.results().getItemCount());
		assertEquals(List.of(shell), visibleShells(shell.getDisplay()), "no dialog");
		assertTrue(shownRecord.getText().contains(STORED_NAME), "History keeps its record when nothing is selected");
		Widgets.screenshot(shell, "search-problem");
		parts.activate(directory);

		table.setSelection(rows.get("GTM"));
		table.notifyListeners(SWT.Selection, new Event());
		Widgets.find(widget, "directory.button.editPermanent", Button.class).notifyListeners(SWT.Selection,
				new Event());
		MPart editor = parts.getActivePart();
		assertInstanceOf(ContactEditorPart.class, editor.getObject());
		Composite form = (Composite) editor.getWidget();
		Text name = Widgets.find(form, "contact.fullName", Text.class);
		String stored = name.getText();
		assertTrue(stored.contains("Ficticia"), stored);
		type(name, "Nombre Cambiado Ficticio");
		assertTrue(editor.isDirty());

		execute(window.getContext(), "enlace.command.undo");
		assertEquals(stored, name.getText(), "undo restores the stored name");
		assertFalse(editor.isDirty());
		execute(window.getContext(), "enlace.command.redo");
		assertEquals("Nombre Cambiado Ficticio", name.getText());
		assertTrue(editor.isDirty());

		type(Widgets.find(form, "contact.email", Text.class), "correo-no-valido");
		parts.savePart(editor, false);
		org.eclipse.swt.widgets.List problems = Widgets.find(form, "contact.problems",
				org.eclipse.swt.widgets.List.class);
		assertTrue(Arrays.stream(problems.getItems()).anyMatch(p -> p.startsWith("Correo electrónico")),
				Arrays.toString(problems.getItems()));
		assertTrue(editor.isDirty(), "an invalid contact is not saved");
		Widgets.screenshot(shell, "contact-editor-problems");

		execute(window.getContext(), "enlace.command.undo");
		execute(window.getContext(), "enlace.command.undo");
		assertFalse(editor.isDirty());
		assertEquals(stored, name.getText());

		// The marking section: releasing to named organizations without naming any is listed, and undone.
		Combo release = Widgets.find(form, "marking.releasability", Combo.class);
		assertEquals("Todos los países miembros y la Secretaría", release.getText());
		assertEquals("TLP:GREEN — la comunidad", Widgets.find(form, "marking.tlp", Combo.class).getText());
		release.select(Arrays.asList(release.getItems()).indexOf("Las organizaciones nombradas"));
		release.notifyListeners(SWT.Selection, new Event());
		assertTrue(editor.isDirty());
		assertTrue(Arrays.stream(problems.getItems()).anyMatch(p -> p.startsWith("Difusión a organizaciones nombradas")),
				Arrays.toString(problems.getItems()));
		Widgets.screenshot(shell, "contact-editor-marking");
		execute(window.getContext(), "enlace.command.undo");
		assertFalse(editor.isDirty());
		assertEquals("Todos los países miembros y la Secretaría", release.getText());

		// A valid change is saved as version 2; History, still on this contact, lists what changed.
		type(name, CHANGED_NAME);
		parts.savePart(editor, false);
		assertFalse(editor.isDirty(), () -> "not saved: " + Arrays.toString(problems.getItems()));
		Keys.await(shell.getDisplay(), () -> versions.getItemCount() == 2,
				() -> "History did not read the new version: " + versionRows(versions));
		assertTrue(shownRecord.getText().contains(CHANGED_NAME), shownRecord.getText());
		assertEquals(List.of("2 Modificación", "1 Creación"), versionRows(versions), "newest first");
		assertEquals("gtm.liaison", versions.getItem(0).getText(WHO_COLUMN));
		select(versions, 1);
		assertEquals("Versión 1 (creación): valores iniciales.",
				Widgets.find(history, "history.detail", Label.class).getText());
		select(versions, 0);
		assertEquals("Versión 2: cambios respecto de la versión 1.",
				Widgets.find(history, "history.detail", Label.class).getText());
		assertEquals(List.of("Nombre completo: " + STORED_NAME + " → " + CHANGED_NAME), changeRows(changes));
		Widgets.screenshot(shell, "history");

		// The index changed in the same commit: the new name is found at once.
		SearchView again = searchWithTheKeyboard(window, shell, "cambiada");
		assertFalse(again.problem().isVisible(), again.problem().getText());
		List<Record> renamed = store.search("cambiada", SearchOutcome.LIMIT);
		assertEquals(ids(renamed), ids(again.records()));
		assertTrue(ids(renamed).contains(contact.getId()), () -> ids(renamed).toString());
		assertEquals(found(renamed.size()), again.count().getText());

		checkRecords(application, shell, shownRecord, contact.getId());
	}

	/**
	 * Window &gt; Records lists every record the user may see, in id order, with its count; the keyboard and the
	 * scroll bar move through it, History follows the row selected, and a change saved elsewhere shows at once.
	 */
	private static void checkRecords(MApplication application, Shell shell, Label shownRecord, String contactId)
			throws Exception {
		MWindow window = application.getChildren().get(0);
		RecordStore store = application.getContext().get(RecordStore.class);
		Display display = shell.getDisplay();
		execute(window.getContext(), "enlace.records.ui.command.records");
		EPartService parts = window.getContext().get(EPartService.class);
		Keys.await(display, () -> parts.getActivePart() != null
				&& RECORDS_PART.equals(parts.getActivePart().getElementId()),
				() -> "Window > Records did not activate the Records part");
		Composite part = (Composite) parts.getActivePart().getWidget();
		Table rows = Widgets.find(part, "recordList.table", Table.class);
		Label status = Widgets.find(part, "recordList.status", Label.class);
		Slider scroll = Widgets.find(part, "recordList.scroll", Slider.class);
		RecordQuery everything = RecordQuery.of(EnlacePackage.Literals.RECORD);
		long count = store.count(everything);
		String counted = java.text.NumberFormat.getIntegerInstance().format(count) + " registros"; // "2.226 registros"
		Keys.await(display, () -> status.getText().equals(counted),
				() -> "the count under the list: " + status.getText());
		List<String> ids = store.ids(everything, Progress.NONE).orElseThrow().slice(0, Integer.MAX_VALUE);
		assertTrue(ids.size() > rows.getItemCount(), "the demo data fills more than one window");
		assertEquals(summaries(store.findAfter(everything, null, rows.getItemCount(), Record.class)),
				shownSummaries(rows), "the first records in id order, as the store gives them to gtm.liaison");
		assertEquals(List.of("Tipo", "Resumen", "Propietario", "TLP", "Modificado (UTC)"),
				Arrays.stream(rows.getColumns()).map(c -> c.getText()).toList());
		Widgets.screenshot(shell, "records");

		// End selects the last record, which History then shows.
		Keys.focus(shell);
		rows.setFocus();
		Keys.pressKey(display, SWT.END);
		Record last = store.findById(ids.getLast()).orElseThrow();
		Keys.await(display, () -> shownRecord.getText().contains(RecordSummary.of(last, Locale.getDefault())),
				() -> "History did not follow End to the last record: " + shownRecord.getText());
		assertEquals(rows.getItemCount() - 1, rows.getSelectionIndex(), "the last row, at the bottom");
		assertEquals(ids.size() - rows.getItemCount(), scroll.getSelection());

		if (last.getId().equals(contactId)) {
			Keys.pressKey(display, SWT.HOME);
			Record first = store.findById(ids.getFirst()).orElseThrow();
			Keys.await(display, () -> shownRecord.getText().contains(RecordSummary.of(first, Locale.getDefault())),
					() -> "History did not follow Home to the first record: " + shownRecord.getText());
		}
		assertFalse(shownRecord.getText().contains(CHANGED_NAME), "History shows another record before");

		// The scroll bar brings the renamed contact up (to the top, unless it is among the last rows); selected,
		// History shows it.
		int position = ids.indexOf(contactId);
		int row = position - Math.min(position, ids.size() - rows.getItemCount());
		scroll.setSelection(position);
		scroll.notifyListeners(SWT.Selection, new Event());
		Keys.await(display, () -> rows.getItem(row).getText(1).contains(CHANGED_NAME),
				() -> "row " + row + " shows " + rows.getItem(row).getText(1));
		select(rows, row);
		Keys.await(display, () -> shownRecord.getText().contains(CHANGED_NAME),
				() -> "History did not follow the Records part: " + shownRecord.getText());
		Widgets.screenshot(shell, "records-selected");

		// Renamed elsewhere: the row shows the new name once the change is announced.
		ContactPoint renamed = (ContactPoint) store.findById(contactId).orElseThrow();
		renamed.setFullName(RENAMED_AGAIN);
		store.save(renamed);
		application.getContext().get(IEventBroker.class).post(RecordEvents.CHANGED,
				EnlacePackage.Literals.CONTACT_POINT.getName());
		Keys.await(display, () -> rows.getItem(row).getText(1).contains(RENAMED_AGAIN),
				() -> "the Records part did not read the change: " + rows.getItem(row).getText(1));
		assertEquals(row, rows.getSelectionIndex(), "the selection stays on its record");
	}

	private static List<String> summaries(List<Record> records) {
		return records.stream().map(r -> RecordSummary.of(r, Locale.getDefault())).toList();
	}

	private static List<String> shownSummaries(Table rows) {
		return Arrays.stream(rows.getItems()).map(i -> i.getText(1)).toList();
	}

	/** The Search part's controls. */
	private record SearchView(Text query, Label count, Label problem, Button rebuild, Table results) {

		List<Record> records() {
			return Arrays.stream(results.getItems()).map(i -> ((SearchRow) i.getData()).record()).toList();
		}
	}

	/**
	 * Ctrl+Shift+F, the query and Enter, typed as a user types them: the Search part comes forward with the cursor in
	 * its field (its text selected, so typing replaces it). Returns once the part has run the search.
	 */
	private static SearchView searchWithTheKeyboard(MWindow window, Shell shell, String query) {
		Display display = shell.getDisplay();
		EPartService parts = window.getContext().get(EPartService.class);
		Keys.focus(shell);
		Keys.press(display, SWT.CTRL | SWT.SHIFT, 'f');
		Keys.await(display, () -> parts.getActivePart() != null
				&& SEARCH_PART.equals(parts.getActivePart().getElementId()),
				() -> "Ctrl+Shift+F did not activate the Search part; active: "
						+ (parts.getActivePart() == null ? null : parts.getActivePart().getElementId()));
		Composite part = (Composite) parts.getActivePart().getWidget();
		SearchView search = new SearchView(Widgets.find(part, "search.query", Text.class),
				Widgets.find(part, "search.count", Label.class), Widgets.find(part, "search.problem", Label.class),
				Widgets.find(part, "search.rebuild", Button.class), Widgets.find(part, "search.results", Table.class));
		Text field = search.query();
		Keys.await(display, () -> display.getFocusControl() == field
				&& field.getSelectionCount() == field.getCharCount(),
				() -> "the cursor is not in search.query with its text selected: focus on "
						+ display.getFocusControl() + ", selected " + field.getSelectionCount() + " of "
						+ field.getCharCount());
		Keys.type(display, query);
		Keys.await(display, () -> query.equals(field.getText()), () -> "typed: " + field.getText());
		// Listeners run in the order they were added: this one runs once the part's own search is over.
		AtomicBoolean searched = new AtomicBoolean();
		Listener done = e -> searched.set(true);
		field.addListener(SWT.DefaultSelection, done);
		try {
			Keys.press(display, SWT.NONE, SWT.CR);
			Keys.await(display, searched::get, () -> "Enter did not run the search");
		} finally {
			field.removeListener(SWT.DefaultSelection, done);
		}
		return search;
	}

	private static Composite historyView(MWindow window) {
		MPart history = window.getContext().get(EPartService.class).findPart(HISTORY_PART);
		assertNotNull(history, HISTORY_PART);
		assertNotNull(history.getWidget(), "the History view is rendered at the right of the main stack");
		return (Composite) history.getWidget();
	}

	/** "version operation" per row, as shown. */
	private static List<String> versionRows(Table versions) {
		return Arrays.stream(versions.getItems())
				.map(i -> i.getText(VERSION_COLUMN) + " " + i.getText(OPERATION_COLUMN)).toList();
	}

	/** "attribute: before → after" per row, as shown. */
	private static List<String> changeRows(Table changes) {
		return Arrays.stream(changes.getItems()).map(i -> i.getText(0) + ": " + i.getText(1) + " → " + i.getText(2))
				.toList();
	}

	private static void select(Table table, int index) {
		table.setSelection(index);
		table.notifyListeners(SWT.Selection, new Event());
	}

	private static String found(int count) {
		return count == 1 ? "1 registro encontrado" : count + " registros encontrados";
	}

	private static List<String> ids(List<Record> records) {
		return records.stream().map(Record::getId).toList();
	}

	private static List<Shell> visibleShells(Display display) {
		return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible()).toList();
	}

	/**
	 * Gives the window the size the application model asks for, on screen, and lays it out for it. Under Xvfb no
	 * window manager tells SWT how large the window's frame is: SWT counts an estimated title bar and border (29 and
	 * 6 pixels) in the shell's bounds that nobody draws, so the window on screen is smaller than the model's size, and
	 * its first layout, which did not know that yet, left the bottom trim (the status bar) below the client area.
	 * Without a window manager nothing resizes the window, so nothing lays it out again: new bounds do (the same bounds
	 * again do nothing).
	 */
	private static void fitWindow(MWindow window) {
		Shell shell = (Shell) window.getWidget();
		Rectangle bounds = shell.getBounds();
		Rectangle drawn = Widgets.onScreen(shell);
		shell.setBounds(bounds.x, bounds.y, window.getWidth() + bounds.width - drawn.width,
				window.getHeight() + bounds.height - drawn.height);
		Screenshots.settle(shell.getDisplay());
	}

	/** The control lies within the shell's client area, on screen. */
	private static void assertInside(Shell shell, Control control) {
		Display display = shell.getDisplay();
		Rectangle client = display.map(shell, null, shell.getClientArea());
		Rectangle bounds = display.map(control.getParent(), null, control.getBounds());
		assertTrue(client.contains(bounds.x, bounds.y) && client.contains(bounds.x + bounds.width - 1,
				bounds.y + bounds.height - 1), () -> control.getData(Widgets.WIDGET_ID) + " at " + bounds
						+ " lies outside the window's client area " + client);
	}

	private static void type(Text text, String value) {
		text.setText(value);
		text.notifyListeners(SWT.DefaultSelection, new Event());
	}

	private static void execute(IEclipseContext context, String commandId) {
		ECommandService commands = context.get(ECommandService.class);
		EHandlerService handlers = context.get(EHandlerService.class);
		handlers.executeHandler(commands.createCommand(commandId, null));
	}

	/** Closes a workbench that hangs, so that a broken test fails instead of blocking the build. */
	private static Thread watchdog(Display display, E4Workbench workbench, AtomicReference<Throwable> failure) {
		Thread thread = new Thread(() -> {
			try {
				TimeUnit.SECONDS.sleep(90);
				failure.compareAndSet(null, new AssertionError("the workbench did not finish within 90 s"));
				display.asyncExec(workbench::close);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "workbench-watchdog");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}
}
