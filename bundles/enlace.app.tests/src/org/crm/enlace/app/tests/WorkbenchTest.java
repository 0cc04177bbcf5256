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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoAccounts;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.directory.ui.ContactEditorPart;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
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
import org.junit.jupiter.api.Test;

/**
 * Starts the real E4 application (application model, fragments, lifecycle, Derby store with demo data) under the
 * virtual display, logs in through the start dialog, and works in the directory as a liaison officer would.
 */
class WorkbenchTest {

	private static final int COMPLETENESS_COLUMN = 5;
	private static final String WRONG_LOGIN = "Usuario o contraseña incorrectos.";

	/**
	 * One workbench per test run: E4's model assembler hands each fragment's elements to the first application
	 * model, so a second workbench in the same JVM would start without them. The scenario therefore covers the
	 * refused logins and the work after them.
	 */
	@Test
	void failedLoginsAndALockedFolderAreExplainedThenTheLiaisonOfficerWorksInTheDirectoryWithUndo() throws Exception {
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
				Shell shell = (Shell) application.getChildren().get(0).getWidget();
				assertEquals("gtm.liaison · Guatemala · Funcionario de enlace",
						Widgets.find(shell, "status.user", Label.class).getText());
				checkDirectory(application);
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

		EPartService parts = window.getContext().get(EPartService.class);
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
		release.select(1);
		release.notifyListeners(SWT.Selection, new Event());
		assertTrue(editor.isDirty());
		assertTrue(Arrays.stream(problems.getItems()).anyMatch(p -> p.startsWith("Difusión a organizaciones nombradas")),
				Arrays.toString(problems.getItems()));
		Widgets.screenshot(shell, "contact-editor-marking");
		execute(window.getContext(), "enlace.command.undo");
		assertFalse(editor.isDirty());
		assertEquals("Todos los países miembros y la Secretaría", release.getText());
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
