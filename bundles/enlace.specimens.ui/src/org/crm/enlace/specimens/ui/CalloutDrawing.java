package org.crm.enlace.specimens.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.crm.enlace.specimens.ImageRefusedException;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * An image of the callout table's owner with its callouts drawn on it, under the table: choosing a row shows its
 * image and highlights its box, a click on a box chooses its row. With "Draw feature" on (the button, or the key D on
 * the image) a drag draws a box, and on release the table makes the callout from it through
 * {@link CalloutCreation}, as one undoable step; dragging the selected box from inside moves it, from a corner tab
 * resizes it, also one undoable step each. The table's cells stay the keyboard's way to set a box.
 */
public final class CalloutDrawing {

	private final CalloutTable table;
	private final Function<PageImage, ImageData> pixels;
	private final Combo imageChoice;
	private final SpecimenCanvas canvas;
	private final Button draw;
	private final Label problem;
	private List<PageImage> choices = List.of();
	private PageImage shown;
	private boolean following;

	/** @param pixels the full pixels of an image of the owner; one that cannot be read is named above the canvas */
	CalloutDrawing(Composite parent, CalloutTable table, Function<PageImage, ImageData> pixels, String widgetPrefix) {
		this.table = table;
		this.pixels = pixels;
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.get("editor.drawing.image"));
		imageChoice = new Combo(bar, SWT.READ_ONLY);
		imageChoice.setData(AttributeForm.WIDGET_ID, widgetPrefix + ".drawing.image");
		imageChoice.addListener(SWT.Selection, e -> show(choices.get(imageChoice.getSelectionIndex())));
		draw = new Button(bar, SWT.TOGGLE);
		draw.setText(Messages.get("editor.drawing.draw"));
		draw.setToolTipText(Messages.get("editor.drawing.draw.tip"));
		draw.setData(AttributeForm.WIDGET_ID, widgetPrefix + ".drawing.draw");
		draw.setEnabled(table.editable());
		draw.addListener(SWT.Selection, e -> setDrawing(draw.getSelection()));
		problem = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
		canvas = new SpecimenCanvas(parent, SWT.BORDER);
		canvas.setData(AttributeForm.WIDGET_ID, widgetPrefix + ".drawing.canvas");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 300).applyTo(canvas);
		canvas.addDrawnListener(box -> {
			if (shown != null) {
				table.draw(shown, box);
			}
		});
		canvas.addReshapedListener(table::reshape);
		canvas.addSelectionListener(this::chooseRow);
		canvas.addListener(SWT.KeyDown, e -> {
			if ((e.character == 'd' || e.character == 'D') && table.editable()) {
				setDrawing(!canvas.isDrawing());
			}
		});
		table.viewer().addSelectionChangedListener(e -> {
			if (!following) {
				selectedRow().ifPresent(this::reveal);
			}
		});
		table.afterShowModel(this::showModel);
		showModel();
	}

	public SpecimenCanvas canvas() {
		return canvas;
	}

	/** The image the canvas shows, if any. */
	public Optional<PageImage> shown() {
		return Optional.ofNullable(shown);
	}

	/** As the toggle button and the key D do. */
	public void setDrawing(boolean on) {
		canvas.setDrawing(on);
		draw.setSelection(on);
	}

	/** Shows this image of the owner with its callouts. */
	public void show(PageImage image) {
		shown = image;
		problem.setText("");
		ImageData data = null;
		if (image != null) {
			try {
				data = pixels.apply(image);
			} catch (ImageRefusedException e) {
				problem.setText(e.getMessage());
			}
		}
		canvas.show(data, onShown(), image == null ? "" : EditorTexts.light(image.getLight()));
		if (image == null) {
			imageChoice.deselectAll();
		} else {
			imageChoice.select(choices.indexOf(image));
		}
		problem.getParent().layout();
	}

	/* After each command: the owner's images may have changed, and the callouts on the shown one. */
	private void showModel() {
		if (canvas.isDisposed()) {
			return;
		}
		List<PageImage> now = List.copyOf(table.images());
		if (!now.equals(choices)) {
			choices = now;
			imageChoice.setItems(choices.stream().map(i -> EditorTexts.light(i.getLight())).toArray(String[]::new));
		}
		if (shown == null || !choices.contains(shown)) {
			show(choices.isEmpty() ? null : choices.getFirst());
		} else {
			canvas.setCallouts(onShown());
			imageChoice.select(choices.indexOf(shown));
		}
		selectedRow().filter(canvas.callouts()::contains).ifPresent(canvas::select);
	}

	private List<Callout> onShown() {
		return table.callouts().stream().filter(c -> shown != null && c.getImage() == shown).toList();
	}

	private void reveal(Callout callout) {
		if (callout.getImage() != null && callout.getImage() != shown && choices.contains(callout.getImage())) {
			show(callout.getImage());
		}
		canvas.select(callout);
	}

	private void chooseRow(Callout callout) {
		following = true;
		try {
			table.viewer().setSelection(callout == null ? StructuredSelection.EMPTY : new StructuredSelection(callout),
					true);
		} finally {
			following = false;
		}
	}

	private Optional<Callout> selectedRow() {
		return Optional.ofNullable(
				(Callout) ((IStructuredSelection) table.viewer().getSelection()).getFirstElement());
	}
}
