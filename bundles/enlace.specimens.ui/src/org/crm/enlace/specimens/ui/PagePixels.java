package org.crm.enlace.specimens.ui;

import java.awt.image.BufferedImage;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.specimens.ImageImport;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.ImageRefusedException;
import org.crm.enlace.specimens.model.PageImage;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Image bytes made into SWT pixels, always through {@link ImageImport#decode} and its limits: a stored attachment
 * passed them once, but a questioned photo opened from disk has not, and one path for both keeps a crafted file from
 * reaching a decoder unchecked. Nothing is kept: the caller makes the one SWT image it shows.
 */
public final class PagePixels {

	private static final ImageImport DECODER = new ImageImport(ImageLimits.DEFAULT);

	private PagePixels() {
	}

	/** A stored page image's pixels, read through the repository (which decides whether the user may see them). */
	public static ImageData of(RecordRepository repository, PageImage image) {
		return decode(repository.readAttachment(image.getAttachmentId()));
	}

	/**
	 * @throws ImageRefusedException with a message for the user when the bytes are no image, too large or damaged
	 */
	public static ImageData decode(byte[] content) {
		return swt(DECODER.decode(content));
	}

	/* 24-bit direct colour, one row at a time so no second full copy of the pixels is made as an int array. */
	static ImageData swt(BufferedImage pixels) {
		int width = pixels.getWidth();
		int height = pixels.getHeight();
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			pixels.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}
}
