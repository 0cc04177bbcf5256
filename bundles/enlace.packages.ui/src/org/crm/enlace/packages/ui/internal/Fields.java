package org.crm.enlace.packages.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.crm.enlace.ui.AttributeForm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/**
 * The rows of the exchange dialogs, on a grid of three columns: a label, a field, and a button to browse for a file
 * where the field names one. Each field carries an {@code enlace.widget} id, by which tests find it.
 */
public final class Fields {

	public static final int COLUMNS = 3;
	/** Wide enough for a SHA-256 fingerprint on one line. */
	private static final int FIELD_WIDTH = 640;

	private Fields() {
	}

	public static <T extends Widget> T id(T widget, String id) {
		widget.setData(AttributeForm.WIDGET_ID, id);
		return widget;
	}

	/** A text field ({@code SWT.PASSWORD} for a secret) after its label. */
	public static Text text(Composite form, String labelKey, String id, int style) {
		new Label(form, SWT.NONE).setText(Messages.format(labelKey));
		Text text = id(new Text(form, SWT.BORDER | SWT.SINGLE | style), id);
		spanFields(text);
		return text;
	}

	/** A file's path, typed or chosen with the button beside it ({@code SWT.SAVE} or {@code SWT.OPEN}). */
	public static Text file(Composite form, String labelKey, String id, int mode, String suggestedName) {
		new Label(form, SWT.NONE).setText(Messages.format(labelKey));
		Text text = id(new Text(form, SWT.BORDER | SWT.SINGLE), id);
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(text);
		Button browse = id(new Button(form, SWT.PUSH), id + ".browse");
		browse.setText(Messages.format("button.browse"));
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(form.getShell(), mode);
			dialog.setFileName(text.getText().isBlank() ? suggestedName : text.getText());
			dialog.setOverwrite(mode == SWT.SAVE);
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	/** A line of text over the field columns, for what the dialog found out (a fingerprint). */
	public static Label note(Composite form) {
		new Label(form, SWT.NONE);
		Label note = new Label(form, SWT.WRAP);
		spanFields(note);
		return note;
	}

	private static void spanFields(Control control) {
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).span(COLUMNS - 1, 1)
				.applyTo(control);
	}

	public static void column(Table table, String key, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(Messages.format(key));
		column.setWidth(width);
	}

	/** The file named in {@code field}. */
	public static Path path(Text field) {
		return Path.of(field.getText().strip());
	}

	/**
	 * The bytes of the file named in {@code field}.
	 *
	 * @throws IllegalArgumentException with a message for the user when it cannot be read
	 */
	public static byte[] read(Text field) {
		return read(path(field));
	}

	/**
	 * Writes {@code content} whole or not at all: to a file beside the target, then moved over it.
	 *
	 * @throws IllegalArgumentException with a message for the user when it cannot be written
	 */
	public static void write(Path file, byte[] content) {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try {
			Files.write(partial, content);
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | SecurityException e) {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException ignored) {
				// Nothing more to undo: the target was not touched.
			}
			throw new IllegalArgumentException(Messages.format("error.unwritable", file.toString()), e);
		}
	}

	/** See {@link #read(Text)}. */
	public static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException | SecurityException e) {
			throw new IllegalArgumentException(Messages.format("error.unreadable", file.toString()), e);
		}
	}
}
