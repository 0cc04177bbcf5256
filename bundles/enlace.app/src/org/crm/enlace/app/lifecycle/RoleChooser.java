package org.crm.enlace.app.lifecycle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.app.internal.Messages;
import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.CountryNames;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.store.DataFolders;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.CountryStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The dialog at start that asks for the user's role, country and data folder. Real login replaces the user name field when the
 * record store gains accounts. Widgets carry an {@code enlace.widget} id so that UI tests can drive the dialog.
 */
public final class RoleChooser {

	/** Key of the widget ids that tests use to find the dialog's controls. */
	public static final String WIDGET_ID = "enlace.widget";

	private final Display display;
	private final StartChoice proposal;
	private final String problem;
	private Optional<StartChoice> chosen = Optional.empty();

	/**
	 * @param proposal what the fields show at first (the last choice when the store could not be opened)
	 * @param problem  why the dialog is shown again, or {@code null} the first time
	 */
	RoleChooser(Display display, StartChoice proposal, String problem) {
		this.display = display;
		this.proposal = proposal;
		this.problem = problem;
	}

	/**
	 * The user given with {@code -Denlace.role=...} (and optionally {@code enlace.country}, {@code enlace.user}) skips
	 * the dialog: for scripted starts such as the product smoke test.
	 */
	static Optional<StartChoice> fromSystemProperties() {
		return Optional.ofNullable(System.getProperty("enlace.role")).filter(s -> !s.isBlank())
				.map(role -> new StartChoice(
						new CurrentUser(System.getProperty("enlace.user", System.getProperty("user.name")),
								System.getProperty("enlace.country", "GTM"), Role.parse(role)),
						DataFolders.resolve(Optional.empty())));
	}

	/** The first proposal: the machine's user, the first member country, the first role, the default folder. */
	static StartChoice defaults() {
		return new StartChoice(new CurrentUser(System.getProperty("user.name", ""),
				CountryCatalog.entries().get(0).code(), Role.values()[0]), DataFolders.resolve(Optional.empty()));
	}

	/** What a user may work for: the member states, then the Technical Secretariat and IOM. */
	static List<String> organizations() {
		List<String> codes = new ArrayList<>(CountryCatalog.entries().stream()
				.filter(e -> e.status() == CountryStatus.MEMBER).map(CountryCatalog.Entry::code).toList());
		codes.addAll(Owners.codes());
		return codes;
	}

	private static String organizationName(String code) {
		return CountryCatalog.find(code).map(CountryCatalog::newCountry).map(CountryNames::of)
				.orElseGet(() -> Owners.name(code));
	}

	Optional<StartChoice> open() {
		Shell shell = new Shell(display, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
		shell.setData(WIDGET_ID, "chooser");
		shell.setText(Messages.get("chooser.title"));
		shell.setLayout(new GridLayout(2, false));

		Label intro = new Label(shell, SWT.WRAP);
		intro.setText(Messages.get("chooser.intro"));
		intro.setLayoutData(GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).create());
		if (problem != null) {
			Label error = new Label(shell, SWT.WRAP);
			error.setData(WIDGET_ID, "chooser.problem");
			error.setText(problem);
			error.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
			error.setLayoutData(GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).create());
		}

		new Label(shell, SWT.NONE).setText(Messages.get("chooser.user"));
		Text user = new Text(shell, SWT.BORDER);
		user.setText(proposal.user().userName());
		user.setData(WIDGET_ID, "chooser.user");
		user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		new Label(shell, SWT.NONE).setText(Messages.get("chooser.country"));
		Combo country = new Combo(shell, SWT.READ_ONLY);
		country.setData(WIDGET_ID, "chooser.country");
		List<String> organizations = organizations();
		organizations.forEach(code -> country.add(code + " — " + organizationName(code)));
		country.select(Math.max(0, organizations.indexOf(proposal.user().country())));

		new Label(shell, SWT.NONE).setText(Messages.get("chooser.role"));
		org.eclipse.swt.widgets.List roles = new org.eclipse.swt.widgets.List(shell, SWT.BORDER | SWT.SINGLE);
		roles.setData(WIDGET_ID, "chooser.role");
		for (Role role : Role.values()) {
			roles.add(Messages.get("role." + role.name()));
		}
		roles.select(proposal.user().role().ordinal());
		roles.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		new Label(shell, SWT.NONE).setText(Messages.get("chooser.data"));
		Composite folderRow = new Composite(shell, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(folderRow);
		folderRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Text folder = new Text(folderRow, SWT.BORDER);
		folder.setData(WIDGET_ID, "chooser.data");
		folder.setText(proposal.dataFolder().toString());
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(folderRow, SWT.PUSH);
		browse.setText(Messages.get("chooser.browse"));
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(shell);
			dialog.setFilterPath(folder.getText());
			Optional.ofNullable(dialog.open()).ifPresent(folder::setText);
		});

		Composite buttons = new Composite(shell, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
		buttons.setLayout(new GridLayout(2, true));
		Button cancel = new Button(buttons, SWT.PUSH);
		cancel.setText(Messages.get("chooser.cancel"));
		cancel.setData(WIDGET_ID, "chooser.cancel");
		cancel.addListener(SWT.Selection, e -> shell.close());
		Button enter = new Button(buttons, SWT.PUSH);
		enter.setText(Messages.get("chooser.enter"));
		enter.setData(WIDGET_ID, "chooser.enter");
		enter.addListener(SWT.Selection, e -> {
			String name = user.getText().isBlank() ? System.getProperty("user.name", "?") : user.getText().trim();
			CurrentUser who = new CurrentUser(name, organizations.get(Math.max(0, country.getSelectionIndex())),
					Role.values()[Math.max(0, roles.getSelectionIndex())]);
			chosen = Optional.of(new StartChoice(who, Path.of(folder.getText().trim()).toAbsolutePath().normalize()));
			shell.close();
		});
		roles.addListener(SWT.DefaultSelection, e -> enter.notifyListeners(SWT.Selection, null));
		shell.setDefaultButton(enter);

		shell.pack();
		shell.setLocation(centre(shell));
		shell.open();
		while (!shell.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		return chosen;
	}

	private org.eclipse.swt.graphics.Point centre(Shell shell) {
		org.eclipse.swt.graphics.Rectangle screen = display.getPrimaryMonitor().getBounds();
		org.eclipse.swt.graphics.Point size = shell.getSize();
		return new org.eclipse.swt.graphics.Point(screen.x + (screen.width - size.x) / 2,
				screen.y + (screen.height - size.y) / 3);
	}
}
