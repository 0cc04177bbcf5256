package org.crm.enlace.specimens.ui;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.Thumbnails;
import org.crm.enlace.specimens.model.PageImage;
import org.eclipse.swt.graphics.ImageData;

/**
 * What an editor's image rows share: the images waiting for Save, the thumbnails of stored ones (read as the user,
 * cached per editor) and the import limits; and the full pixels of an image, for drawing callouts on it.
 */
record EditorImages(PendingImages pending, Thumbnails thumbnails, ImageLimits limits, RecordRepository repository) {

	static EditorImages of(RecordRepository repository, ImageLimits limits) {
		return new EditorImages(new PendingImages(), new Thumbnails(repository, 96, 64), limits, repository);
	}

	/**
	 * The image's pixels: from the editor while it waits for Save, else from the store.
	 *
	 * @throws org.crm.enlace.specimens.ImageRefusedException when they cannot be read
	 */
	ImageData pixels(PageImage image) {
		byte[] waiting = pending.bytesOf(image);
		return waiting != null ? PagePixels.decode(waiting) : PagePixels.of(repository, image);
	}
}
