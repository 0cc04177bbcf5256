package org.crm.enlace.compliance.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.crm.enlace.compliance.ComplianceBoard;
import org.crm.enlace.compliance.CompliancePeriod;
import org.crm.enlace.compliance.ComplianceRow;
import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.Reminder;
import org.crm.enlace.compliance.Reminders;
import org.crm.enlace.compliance.SpaceApprovals;
import org.crm.enlace.compliance.export.BoardCsv;
import org.crm.enlace.compliance.export.BoardExports;
import org.crm.enlace.compliance.model.SpaceApproval;
import org.crm.enlace.compliance.ui.internal.Messages;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;

import jakarta.annotation.PostConstruct;

/**
 * The 4-month compliance board (timeline of area 1) for the Technical Secretariat and the Pro Tempore Presidency:
 * the approval date (which only the Secretariat records), the board, the chart, the reminders, and exports to PDF,
 * XLSX and CSV, each recorded in the audit log.
 */
public final class CompliancePart {

	private RecordStore store;
	private Clock clock;
	private Label approval;
	private DateTime approvedOn;
	private BoardView view;
	private List<ComplianceRow> rows = List.of();
	private List<Reminder> reminders = List.of();

	@PostConstruct
	void create(Composite parent, RecordStore store, Clock clock, CurrentUser user) {
		this.store = store;
		this.clock = clock;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		approval = new Label(bar, SWT.NONE);
		approval.setData(BoardView.WIDGET_ID, "compliance.approval");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(approval);
		approvedOn = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		Button record = button(bar, "button.recordApproval", this::recordApproval);
		// The store refuses anyone else anyway; the button says so before a click does.
		boolean secretariat = user.role() == Role.SECRETARIAT;
		approvedOn.setEnabled(secretariat);
		record.setEnabled(secretariat);
		button(bar, "button.refresh", this::refresh);
		button(bar, "button.exportPdf", () -> export("pdf", out -> BoardExports.pdf(rows, clock.today(), out)));
		button(bar, "button.exportXlsx", () -> export("xlsx", out -> BoardExports.xlsx(rows, clock.today(), out)));
		button(bar, "button.remindersCsv", () -> exportText("reminders.csv", w -> BoardCsv.reminders(reminders, w)));
		button(bar, "button.remindersText", () -> exportText("reminders.txt",
				w -> append(w, BoardExports.remindersText(reminders))));
		view = new BoardView(parent);
		refresh();
	}

	@Focus
	void focus() {
		view.table().setFocus();
	}

	void refresh() {
		Optional<SpaceApproval> current = SpaceApprovals.current(store);
		approval.setText(current.map(a -> Messages.format("approval.recorded", a.getApprovedOn().toString(),
				new CompliancePeriod(a.getApprovedOn(), clock.today()).deadline().toString())).orElse(Messages.get("approval.none")));
		current.ifPresent(a -> approvedOn.setDate(a.getApprovedOn().getYear(), a.getApprovedOn().getMonthValue() - 1,
				a.getApprovedOn().getDayOfMonth()));
		List<ComplianceSpace> spaces = Services.all(ComplianceSpace.class);
		rows = ComplianceBoard.rows(store, spaces, clock).orElse(List.of());
		reminders = Reminders.of(rows, store, clock.today());
		view.show(rows, reminders);
		approval.getParent().layout();
	}

	private void recordApproval() {
		LocalDate date = LocalDate.of(approvedOn.getYear(), approvedOn.getMonth() + 1, approvedOn.getDay());
		try {
			SpaceApprovals.record(store, date, null);
		} catch (StoreException e) {
			tell(SWT.ICON_ERROR, e.getMessage());
		}
		refresh();
	}

	private void export(String extension, Consumer<OutputStream> writer) {
		chooseFile("enlace-cumplimiento." + extension).ifPresent(file -> {
			store.audit().recordExport("compliance " + extension, rows.size());
			try (OutputStream out = Files.newOutputStream(file)) {
				writer.accept(out);
			} catch (IOException | UncheckedIOException e) {
				tell(SWT.ICON_ERROR, Messages.format("export.failed", file.toString()));
			}
		});
	}

	private void exportText(String name, Consumer<Writer> writer) {
		chooseFile("enlace-" + name).ifPresent(file -> {
			store.audit().recordExport("compliance " + name, reminders.size());
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				writer.accept(out);
			} catch (IOException | UncheckedIOException e) {
				tell(SWT.ICON_ERROR, Messages.format("export.failed", file.toString()));
			}
		});
	}

	private Optional<Path> chooseFile(String suggested) {
		FileDialog dialog = new FileDialog(approval.getShell(), SWT.SAVE);
		dialog.setFileName(suggested);
		dialog.setOverwrite(true);
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}

	private static void append(Writer writer, String text) {
		try {
			writer.write(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void tell(int icon, String message) {
		MessageBox box = new MessageBox(approval.getShell(), icon | SWT.OK);
		box.setMessage(message);
		box.open();
	}

	private static Button button(Composite bar, String key, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(Messages.get(key));
		button.setData(BoardView.WIDGET_ID, "compliance." + key);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}
}
