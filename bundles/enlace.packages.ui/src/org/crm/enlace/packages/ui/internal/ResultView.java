package org.crm.enlace.packages.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.core.store.Receipt;
import org.crm.enlace.packages.PackageImport.Outcome;
import org.crm.enlace.packages.PackageManifest;
import org.crm.enlace.packages.ReceivedPackage;
import org.crm.enlace.packages.ReceivedRecord;
import org.crm.enlace.packages.Verdicts;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * What the last export, import or inspection did: a sentence with the counts, and the records concerned by id, owner,
 * version and the reason in words, never anything a record holds.
 */
public final class ResultView {

	private final Label summary;
	private final Table records;

	public ResultView(Composite parent) {
		summary = Fields.id(new Label(parent, SWT.WRAP), "exchange.result");
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
		records = Fields.id(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), "exchange.records");
		records.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(records);
		Fields.column(records, "column.record", 300);
		Fields.column(records, "column.owner", 90);
		Fields.column(records, "column.version", 70);
		Fields.column(records, "column.reason", 560);
	}

	public void say(String text) {
		records.removeAll();
		summary.setText(text);
		summary.getParent().layout(true, true);
	}

	public void imported(Path file, Outcome outcome) {
		String sender = outcome.manifest().map(PackageManifest::sender).orElse("-");
		if (outcome.imported()) {
			Receipt receipt = outcome.receipt().orElseThrow();
			say(Messages.format("result.imported", file.toString(), sender, receipt.added(), receipt.replaced(),
					receipt.unchanged(), receipt.own()));
			return;
		}
		say(Messages.format("result.rejected", file.toString(), sender));
		outcome.rejected().forEach(this::row);
		for (Receipt.Refusal refusal : outcome.receipt().map(Receipt::refusals).orElse(List.of())) {
			row(refusal.recordId(), "", refusal.version(), Verdicts.of(refusal.reason()));
		}
	}

	public void inspected(Path file, ReceivedPackage received) {
		PackageManifest manifest = received.manifest();
		long refused = received.records().stream().filter(record -> !record.isValid()).count();
		say(Messages.format("result.inspected", file.toString(), manifest.sender(),
				String.join(",", manifest.recipients()), manifest.createdAt().toString(), received.records().size(),
				received.records().size() - refused, refused));
		received.records().forEach(this::row);
	}

	public String summary() {
		return summary.getText();
	}

	public Table records() {
		return records;
	}

	private void row(ReceivedRecord record) {
		row(record.signed().id(), record.signed().owner(), record.signed().version(), Verdicts.of(record.status()));
	}

	private void row(String id, String owner, int version, String reason) {
		new TableItem(records, SWT.NONE).setText(new String[] { id, owner, String.valueOf(version), reason });
	}
}
