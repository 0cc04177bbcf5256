package org.crm.enlace.specimens.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.specimens.model.PageImage;

/**
 * The images of one editor that the store does not hold (yet, or any more), as cleaned PNG bytes. An imported image
 * waits here until Save: the store attaches files only to saved records, and an import the user undoes, or an editor
 * closed without saving, must leave nothing behind. At Save, {@link #attachNew} stores the waiting images the record
 * refers to, and {@link #detachUnused} removes the attachments it no longer refers to; the bytes of a removed image
 * are kept here, so an undo after the save brings it back and the next save stores it again.
 * <p>
 * Every attachment of a specimen or an alert is one of its images: that is what makes an unreferenced one unused.
 */
final class PendingImages {

	private final Map<PageImage, byte[]> waiting = new IdentityHashMap<>();
	private final Set<PageImage> known = Collections.newSetFromMap(new IdentityHashMap<>());

	/** The images the record had when it was opened: they may be removed, then brought back by undo. */
	void knowStored(List<PageImage> images) {
		known.addAll(images);
	}

	/** An image just imported, not stored yet: it has no attachment id. */
	void add(PageImage image, byte[] png) {
		known.add(image);
		waiting.put(image, png);
	}

	/** The PNG of an image the store does not hold, or {@code null} when it does. */
	byte[] bytesOf(PageImage image) {
		return image.getAttachmentId() == null ? waiting.get(image) : null;
	}

	/** Whether some image of the record waits to be stored. */
	boolean anyToAttach(List<PageImage> inRecord) {
		return inRecord.stream().anyMatch(image -> bytesOf(image) != null);
	}

	/**
	 * Stores the waiting images the (saved) record refers to and gives each its attachment id; their bytes are kept
	 * until the save that refers to them went through (see {@link #detach}).
	 *
	 * @return the images attached now
	 */
	List<PageImage> attachNew(RecordRepository repository, String recordId, List<PageImage> inRecord) {
		List<PageImage> attached = new ArrayList<>();
		try {
			for (PageImage image : inRecord) {
				byte[] png = bytesOf(image);
				if (png != null) {
					String name = image.getLight().getName().toLowerCase(Locale.ROOT) + ".png";
					image.setAttachmentId(repository.attach(recordId, name, "image/png", png).id());
					attached.add(image);
				}
			}
		} catch (StoreException e) {
			detach(repository, attached);
			throw e;
		}
		return attached;
	}

	/** Lets go of the bytes of images the store now holds: a removed one is read back if it must wait again. */
	void forgetStored() {
		waiting.keySet().removeIf(image -> image.getAttachmentId() != null);
	}

	/** Takes back attachments made for a save that did not go through: the images wait again. */
	void detach(RecordRepository repository, List<PageImage> attached) {
		for (PageImage image : attached) {
			repository.detach(image.getAttachmentId());
			image.setAttachmentId(null);
		}
	}

	/**
	 * Removes the record's attachments that none of its images refers to any more (a removed, replaced or undone
	 * image), after keeping the bytes of those this editor knows.
	 *
	 * @return how many were removed
	 */
	int detachUnused(RecordRepository repository, String recordId, List<PageImage> inRecord) {
		Set<String> used = inRecord.stream().map(PageImage::getAttachmentId).collect(Collectors.toSet());
		int removed = 0;
		for (Attachment attachment : repository.attachments(recordId)) {
			if (used.contains(attachment.id())) {
				continue;
			}
			for (PageImage image : known) {
				if (attachment.id().equals(image.getAttachmentId())) {
					waiting.computeIfAbsent(image, i -> repository.readAttachment(attachment.id()));
					image.setAttachmentId(null);
				}
			}
			if (repository.detach(attachment.id())) {
				removed++;
			}
		}
		return removed;
	}
}
