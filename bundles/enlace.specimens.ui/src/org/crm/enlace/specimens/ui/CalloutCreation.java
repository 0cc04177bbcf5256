package org.crm.enlace.specimens.ui;

import java.util.List;

import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.PageImage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Makes the command that adds a callout: the one place a callout is created in an editor, whether from the table's
 * Add button (a box in the middle of the image) or from a box drawn with the mouse on the image
 * ({@link CalloutDrawing}). The box is
 * in image pixels and is clipped to the image; the callout takes the next number of the record and the image's light.
 *
 * @param owner    the page, or the alert, that holds the callouts
 * @param callouts the owner's list of callouts (a page's callouts, an alert's deviations)
 */
public record CalloutCreation(EditingDomain domain, EObject owner, EReference callouts) {

	/** A box centred on the image, half its width and height: what Add proposes before the user adjusts it. */
	public static ViewTransform.Box middleOf(PageImage image) {
		return new ViewTransform.Box(image.getWidth() / 4, image.getHeight() / 4, Math.max(1, image.getWidth() / 2),
				Math.max(1, image.getHeight() / 2));
	}

	/** The next free number: one more than the highest of the record's callouts. */
	public static int nextNumber(List<Callout> recordCallouts) {
		return recordCallouts.stream().mapToInt(Callout::getNumber).max().orElse(0) + 1;
	}

	/**
	 * @param box            in image pixels, as the view's {@code toImage(x1, y1, x2, y2)} gives a dragged box
	 * @param recordCallouts every callout of the record, for the number
	 */
	public Command create(PageImage image, ViewTransform.Box box, List<Callout> recordCallouts) {
		return create(image, box, recordCallouts, null);
	}

	/** @param featureCode the security feature type of the new callout, or {@code null} to choose it later */
	public Command create(PageImage image, ViewTransform.Box box, List<Callout> recordCallouts, String featureCode) {
		ViewTransform.Box clipped = clip(image, box);
		Callout callout = Specimens.callout(image, nextNumber(recordCallouts), featureCode, clipped.x(), clipped.y(),
				clipped.width(), clipped.height());
		return AddCommand.create(domain, owner, callouts, callout);
	}

	/** The part of the box inside the image, at least one pixel wide and high. */
	public static ViewTransform.Box clip(PageImage image, ViewTransform.Box box) {
		int x = clamp(box.x(), 0, Math.max(0, image.getWidth() - 1));
		int y = clamp(box.y(), 0, Math.max(0, image.getHeight() - 1));
		int width = clamp(box.width() - (x - box.x()), 1, image.getWidth() - x);
		int height = clamp(box.height() - (y - box.y()), 1, image.getHeight() - y);
		return new ViewTransform.Box(x, y, width, height);
	}

	private static int clamp(int value, int low, int high) {
		return Math.max(low, Math.min(value, Math.max(low, high)));
	}
}
