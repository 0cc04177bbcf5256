package org.crm.enlace.packages.ui.internal;

import java.util.Arrays;
import java.util.Optional;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.packages.KeyChanges;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Takes a key pair made elsewhere: the encrypted key file, its certificate (which must name the user's organization)
 * and the password that opens the key and goes on protecting it here.
 */
public final class ImportKeyDialog extends FormDialog {

	private final RecordStore store;
	private final String organization;
	private Text key;
	private Text certificate;
	private Text password;

	public ImportKeyDialog(Shell parent, RecordStore store, String organization) {
		super(parent, "importKey");
		this.store = store;
		this.organization = organization;
	}

	@Override
	protected void fill(Composite form) {
		key = checked(Fields.file(form, "field.keyFile", "exchange.importKey.key", SWT.OPEN, "node-key.pem"));
		certificate = checked(Fields.file(form, "field.certificateFile", "exchange.importKey.certificate", SWT.OPEN,
				"node-certificate.pem"));
		password = checked(Fields.text(form, "field.password", "exchange.importKey.password", SWT.PASSWORD));
	}

	@Override
	protected Optional<String> missing() {
		if (key.getText().isBlank() || certificate.getText().isBlank()) {
			return Optional.of(Messages.format("hint.keyFiles"));
		}
		return password.getCharCount() == 0 ? Optional.of(Messages.format("hint.password")) : Optional.empty();
	}

	@Override
	protected void perform() {
		byte[] keyBytes = Fields.read(key);
		byte[] certificateBytes = Fields.read(certificate);
		char[] secret = password.getTextChars();
		try {
			BusyIndicator.showWhile(getShell().getDisplay(),
					() -> KeyChanges.importIdentity(store, organization, keyBytes, key.getText(), certificateBytes,
							certificate.getText(), secret));
		} finally {
			Arrays.fill(secret, '\0');
		}
	}
}
