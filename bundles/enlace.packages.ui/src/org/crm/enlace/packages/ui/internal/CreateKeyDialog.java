package org.crm.enlace.packages.ui.internal;

import java.util.Arrays;
import java.util.Optional;

import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.packages.KeyChanges;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Creates the node's key pair and certificate for the user's organization, the key under a password typed twice
 * (as long as an account's at least). The key store refuses to replace a key the node has.
 */
public final class CreateKeyDialog extends FormDialog {

	private final RecordStore store;
	private final String organization;
	private final Clock clock;
	private Text password;
	private Text again;

	public CreateKeyDialog(Shell parent, RecordStore store, String organization, Clock clock) {
		super(parent, "createKey");
		this.store = store;
		this.organization = organization;
		this.clock = clock;
	}

	@Override
	protected void fill(Composite form) {
		password = checked(Fields.text(form, "field.password", "exchange.createKey.password", SWT.PASSWORD));
		again = checked(Fields.text(form, "field.passwordAgain", "exchange.createKey.again", SWT.PASSWORD));
	}

	@Override
	protected Optional<String> missing() {
		if (password.getCharCount() < Keyring.MIN_PASSWORD_LENGTH) {
			return Optional.of(Messages.format("hint.shortPassword", Keyring.MIN_PASSWORD_LENGTH));
		}
		return password.getText().equals(again.getText()) ? Optional.empty()
				: Optional.of(Messages.format("hint.passwordsDiffer"));
	}

	@Override
	protected void perform() {
		char[] secret = password.getTextChars();
		try {
			BusyIndicator.showWhile(getShell().getDisplay(),
					() -> KeyChanges.create(store, organization, secret, clock.now()));
		} finally {
			Arrays.fill(secret, '\0');
		}
	}
}
