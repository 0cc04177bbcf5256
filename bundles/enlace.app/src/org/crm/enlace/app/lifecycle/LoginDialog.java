package org.crm.enlace.app.lifecycle;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicReference;

import org.crm.enlace.app.internal.Messages;
import org.crm.enlace.app.internal.Organizations;
import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.store.StartupSteps;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreStartup.LoggedIn;
import org.crm.enlace.core.user.Role;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The dialog at start: user name, password and data folder. It logs in itself, so a failure is shown in it and the
 * user tries again or picks another folder. On a folder without accounts it says that the demo data set and its users
 * come with it, or, when no demo data is loaded, asks for the folder's first account. Widgets carry an
 * {@code enlace.widget} id so that UI tests can drive the dialog.
 */
public final class LoginDialog {

	/** Key of the widget ids that tests use to find the dialog's controls. */
	public static final String WIDGET_ID = "enlace.widget";
	private static final int WIDTH = 500;
	private static final int FIELD_WIDTH = 320;

	private final Display display;
	private final LoginSession session;
	private final String proposedUser;
	private final String proposedFolder;
	private final String startProblem;
	private final List<String> organizations = Organizations.codes();
	/** Only roles that administer accounts: the first account must be able to add the others. */
	private final List<Role> firstAccountRoles = Arrays.stream(Role.values())
			.filter(Role::administersAccounts).toList();
	/** The rows shown only while the first account is being created. */
	private final List<Control> accountRows = new ArrayList<>();

	private Shell shell;
	private Label problem;
	private Label note;
	private Text user;
	private Combo organization;
	private Combo role;
	private Text password;
	private Text repeat;
	private Text folder;
	private Button enter;
	private ProgressBar working;
	/** True while a login runs on its own thread: the dialog stays responsive but takes no input. */
	private volatile boolean busy;
	private boolean firstAccount;
	private LoggedIn loggedIn;

	/**
	 * @param proposedUser   the user name shown at first (may be empty)
	 * @param proposedFolder the data folder shown at first
	 * @param startProblem   shown at first when the default folder is unusable, else {@code null}
	 */
	public LoginDialog(Display display, LoginSession session, String proposedUser, String proposedFolder,
			String startProblem) {
		this.display = display;
		this.session = session;
		this.proposedUser = proposedUser;
		this.proposedFolder = proposedFolder;
		this.startProblem = startProblem;
	}

	/** Runs until the user is logged in (the store is open) or gives up; also ends when the session is exhausted. */
	public Optional<LoggedIn> open() {
		create();
		shell.setLocation(centre());
		(proposedUser.isEmpty() ? user : password).setFocus();
		shell.open();
		while (!shell.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		return Optional.ofNullable(loggedIn);
	}

	private void create() {
		shell = new Shell(display, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
		shell.setData(WIDGET_ID, "login");
		shell.setText(Messages.get("login.title"));
		shell.setLayout(new GridLayout(2, false));
		shell.addListener(SWT.Close, e -> e.doit = !busy); // a store half-opened is not left behind
		wide(new Label(shell, SWT.WRAP)).setText(Messages.get("login.intro"));
		problem = wide(new Label(shell, SWT.WRAP));
		problem.setData(WIDGET_ID, "login.problem");
		working = new ProgressBar(shell, SWT.HORIZONTAL | SWT.INDETERMINATE);
		working.setData(WIDGET_ID, "login.progress");
		working.setLayoutData(GridDataFactory.fillDefaults().span(2, 1).create());
		show(working, false);

		user = field("login.user", p -> new Text(p, SWT.BORDER), false);
		user.setText(proposedUser);
		organization = field("login.organization", p -> new Combo(p, SWT.READ_ONLY), true);
		organizations.forEach(code -> organization.add(code + " — " + Organizations.name(code)));
		organization.select(0);
		role = field("login.role", p -> new Combo(p, SWT.READ_ONLY), true);
		firstAccountRoles.forEach(r -> role.add(Messages.role(r)));
		role.select(0);
		password = field("login.password", p -> new Text(p, SWT.BORDER | SWT.PASSWORD), false);
		repeat = field("login.repeat", p -> new Text(p, SWT.BORDER | SWT.PASSWORD), true);
		createFolderRow();
		note = wide(new Label(shell, SWT.WRAP));
		note.setData(WIDGET_ID, "login.note");
		createButtons();
		folder.addListener(SWT.Modify, e -> showMode());
		status(startProblem, true);
		showMode();
	}

	private void createFolderRow() {
		caption("login.data", false);
		Composite row = new Composite(shell, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folder = new Text(row, SWT.BORDER);
		folder.setData(WIDGET_ID, "login.data");
		folder.setText(proposedFolder);
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(folder);
		Button browse = new Button(row, SWT.PUSH);
		browse.setText(Messages.get("login.browse"));
		browse.setData(WIDGET_ID, "login.browse");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(shell);
			dialog.setFilterPath(folder.getText());
			Optional.ofNullable(dialog.open()).ifPresent(folder::setText);
		});
	}

	private void createButtons() {
		Composite buttons = new Composite(shell, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
		buttons.setLayout(new GridLayout(2, false));
		Button cancel = new Button(buttons, SWT.PUSH);
		cancel.setText(Messages.get("login.cancel"));
		cancel.setData(WIDGET_ID, "login.cancel");
		cancel.addListener(SWT.Selection, e -> shell.close());
		enter = new Button(buttons, SWT.PUSH);
		enter.setData(WIDGET_ID, "login.enter");
		enter.addListener(SWT.Selection, e -> submit());
		shell.setDefaultButton(enter); // Enter in any field logs in (GTK sends it to the default button only)
	}

	/** Login or first account, from whether the chosen folder has accounts; re-evaluated as the folder is typed. */
	private void showMode() {
		boolean noAccounts = folderPath().map(f -> !Keyring.existsIn(f)).orElse(false);
		firstAccount = noAccounts && !session.loadsDemoData();
		accountRows.forEach(control -> show(control, firstAccount));
		String text = !noAccounts ? null
				: firstAccount ? Messages.format("login.firstAccountNote", Keyring.MIN_PASSWORD_LENGTH)
						: Messages.get("login.demoNote");
		note.setText(text == null ? "" : text);
		show(note, text != null);
		enter.setText(Messages.get(firstAccount ? "login.create" : "login.enter"));
		shell.pack();
	}

	private void submit() {
		char[] typed = password.getTextChars();
		char[] repeated = repeat.getTextChars();
		try {
			Path chosen = folderPath()
					.orElseThrow(() -> new IllegalArgumentException(Messages.get("login.error.folder")));
			if (firstAccount) {
				Account account = FirstAccount.check(user.getText(),
						organizations.get(organization.getSelectionIndex()), firstAccountRoles.get(role.getSelectionIndex()),
						typed, repeated);
				run(steps -> session.createFirstAccount(chosen, account, typed, steps));
			} else if (user.getText().isBlank() || typed.length == 0) {
				throw new IllegalArgumentException(Messages.get("login.error.missing"));
			} else {
				String name = user.getText();
				run(steps -> logIn(chosen, name, typed, steps));
			}
		} catch (IllegalArgumentException | StoreException e) {
			if (session.exhausted()) {
				shell.close();
				return;
			}
			showMode(); // a failed open may have found the folder without accounts, or created its first one
			status(e.getMessage(), true);
		} finally {
			Arrays.fill(typed, '\0');
			Arrays.fill(repeated, '\0');
		}
		if (loggedIn != null) {
			shell.close();
		} else if (!shell.isDisposed()) {
			password.setText("");
			repeat.setText("");
			password.setFocus();
		}
	}

	/* On the login's thread: no widget may be touched here. */
	private LoggedIn logIn(Path chosen, String name, char[] typed, StartupSteps steps) {
		try (Credentials credentials = new Credentials(name, typed)) {
			return session.logIn(chosen, credentials, steps);
		}
	}

	/**
	 * Deriving keys and opening the store take a second or two, the first start on a folder several more (it creates
	 * the database and stores the entry matrix): the login runs on its own thread while the dialog shows each step
	 * and a moving bar. Nothing can be cancelled half-way: a store is opened whole or not at all.
	 */
	private void run(Function<StartupSteps, LoggedIn> login) {
		StartupSteps steps = (step, detail) -> display.asyncExec(() -> {
			if (busy && !shell.isDisposed()) {
				status(Messages.format("login.step." + step.name(), detail), false);
			}
		});
		AtomicReference<LoggedIn> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Thread worker = new Thread(() -> {
			try {
				result.set(login.apply(steps));
			} catch (RuntimeException e) {
				failure.set(e);
			} finally {
				display.asyncExec(() -> { // wakes the loop below
				});
			}
		}, "enlace-login");
		setBusy(true);
		status(Messages.get("login.working"), false);
		worker.start();
		while (worker.isAlive()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		setBusy(false);
		if (failure.get() != null) {
			throw failure.get();
		}
		loggedIn = result.get();
	}

	private void setBusy(boolean on) {
		busy = on;
		shell.setCursor(on ? display.getSystemCursor(SWT.CURSOR_WAIT) : null);
		for (Control child : shell.getChildren()) {
			if (child != working && child != problem) {
				child.setEnabled(!on);
			}
		}
		show(working, on);
		shell.layout(true, true);
	}

	private void status(String text, boolean error) {
		problem.setText(text == null ? "" : text);
		problem.setForeground(display.getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND));
		show(problem, text != null);
		shell.pack();
	}

	private Optional<Path> folderPath() {
		String text = folder.getText().trim();
		try {
			return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text).toAbsolutePath().normalize());
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** A caption and its field, in this order; the width hint keeps long organization names from widening all. */
	private <T extends Control> T field(String key, Function<Composite, T> make, boolean accountOnly) {
		caption(key, accountOnly);
		T control = make.apply(shell);
		control.setData(WIDGET_ID, key);
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(control);
		if (accountOnly) {
			accountRows.add(control);
		}
		return control;
	}

	private void caption(String key, boolean accountOnly) {
		Label caption = new Label(shell, SWT.NONE);
		caption.setText(Messages.get(key));
		caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		if (accountOnly) {
			accountRows.add(caption);
		}
	}

	private static Label wide(Label label) {
		label.setLayoutData(GridDataFactory.fillDefaults().span(2, 1).hint(WIDTH, SWT.DEFAULT).create());
		return label;
	}

	/** Hidden controls also give up their place in the layout. */
	private static void show(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}

	private Point centre() {
		Rectangle screen = display.getPrimaryMonitor().getBounds();
		Point size = shell.getSize();
		return new Point(screen.x + (screen.width - size.x) / 2, screen.y + (screen.height - size.y) / 3);
	}
}
