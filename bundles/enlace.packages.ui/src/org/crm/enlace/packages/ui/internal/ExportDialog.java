package org.crm.enlace.packages.ui.internal;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.packages.Certificates;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * What to export: the recipients, checked on the trust list; an optional period of modification (ISO 8601 days, UTC,
 * the last day included); the package file; the node key password that signs it. The part does the export, with
 * progress.
 */
public final class ExportDialog extends FormDialog {

	/** The dialog's answer; the caller clears the password once used. */
	public record Request(Map<String, X509Certificate> recipients, Optional<Instant> since, Optional<Instant> until,
			Path file, char[] password) {
	}

	private final Map<String, X509Certificate> trusted;
	private final String suggestedName;
	private Table recipients;
	private Text from;
	private Text to;
	private Text file;
	private Text password;
	private Request request;

	/** @param trusted the organizations a package may go to, with their certificates */
	public ExportDialog(Shell parent, Map<String, X509Certificate> trusted, String suggestedName) {
		super(parent, "exportPackage");
		this.trusted = trusted;
		this.suggestedName = suggestedName;
	}

	@Override
	protected void fill(Composite form) {
		Label label = new Label(form, SWT.NONE);
		label.setText(Messages.format("field.recipients"));
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(label);
		recipients = Fields.id(new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL), "exchange.export.recipients");
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).span(Fields.COLUMNS - 1, 1)
				.applyTo(recipients);
		trusted.forEach((organization, certificate) -> {
			TableItem item = new TableItem(recipients, SWT.NONE);
			item.setText(organization + "  " + Certificates.fingerprint(certificate));
			item.setData(organization);
		});
		recipients.addListener(SWT.Selection, e -> validate());
		from = checked(Fields.text(form, "field.from", "exchange.export.from", SWT.NONE));
		to = checked(Fields.text(form, "field.to", "exchange.export.to", SWT.NONE));
		file = checked(Fields.file(form, "field.packageFile", "exchange.export.file", SWT.SAVE, suggestedName));
		password = checked(Fields.text(form, "field.password", "exchange.export.password", SWT.PASSWORD));
	}

	@Override
	protected Optional<String> missing() {
		if (trusted.isEmpty()) {
			return Optional.of(Messages.format("hint.noRecipients"));
		}
		if (chosen().isEmpty()) {
			return Optional.of(Messages.format("hint.recipients"));
		}
		for (Text day : new Text[] { from, to }) {
			if (!day.getText().isBlank() && day(day, 0).isEmpty()) {
				return Optional.of(Messages.format("hint.badDay", day.getText().strip()));
			}
		}
		if (file.getText().isBlank()) {
			return Optional.of(Messages.format("hint.file"));
		}
		return password.getCharCount() == 0 ? Optional.of(Messages.format("hint.password")) : Optional.empty();
	}

	@Override
	protected void perform() {
		// The period ends at the start of the day after the last, so that day is included.
		request = new Request(chosen(), day(from, 0), day(to, 1), Fields.path(file), password.getTextChars());
	}

	public Request request() {
		return request;
	}

	private Map<String, X509Certificate> chosen() {
		Map<String, X509Certificate> chosen = new LinkedHashMap<>();
		for (TableItem item : recipients.getItems()) {
			if (item.getChecked()) {
				chosen.put((String) item.getData(), trusted.get(item.getData()));
			}
		}
		return chosen;
	}

	private static Optional<Instant> day(Text field, int daysLater) {
		try {
			return field.getText().isBlank() ? Optional.empty()
					: Optional.of(LocalDate.parse(field.getText().strip()).plusDays(daysLater)
							.atStartOfDay(ZoneOffset.UTC).toInstant());
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
