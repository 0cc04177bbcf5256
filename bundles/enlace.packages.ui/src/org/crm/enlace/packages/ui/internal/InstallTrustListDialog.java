package org.crm.enlace.packages.ui.internal;

import java.util.Optional;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.packages.KeyChanges;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Installs a trust list the Secretariat signed: taken only when its signature verifies against the Secretariat
 * certificate the node trusts and it is not older than the installed one.
 */
public final class InstallTrustListDialog extends FormDialog {

	private final RecordStore store;
	private Text file;

	public InstallTrustListDialog(Shell parent, RecordStore store) {
		super(parent, "installTrustList");
		this.store = store;
	}

	@Override
	protected void fill(Composite form) {
		file = checked(Fields.file(form, "field.trustListFile", "exchange.installTrustList.file", SWT.OPEN,
				"trust-list.p7s"));
	}

	@Override
	protected Optional<String> missing() {
		return file.getText().isBlank() ? Optional.of(Messages.format("hint.file")) : Optional.empty();
	}

	@Override
	protected void perform() {
		KeyChanges.install(store, Fields.read(file), file.getText());
	}
}
