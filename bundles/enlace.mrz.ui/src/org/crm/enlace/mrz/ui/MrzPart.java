package org.crm.enlace.mrz.ui;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.mrz.Finding;
import org.crm.enlace.mrz.Mrz;
import org.crm.enlace.mrz.MrzChecker;
import org.crm.enlace.mrz.MrzField;
import org.crm.enlace.mrz.NotAnMrzException;
import org.crm.enlace.mrz.specimens.SpecimenLookup;
import org.crm.enlace.mrz.specimens.SpecimenMatch;
import org.crm.enlace.mrz.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The MRZ checker (issue 5): a zone pasted or typed is checked at each change and shown as its format, its fields,
 * each check digit passed or failed in words, the warnings, and the specimens of its issuing state and document code
 * when a specimen register is installed. Nothing is stored or logged: a zone is a person's data.
 */
public final class MrzPart {

	private Clock clock;
	private ScrolledComposite scrolled;
	private SpecimenLookup specimenLookup;
	private RecordRepository repository;
	private Text zone;
	private Label status;
	private Table fields;
	private Table checks;
	private Table warnings;
	private Label specimensTitle;
	private Table specimens;
	private Composite results;

	@PostConstruct
	void create(Composite part, Clock clock, @Optional RecordRepository repository) {
		this.repository = repository;
		this.clock = clock;
		part.setLayout(new FillLayout());
		// The tables are as tall as their rows and the part scrolls up and down: no row hides behind a table's own
		// scroll bar. Wide rows scroll sideways in their table, so the zone and its Clear button stay in sight.
		scrolled = new ScrolledComposite(part, SWT.V_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		Composite parent = new Composite(scrolled, SWT.NONE);
		scrolled.setContent(parent);
		scrolled.addListener(SWT.Resize, e -> fitContent());
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		Label prompt = new Label(parent, SWT.NONE);
		prompt.setText(Messages.get("zone.label"));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(prompt);
		zone = new Text(parent, SWT.MULTI | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		zone.setData(AttributeForm.WIDGET_ID, "mrz.zone");
		zone.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, zone.getLineHeight() * 3 + 8)
				.applyTo(zone);
		keyboard(zone);
		zone.addListener(SWT.Modify, e -> check());
		Button clear = new Button(parent, SWT.PUSH);
		clear.setText(Messages.get("zone.clear"));
		clear.setData(AttributeForm.WIDGET_ID, "mrz.clear");
		clear.addListener(SWT.Selection, e -> {
			zone.setText("");
			zone.setFocus();
		});
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(clear);
		status = label(parent, "mrz.status");
		results = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(results);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(results);
		fields = table(results, "mrz.fields", "field", "zone", "reading");
		label(results, "mrz.datesNote").setText(Messages.get("dates.note"));
		checks = table(results, "mrz.checks", "check", "result", "explanation");
		label(results, "mrz.warningsTitle").setText(Messages.get("warnings.title"));
		warnings = table(results, "mrz.warnings", "warning");
		specimensTitle = label(results, "mrz.specimensTitle");
		specimens = table(results, "mrz.specimens", "title", "recordId");
		check();
	}

	/**
	 * The specimen register's lookup, or null while none is installed: the workbench's context finds OSGi services
	 * by interface and injects again when one comes or goes.
	 */
	@Inject
	void specimenLookup(@Optional SpecimenLookup lookup) {
		this.specimenLookup = lookup;
		if (zone != null && !zone.isDisposed()) {
			check();
		}
	}

	@Focus
	void focus() {
		zone.setFocus();
	}

	/* Tab leaves the field instead of typing a tab (no MRZ has one); Ctrl+A selects all, as GTK may not in a text. */
	private static void keyboard(Text text) {
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		text.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a' || e.keyCode == 'A')) {
				text.selectAll();
				e.doit = false;
			}
		});
	}

	/* Checks what the field holds and shows it: at each change, and when a specimen register comes or goes. */
	private void check() {
		clearResults();
		String input = zone.getText();
		boolean checked = false;
		if (input.isBlank()) {
			status.setText(Messages.get("status.empty"));
		} else {
			try {
				show(MrzChecker.check(input));
				checked = true;
			} catch (NotAnMrzException e) {
				status.setText(e.getMessage());
			}
		}
		// Nothing to show below the message when there is no zone: empty tables would only be noise.
		results.setVisible(checked);
		((GridData) results.getLayoutData()).exclude = !checked;
		fitContent();
	}

	private void fitContent() {
		Composite content = status.getParent();
		int width = scrolled.getClientArea().width;
		scrolled.setMinSize(content.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
		content.layout(true, true);
	}

	private void show(Mrz mrz) {
		long failed = mrz.checks().values().stream().filter(passes -> !passes).count();
		String format = Messages.get("format." + mrz.format().name());
		status.setText(failed == 0 ? Messages.format("status.valid", format, mrz.checks().size())
				: Messages.format("status.invalid", format, failed, mrz.checks().size()));
		for (ZoneFields.Row row : ZoneFields.of(mrz, clock.today())) {
			item(fields, row.label(), row.zone(), row.reading());
		}
		mrz.checks().forEach((field, passes) -> item(checks, field.label(Locale.getDefault()),
				Messages.get(passes ? "check.passes" : "check.fails"), passes ? "" : explanation(mrz, field)));
		mrz.warnings().forEach(warning -> item(warnings, warning.text()));
		if (mrz.warnings().isEmpty()) {
			item(warnings, Messages.get("warnings.none"));
		}
		showSpecimens(mrz.issuingState(), mrz.documentCode());
		pack(fields, checks, warnings, specimens);
	}

	private static String explanation(Mrz mrz, MrzField field) {
		return mrz.problems().stream().filter(p -> p.field() == field).map(Finding::text).findFirst().orElse("");
	}

	private void showSpecimens(String issuingState, String documentCode) {
		specimensTitle.setText(Messages.format("specimens.of", issuingState, documentCode));
		if (specimenLookup == null) {
			item(specimens, Messages.get("specimens.notInstalled"));
			return;
		}
		List<SpecimenMatch> found = specimenLookup.find(repository, issuingState, documentCode);
		found.forEach(match -> item(specimens, match.title(), match.recordId()));
		if (found.isEmpty()) {
			item(specimens, Messages.format("specimens.none", issuingState, documentCode));
		}
	}

	private void clearResults() {
		for (Table table : List.of(fields, checks, warnings, specimens)) {
			table.removeAll();
		}
	}

	private static Label label(Composite parent, String id) {
		Label label = new Label(parent, SWT.WRAP);
		label.setData(AttributeForm.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(label);
		return label;
	}

	/* Read-only tables, columns named by messages "column.<name>", reached by Tab in creation order. */
	private static Table table(Composite parent, String id, String... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setData(AttributeForm.WIDGET_ID, id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String column : columns) {
			new TableColumn(table, SWT.NONE).setText(Messages.get("column." + column));
		}
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(table);
		return table;
	}

	private static void item(Table table, String... texts) {
		new TableItem(table, SWT.NONE).setText(texts);
	}

	/* Columns as wide as their texts, the table as tall as its rows (GTK's computed height leaves the last one out). */
	private static void pack(Table... tables) {
		for (Table table : tables) {
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
			int scrollBar = table.getHorizontalBar() == null ? 0 : table.getHorizontalBar().getSize().y;
			((GridData) table.getLayoutData()).heightHint = table.getHeaderHeight()
					+ table.getItemCount() * table.getItemHeight() + 2 * table.getBorderWidth() + scrollBar;
		}
	}
}
