package org.crm.enlace.specimens.ui;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.Thumbnails;

/**
 * What an editor's image rows share: the images waiting for Save, the thumbnails of stored ones (read as the user,
 * cached per editor) and the import limits.
 */
record EditorImages(PendingImages pending, Thumbnails thumbnails, ImageLimits limits) {

	static EditorImages of(RecordRepository repository, ImageLimits limits) {
		return new EditorImages(new PendingImages(), new Thumbnails(repository, 96, 64), limits);
	}
}
