package org.crm.enlace.packages.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a package file and the node key password that opens it, to import it ({@code importPackage}) or only look
 * inside ({@code inspectPackage}); the part does the work, with progress.
 */
public final class PackageFileDialog extends FormDialog {

	private Text file;
	private Text password;
	private Path chosen;
	private char[] secret;

	public PackageFileDialog(Shell parent, String key) {
		super(parent, key);
	}

	@Override
	protected void fill(Composite form) {
		file = checked(Fields.file(form, "field.packageFile", "exchange.package.file", SWT.OPEN, ""));
		password = checked(Fields.text(form, "field.password", "exchange.package.password", SWT.PASSWORD));
	}

	@Override
	protected Optional<String> missing() {
		if (file.getText().isBlank()) {
			return Optional.of(Messages.format("hint.file"));
		}
		return password.getCharCount() == 0 ? Optional.of(Messages.format("hint.password")) : Optional.empty();
	}

	@Override
	protected void perform() {
		chosen = Fields.path(file);
		secret = password.getTextChars();
	}

	public Path file() {
		return chosen;
	}

	/** The caller clears it once used. */
	public char[] password() {
		return secret;
	}
}
