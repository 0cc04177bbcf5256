package org.crm.enlace.packages.ui;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.packages.KeyChanges;
import org.crm.enlace.packages.NodeIdentity;
import org.crm.enlace.packages.NodeKeyFolder;
import org.crm.enlace.packages.PackageException;
import org.crm.enlace.packages.PackageExport;
import org.crm.enlace.packages.PackageImport;
import org.crm.enlace.packages.PackageReader;
import org.crm.enlace.packages.TrustStore;
import org.crm.enlace.packages.ui.internal.CreateKeyDialog;
import org.crm.enlace.packages.ui.internal.ErrorMessage;
import org.crm.enlace.packages.ui.internal.ExportDialog;
import org.crm.enlace.packages.ui.internal.Fields;
import org.crm.enlace.packages.ui.internal.FormDialog;
import org.crm.enlace.packages.ui.internal.ImportKeyDialog;
import org.crm.enlace.packages.ui.internal.InstallTrustListDialog;
import org.crm.enlace.packages.ui.internal.Messages;
import org.crm.enlace.packages.ui.internal.NodeStatusView;
import org.crm.enlace.packages.ui.internal.PackageFileDialog;
import org.crm.enlace.packages.ui.internal.Progress;
import org.crm.enlace.packages.ui.internal.ResultView;
import org.crm.enlace.packages.ui.internal.TrustSecretariatDialog;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import jakarta.annotation.PostConstruct;

/**
 * Issue 6, section 3 in the workbench: the node's exchange key and what it trusts, and the buttons that change them
 * (each change audited as the command line audits it) or that export, import and inspect packages. A refusal is shown
 * in a dialog and leaves everything as it was.
 */
public final class ExchangePart {

	private RecordStore store;
	private CurrentUser user;
	private Clock clock;
	private NodeStatusView status;
	private ResultView result;
	private Button createKey;
	private Button importKey;
	private Button[] needKey;

	@PostConstruct
	void create(Composite parent, RecordStore store, CurrentUser user, Clock clock) {
		this.store = store;
		this.user = user;
		this.clock = clock;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		status = new NodeStatusView(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		createKey = button(bar, "createKey", () -> change(new CreateKeyDialog(shell(), store, user.country(), clock)));
		importKey = button(bar, "importKey", () -> change(new ImportKeyDialog(shell(), store, user.country())));
		Button trust = button(bar, "trustSecretariat", () -> change(new TrustSecretariatDialog(shell(), store)));
		Button install = button(bar, "installTrustList", () -> change(new InstallTrustListDialog(shell(), store)));
		needKey = new Button[] { button(bar, "exportPackage", this::exportPackage),
				button(bar, "importPackage", this::importPackage), button(bar, "inspectPackage", this::inspect) };
		// The key store and the trust store refuse anyone else anyway; the buttons say so before a click does.
		boolean administrator = user.role().administersAccounts();
		for (Button button : new Button[] { createKey, importKey, trust, install }) {
			button.setEnabled(administrator);
		}
		result = new ResultView(parent);
		refresh();
	}

	@Focus
	void focus() {
		Arrays.stream(createKey.getParent().getChildren()).filter(c -> c.isEnabled()).findFirst()
				.ifPresent(c -> c.setFocus());
	}

	public NodeStatusView status() {
		return status;
	}

	public ResultView result() {
		return result;
	}

	private void refresh() {
		Path data = store.dataFolder();
		status.show(data);
		boolean hasKey = NodeKeyFolder.exists(data);
		boolean administrator = user.role().administersAccounts();
		createKey.setEnabled(administrator && !hasKey);
		importKey.setEnabled(administrator && !hasKey);
		Arrays.stream(needKey).forEach(button -> button.setEnabled(hasKey));
	}

	private void change(FormDialog dialog) {
		if (dialog.open() == Window.OK) {
			refresh();
		}
	}

	private void exportPackage() {
		Map<String, X509Certificate> recipients;
		try {
			recipients = new TreeMap<>(trusted());
		} catch (PackageException e) {
			ErrorMessage.show(shell(), e.getMessage());
			return;
		}
		recipients.remove(user.country());
		String suggested = user.country() + "-" + LocalDate.ofInstant(clock.now(), ZoneOffset.UTC)
				+ ".enlace-package";
		ExportDialog dialog = new ExportDialog(shell(), recipients, suggested);
		if (dialog.open() != Window.OK) {
			return;
		}
		ExportDialog.Request request = dialog.request();
		try {
			Progress.run(shell(), "progress.export", Optional.of(() -> result.say(Messages.format("result.cancelled"))),
					monitor -> export(request, monitor))
					.ifPresent(exported -> result.say(Messages.format("result.exported", request.file().toString(),
							exported.records(), String.join(",", request.recipients().keySet()),
							exported.withheld())));
		} finally {
			Arrays.fill(request.password(), '\0');
		}
	}

	/* Off the UI thread. The file is written whole once the package is made; a cancelled export made nothing. */
	private PackageExport.Exported export(ExportDialog.Request request, Progress.Monitor monitor) {
		NodeIdentity node = KeyChanges.unlock(store, user.country(), request.password());
		PackageExport.Exported exported = PackageExport.export(store, node, request.recipients(), request.since(),
				request.until(), clock.now(), monitor::recordDone);
		Fields.write(request.file(), exported.file());
		return exported;
	}

	/* All or nothing, audited even when refused (by PackageImport). */
	private void importPackage() {
		withPackage("importPackage", (file, node) -> PackageImport.importPackage(store, node, trusted(),
				Fields.read(file), file.toString()), result::imported);
	}

	/* Reads nothing of the store and is not audited, as on the command line. */
	private void inspect() {
		withPackage("inspectPackage", (file, node) -> PackageReader.read(Fields.read(file), node, trusted(),
				file.toString()), result::inspected);
	}

	/* Asks for the file and the key password, then works behind a progress dialog and shows what the work made. */
	private <T> void withPackage(String key, BiFunction<Path, NodeIdentity, T> work, BiConsumer<Path, T> show) {
		PackageFileDialog dialog = new PackageFileDialog(shell(), key);
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			Progress.run(shell(), "progress." + key, Optional.empty(),
					monitor -> work.apply(dialog.file(), unlock(dialog)))
					.ifPresent(made -> show.accept(dialog.file(), made));
		} finally {
			Arrays.fill(dialog.password(), '\0');
		}
	}

	private NodeIdentity unlock(PackageFileDialog dialog) {
		return KeyChanges.unlock(store, user.country(), dialog.password());
	}

	private Map<String, X509Certificate> trusted() {
		return TrustStore.trusted(store.dataFolder());
	}

	private Shell shell() {
		return createKey.getShell();
	}

	private static Button button(Composite bar, String key, Runnable action) {
		Button button = Fields.id(new Button(bar, SWT.PUSH), "exchange." + key);
		button.setText(Messages.format("button." + key));
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}
}
