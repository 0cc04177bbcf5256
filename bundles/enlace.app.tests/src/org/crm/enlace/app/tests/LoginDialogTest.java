package org.crm.enlace.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.crm.enlace.app.lifecycle.LoginDialog;
import org.crm.enlace.app.lifecycle.LoginSession;
import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.store.StoreStartup.LoggedIn;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.Role;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The login dialog on its own, without a workbench (one per JVM is taken by {@link WorkbenchTest}): the first account
 * of a real deployment, and the end of a session after too many failed logins.
 */
class LoginDialogTest {

	@Test
	void aFolderWithoutAccountsOrDemoDataAsksForTheFirstAccountThenLogsIn() throws Exception {
		Path folder = newFolder("first-account");
		Optional<LoggedIn> loggedIn = open(folder, new LoginSession(Clock.system(), DemoLoading.NEVER), login -> {
			assertTrue(Login.field(login, "login.repeat").isVisible());
			assertEquals("Crear la cuenta y entrar", Widgets.find(login, "login.enter", Button.class).getText());
			Label note = Widgets.find(login, "login.note", Label.class);
			assertTrue(note.getText().contains("no tiene cuentas") && note.getText().contains("10"), note.getText());
			Combo organization = Widgets.find(login, "login.organization", Combo.class);
			int guatemala = Arrays.asList(organization.getItems()).indexOf("GTM — Guatemala");
			assertTrue(guatemala >= 0, Arrays.toString(organization.getItems()));
			assertTrue(organization.getItem(organization.getItemCount() - 1).startsWith("XOM"), "IOM comes last");
			organization.select(guatemala);
			Widgets.find(login, "login.role", Combo.class).select(Role.LIAISON_OFFICER.ordinal());

			create(login, "gtm.admin", "corta", "corta");
			assertEquals("La contraseña debe tener al menos 10 caracteres.", Login.problem(login));
			assertEquals("", Login.field(login, "login.repeat").getText(), "both passwords are cleared");
			create(login, "gtm.admin", "una-clave-larga", "una-clave-largo");
			assertEquals("Las dos contraseñas no coinciden.", Login.problem(login));
			assertFalse(Keyring.existsIn(folder), "nothing is created before the form is right");
			Widgets.screenshot(login, "login-first-account");
			create(login, "gtm.admin", "una-clave-larga", "una-clave-larga");
		});
		assertTrue(loggedIn.isPresent());
		try (var store = loggedIn.get().store()) {
			assertEquals(new Account("gtm.admin", "GTM", Role.LIAISON_OFFICER), loggedIn.get().account());
			assertEquals(folder, store.dataFolder());
			assertEquals(0, loggedIn.get().demoRecordsLoaded());
		}
		assertTrue(Keyring.existsIn(folder));
	}

	@Test
	void tooManyFailedLoginsCloseTheDialogWithoutALogin() throws Exception {
		Path folder = newFolder("attempts");
		StoreStartup.createFirstAccount(folder, new Account("gtm.admin", "GTM", Role.LIAISON_OFFICER),
				"una-clave-larga".toCharArray(), Clock.system());
		LoginSession session = new LoginSession(Clock.system(), DemoLoading.NEVER);
		Optional<LoggedIn> loggedIn = open(folder, session, login -> {
			assertFalse(Login.field(login, "login.repeat").isVisible(), "the folder has accounts: a plain login");
			for (int attempt = 1; attempt < Keyring.MAX_FAILED_ATTEMPTS; attempt++) {
				Login.attempt(login, attempt % 2 == 0 ? "gtm.admin" : "otro" + attempt, "no-es-la-clave");
				assertFalse(login.isDisposed(), "attempt " + attempt);
			}
			Login.attempt(login, "gtm.admin", "no-es-la-clave");
			assertTrue(login.isDisposed(), "the last allowed failure closes the dialog");
		});
		assertTrue(loggedIn.isEmpty());
		assertTrue(session.exhausted());
	}

	@Test
	void theFirstStartOnAFolderShowsEachStepWhileTheDialogStaysResponsive() throws Exception {
		Path folder = newFolder("first-start");
		Set<String> seen = new LinkedHashSet<>();
		AtomicBoolean disabledWhileWorking = new AtomicBoolean();
		Optional<LoggedIn> loggedIn = open(folder, new LoginSession(Clock.system(), DemoLoading.INTO_NEW_STORE),
				login -> {
					ProgressBar progress = Widgets.find(login, "login.progress", ProgressBar.class);
					assertFalse(progress.isVisible(), "no bar before the login starts");
					Display display = login.getDisplay();
					// Runs in the dialog's own event loop while the login works on its thread.
					Runnable watch = new Runnable() {
						@Override
						public void run() {
							if (login.isDisposed() || !progress.isVisible()) {
								return;
							}
							String text = Login.problem(login);
							if (seen.add(text) && text.startsWith("Comprobando la matriz")) {
								screenshot(login, "login-first-start-progress");
							}
							disabledWhileWorking.set(!Widgets.find(login, "login.enter", Button.class).isEnabled());
							display.timerExec(20, this);
						}
					};
					display.timerExec(20, watch);
					Login.attempt(login, "gtm.liaison", "enlace-demo");
				});
		assertTrue(loggedIn.isPresent());
		try (var store = loggedIn.get().store()) {
			assertTrue(loggedIn.get().demoRecordsLoaded() > 0);
		}
		assertTrue(disabledWhileWorking.get(), "the form takes no input while the login works");
		assertTrue(seen.stream().anyMatch(t -> t.startsWith("Comprobando la matriz de autorización de ingreso")),
				seen.toString());
	}

	/** Opens the dialog on the folder and lets the answer drive it; fails with what the answer found wrong. */
	private static Optional<LoggedIn> open(Path folder, LoginSession session, DialogAnswer answer) {
		Display display = Display.getDefault();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		DialogAnswer.when(display, "login", answer, failure);
		Optional<LoggedIn> loggedIn = new LoginDialog(display, session, "", folder.toString(), null).open();
		if (failure.get() != null) {
			loggedIn.ifPresent(in -> in.store().close());
			throw new AssertionError(failure.get());
		}
		return loggedIn;
	}

	private static void create(Shell login, String user, String password, String repeated) {
		Login.field(login, "login.user").setText(user);
		Login.field(login, "login.password").setText(password);
		Login.field(login, "login.repeat").setText(repeated);
		Widgets.find(login, "login.enter", Button.class).notifyListeners(SWT.Selection, new Event());
	}

	private static void screenshot(Shell shell, String name) {
		try {
			Widgets.screenshot(shell, name);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path newFolder(String prefix) throws java.io.IOException {
		return Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix).toAbsolutePath();
	}
}
