package org.crm.enlace.specimens.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.specimens.ImageRefusedException;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.ui.SpecimenCanvas;
import org.crm.enlace.specimens.ui.internal.Sheet.Shot;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * A light switch over a {@link SpecimenCanvas}: radio buttons (with mnemonics) for the lights the sheet has images
 * for, and nothing else, so a user never picks a light with no image.
 */
public final class ImagePane {

	private final String id;
	private final Composite lights;
	private final Label message;
	private final SpecimenCanvas canvas;
	private final List<Runnable> imageListeners = new ArrayList<>();
	private Sheet sheet;
	private Shot shown;

	public ImagePane(Composite parent, String id) {
		this.id = id;
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(pane);
		lights = new Composite(pane, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(12).applyTo(lights);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(lights);
		message = new Label(pane, SWT.WRAP);
		message.setData(AttributeForm.WIDGET_ID, id + ".message");
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(message);
		message.setVisible(false);
		canvas = new SpecimenCanvas(pane, SWT.BORDER);
		canvas.setData(AttributeForm.WIDGET_ID, id + ".canvas");
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(canvas);
	}

	public Control control() {
		return canvas.getParent();
	}

	public SpecimenCanvas canvas() {
		return canvas;
	}

	/** The light shown, if an image is. */
	public Optional<Light> light() {
		return Optional.ofNullable(shown).map(Shot::light);
	}

	public Optional<Shot> shown() {
		return Optional.ofNullable(shown);
	}

	/** Hears of every new image shown (a page or light switched). */
	public void addImageListener(Runnable listener) {
		imageListeners.add(listener);
	}

	/** Shows the sheet under {@code preferred} light when it has an image under it, else under its first light. */
	public void show(Sheet newSheet, Light preferred) {
		sheet = newSheet;
		for (Control old : lights.getChildren()) {
			old.dispose();
		}
		if (sheet == null || sheet.shots().isEmpty()) {
			shown = null;
			canvas.clear();
			say(sheet == null ? "" : Messages.format("viewer.noImages"));
			lights.getParent().layout(true, true);
			imageListeners.forEach(Runnable::run);
			return;
		}
		for (Light light : sheet.lights()) {
			Button button = new Button(lights, SWT.RADIO);
			button.setText(Messages.format("viewer.light." + light.getName()));
			button.setData(AttributeForm.WIDGET_ID, id + ".light." + light.getName());
			button.setData(light);
			button.addListener(SWT.Selection, e -> {
				if (button.getSelection()) {
					showLight(light);
				}
			});
		}
		lights.getParent().layout(true, true);
		showLight(sheet.lights().contains(preferred) ? preferred : sheet.lights().getFirst());
	}

	/** Switches to the image under this light, if the sheet has one. */
	public void showLight(Light light) {
		Optional<Shot> shot = sheet == null ? Optional.empty() : sheet.shot(light);
		if (shot.isEmpty() || shot.get() == shown) {
			return;
		}
		for (Control child : lights.getChildren()) {
			((Button) child).setSelection(child.getData() == light);
		}
		shown = shot.get();
		String name = Messages.format("viewer.imageName", sheet.label(), Messages.format("viewer.light." + light.getName())
				.replace("&", ""));
		try {
			canvas.show(shown.pixels().get(), shown.callouts(), name);
			say("");
		} catch (ImageRefusedException e) {
			canvas.clear();
			say(e.getMessage());
		}
		imageListeners.forEach(Runnable::run);
	}

	/* A line above the canvas for what went wrong; hidden when all is well. */
	private void say(String text) {
		boolean visible = !text.isEmpty();
		message.setText(text);
		message.setVisible(visible);
		((org.eclipse.swt.layout.GridData) message.getLayoutData()).exclude = !visible;
		message.getParent().layout(true, true);
	}
}
