package org.crm.enlace.app.parts;

import org.crm.enlace.app.internal.Messages;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.user.CurrentUser;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/** The home page of every perspective: who is working, where the data lives, and which work areas are installed. */
public final class OverviewPart {

	private Label title;

	@PostConstruct
	void create(Composite parent, CurrentUser user, RecordStore store, MApplication application) {
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 10).applyTo(parent);
		title = label(parent, Messages.get("overview.title"));
		title.setFont(JFaceResources.getHeaderFont());
		label(parent, Messages.get("overview.subtitle"));
		label(parent, Messages.format("overview.user", user.userName(), user.country(),
				Messages.role(user.role())));
		label(parent, Messages.format("overview.data", store.dataFolder()));
		label(parent, Messages.get("overview.plan"));
		label(parent, Messages.get("overview.areas"));
		application.getDescriptors().stream()
				.filter(d -> d.getTags().contains("enlace.workarea"))
				.map(MPartDescriptor::getLocalizedLabel)
				.distinct()
				.forEach(name -> label(parent, "  •  " + name));
	}

	@Focus
	void focus() {
		title.setFocus();
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(720, SWT.DEFAULT).applyTo(label);
		return label;
	}
}
