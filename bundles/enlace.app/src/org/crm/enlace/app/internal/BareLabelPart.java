package org.crm.enlace.app.internal;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * The only part of the start-up benchmark's bare window: one label. Its text is the part's own model label, so it
 * comes from the bundle's translations like every other text of the product.
 */
public final class BareLabelPart {

	@PostConstruct
	void create(Composite parent, MPart part) {
		parent.setLayout(new FillLayout());
		new Label(parent, SWT.CENTER).setText(part.getLocalizedLabel());
	}
}
