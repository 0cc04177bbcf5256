package org.crm.enlace.specimens.ui.internal;

import java.util.List;

import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.ui.SpecimenCanvas;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** One side of a compare: what it shows (a title), a page chooser and an {@link ImagePane}. */
public final class CompareSide {

	private final Composite side;
	private final Label title;
	private final Combo pages;
	private final ImagePane pane;
	private List<Sheet> sheets = List.of();

	public CompareSide(Composite parent, String id) {
		side = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(side);
		title = new Label(side, SWT.WRAP);
		title.setData(AttributeForm.WIDGET_ID, id + ".title");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(title);
		Label pageLabel = new Label(side, SWT.NONE);
		pageLabel.setText(Messages.format("compare.page"));
		pages = new Combo(side, SWT.READ_ONLY);
		pages.setData(AttributeForm.WIDGET_ID, id + ".pages");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pages);
		pages.addListener(SWT.Selection, e -> showPage(pages.getSelectionIndex()));
		pane = new ImagePane(side, id);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(pane.control());
	}

	/** The top of the side, where a caller adds its source choosers. */
	public Composite composite() {
		return side;
	}

	public ImagePane pane() {
		return pane;
	}

	public SpecimenCanvas canvas() {
		return pane.canvas();
	}

	public void show(String heading, List<Sheet> newSheets) {
		title.setText(heading);
		sheets = newSheets;
		pages.removeAll();
		sheets.forEach(sheet -> pages.add(sheet.label()));
		pages.setEnabled(sheets.size() > 1);
		if (sheets.isEmpty()) {
			pane.show(null, Light.VISIBLE);
		} else {
			pages.select(0);
			showPage(0);
		}
		side.layout(true, true);
	}

	public void showPage(int index) {
		if (index >= 0 && index < sheets.size()) {
			pages.select(index);
			pane.show(sheets.get(index), pane.light().orElse(Light.VISIBLE));
		}
	}
}
