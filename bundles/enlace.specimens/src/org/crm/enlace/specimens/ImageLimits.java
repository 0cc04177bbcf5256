package org.crm.enlace.specimens;

/**
 * How large an image {@link ImageImport} accepts. Both are checked before any pixel is decoded: the byte size first,
 * then the width and height the file's header declares, so a small file that would decode into gigabytes (a
 * decompression bomb) is refused without trying.
 *
 * @param maxBytes  the most bytes a file may have
 * @param maxPixels the most pixels (width times height) an image may declare
 */
public record ImageLimits(long maxBytes, long maxPixels) {

	/**
	 * 32 MiB and 40 megapixels: a TD3 data page scanned at 1200 dpi is about 24 megapixels; decoded, 40 megapixels
	 * take 160 MB of memory.
	 */
	public static final ImageLimits DEFAULT = new ImageLimits(32L * 1024 * 1024, 40_000_000L);

	public ImageLimits {
		if (maxBytes <= 0 || maxPixels <= 0) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}
}
