package org.crm.enlace.packages.ui.internal;

import java.security.cert.X509Certificate;
import java.util.Optional;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.packages.Certificates;
import org.crm.enlace.packages.KeyChanges;
import org.crm.enlace.packages.PackageException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The node's first trust, made explicit: the Secretariat's certificate file, its SHA-256 fingerprint shown, and the
 * fingerprint the Secretariat gave by another channel (a call, a signed letter) typed or pasted back. A fingerprint
 * that does not match trusts nothing.
 */
public final class TrustSecretariatDialog extends FormDialog {

	private final RecordStore store;
	private Text file;
	private Label shown;
	private Text typed;
	private Optional<X509Certificate> certificate = Optional.empty();

	public TrustSecretariatDialog(Shell parent, RecordStore store) {
		super(parent, "trustSecretariat");
		this.store = store;
	}

	@Override
	protected void fill(Composite form) {
		file = Fields.file(form, "field.certificateFile", "exchange.trustSecretariat.file", SWT.OPEN,
				"secretariat-certificate.pem");
		shown = Fields.id(Fields.note(form), "exchange.trustSecretariat.fingerprint");
		file.addListener(SWT.Modify, e -> readCertificate());
		typed = checked(Fields.text(form, "field.fingerprint", "exchange.trustSecretariat.typed", SWT.NONE));
	}

	private void readCertificate() {
		certificate = Optional.empty();
		try {
			certificate = Optional.of(Certificates.parse(Fields.read(file), file.getText()));
			shown.setText(Messages.format("trust.shownFingerprint",
					Certificates.fingerprint(certificate.get())));
		} catch (PackageException | IllegalArgumentException e) {
			shown.setText(file.getText().isBlank() ? "" : e.getMessage());
		}
		shown.getParent().layout();
		validate();
	}

	@Override
	protected Optional<String> missing() {
		if (certificate.isEmpty()) {
			return Optional.of(Messages.format("hint.certificate"));
		}
		return typed.getText().isBlank() ? Optional.of(Messages.format("hint.fingerprint")) : Optional.empty();
	}

	@Override
	protected void perform() {
		KeyChanges.trustSecretariat(store, certificate.orElseThrow(), typed.getText().strip());
	}
}
