package org.crm.enlace.specimens;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crm.enlace.core.store.RecordRepository;

/**
 * Small PNG versions of page images for lists and page strips, kept in memory by attachment id, the least recently
 * used dropped beyond a bound. A thumbnail is made from a subsampled read (every n-th row and column), never from the
 * full-resolution pixels, with the import's checks. One per repository, i.e. per signed-in user: the first read of
 * each image goes through the repository, which decides whether the user may see it, and the cache never serves
 * another user.
 */
public final class Thumbnails {

	private static final ImageImport DECODER = new ImageImport(ImageLimits.DEFAULT);

	private final RecordRepository repository;
	private final int maxEdge;
	private final Map<String, byte[]> cache;

	/**
	 * @param maxEdge  the longest side of a thumbnail, in pixels; smaller images keep their size
	 * @param capacity how many thumbnails are kept
	 */
	public Thumbnails(RecordRepository repository, int maxEdge, int capacity) {
		this.repository = repository;
		this.maxEdge = maxEdge;
		this.cache = new LinkedHashMap<>(16, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
				return size() > capacity;
			}
		};
	}

	/** The thumbnail of an image attachment, as PNG. */
	public synchronized byte[] png(String attachmentId) {
		byte[] cached = cache.get(attachmentId);
		if (cached != null) {
			return cached;
		}
		byte[] thumbnail = ImageImport.png(scaled(read(attachmentId)));
		cache.put(attachmentId, thumbnail);
		return thumbnail;
	}

	/** How many thumbnails are held now. */
	public synchronized int size() {
		return cache.size();
	}

	/* Every n-th row and column only, about twice the thumbnail's size, which the bilinear scaling then smooths. */
	private BufferedImage read(String attachmentId) {
		return DECODER.decode(repository.readAttachment(attachmentId), 2 * maxEdge);
	}

	private BufferedImage scaled(BufferedImage image) {
		double scale = Math.min(1.0, (double) maxEdge / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = small.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(image, 0, 0, width, height, null);
		} finally {
			graphics.dispose();
		}
		return small;
	}
}
