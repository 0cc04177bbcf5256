package org.crm.enlace.specimens;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.specimens.internal.Messages;

/**
 * Small PNG versions of page images for lists and page strips, kept in memory by attachment id, the least recently
 * used dropped beyond a bound. One per repository, i.e. per signed-in user: the first read of each image goes through
 * the repository, which decides whether the user may see it, and the cache never serves another user.
 */
public final class Thumbnails {

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

	private BufferedImage read(String attachmentId) {
		try {
			BufferedImage image = ImageIO.read(ImageImport.inMemory(repository.readAttachment(attachmentId)));
			if (image == null) {
				throw new ImageRefusedException(Messages.get("image.notImage"));
			}
			return image;
		} catch (IOException e) {
			throw new ImageRefusedException(Messages.get("image.damaged"), e);
		}
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
