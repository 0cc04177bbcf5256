package org.crm.enlace.app.lifecycle;

import java.util.Arrays;
import java.util.Optional;

import org.crm.enlace.app.internal.Messages;
import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.store.DataFolders;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StartupSteps;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.LoggedIn;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

/**
 * Start-up of the workbench: the login (dialog, or scripted), which opens the record store of the data folder as the
 * account's user. The account's role decides which perspectives are shown; the store is closed when the display goes
 * away. Without a login the workbench does not start.
 */
public final class EnlaceLifeCycle {

	/** With {@value #PASSWORD_ENVIRONMENT} set, logs this user in without the dialog (smoke test, benchmarks). */
	public static final String USER_PROPERTY = "enlace.user";
	/** An environment variable, never a system property: those show in process lists. */
	public static final String PASSWORD_ENVIRONMENT = "ENLACE_PASSWORD";

	@PostContextCreate
	boolean startUp(IEclipseContext context, Display display) {
		LoginSession session = new LoginSession(Clock.system(), StoreStartup.demoLoadingAtStart());
		String user = System.getProperty(USER_PROPERTY, "").trim();
		String password = System.getenv(PASSWORD_ENVIRONMENT);
		Optional<LoggedIn> loggedIn = !user.isEmpty() && password != null && !password.isEmpty()
				? scripted(session, user, password.toCharArray())
				: dialog(display, session, user);
		loggedIn.ifPresent(in -> publish(context, display, in, session.clock()));
		return loggedIn.isPresent();
	}

	@ProcessAdditions
	void showPerspectivesOfRole(MApplication application, EModelService modelService, CurrentUser user) {
		RolePerspectives.apply(application, modelService, user.role());
	}

	private static Optional<LoggedIn> dialog(Display display, LoginSession session, String user) {
		String folder = "";
		String problem = null;
		try {
			folder = DataFolders.resolve(Optional.empty()).toString();
		} catch (StoreException e) {
			problem = e.getMessage(); // e.g. inside the installation: the user picks another folder
		}
		Optional<LoggedIn> loggedIn = new LoginDialog(display, session, user, folder, problem).open();
		if (loggedIn.isEmpty() && session.exhausted()) {
			MessageDialog.openError(null, Messages.get("startup.failed.title"), Messages.format("login.tooMany",
					Keyring.MAX_FAILED_ATTEMPTS, Keyring.LOCK_TIME.toMinutes()));
		}
		return loggedIn;
	}

	/* No one may be at the screen: the reason goes to the standard error too. */
	private static Optional<LoggedIn> scripted(LoginSession session, String user, char[] password) {
		try (Credentials credentials = new Credentials(user, password)) {
			return Optional.of(session.logIn(DataFolders.resolve(Optional.empty()), credentials, StartupSteps.NONE));
		} catch (StoreException e) {
			System.err.println("Enlace: " + e.getMessage());
			MessageDialog.openError(null, Messages.get("startup.failed.title"), e.getMessage());
			return Optional.empty();
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private static void publish(IEclipseContext context, Display display, LoggedIn in, Clock clock) {
		RecordStore store = in.store();
		display.disposeExec(store::close);
		context.set(Account.class, in.account());
		context.set(CurrentUser.class, in.account().asCurrentUser());
		context.set(Clock.class, clock);
		context.set(RecordStore.class, store);
		context.set(RecordRepository.class, store);
	}
}
