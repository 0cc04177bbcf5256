package org.crm.enlace.packages.ui.internal;

import java.util.Optional;

import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.packages.PackageException;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A dialog of the exchange part: a form whose OK button stays disabled, with a hint saying what is missing, until the
 * form is complete; then OK does the dialog's work, and a refusal (a wrong password, a fingerprint that does not
 * match) is shown in the dialog, which stays open with everything as it was. Texts are {@code KEY.title} and
 * {@code KEY.message}; the shell's {@code enlace.widget} id is {@code exchange.KEY}.
 */
public abstract class FormDialog extends TitleAreaDialog {

	private final String key;

	protected FormDialog(Shell parent, String key) {
		super(parent);
		this.key = key;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.format(key + ".title"));
		shell.setData(AttributeForm.WIDGET_ID, "exchange." + key);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.format(key + ".title"));
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(Fields.COLUMNS).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		fill(form);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Fields.id(createButton(parent, IDialogConstants.OK_ID, Messages.format("button.ok"), true),
				"exchange." + key + ".ok");
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.format("button.cancel"), false);
		validate();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** Adds the form's rows, each calling {@link #validate()} when it changes. */
	protected abstract void fill(Composite form);

	/** What the form still lacks, in words, or nothing when OK may be pressed. */
	protected abstract Optional<String> missing();

	/**
	 * Does the dialog's work.
	 *
	 * @throws PackageException, StoreException or IllegalArgumentException with a message for the user
	 */
	protected abstract void perform();

	/** Re-checks the form: the hint and the OK button follow. */
	protected final void validate() {
		Optional<String> missing = missing();
		setErrorMessage(null);
		setMessage(missing.orElse(Messages.format(key + ".message")));
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(missing.isEmpty());
		}
	}

	/** A field that re-checks the form as it is typed in. */
	protected final Text checked(Text field) {
		field.addListener(SWT.Modify, e -> validate());
		return field;
	}

	@Override
	protected void okPressed() {
		try {
			perform();
		} catch (PackageException | StoreException | IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}
}
