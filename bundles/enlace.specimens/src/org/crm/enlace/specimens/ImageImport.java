package org.crm.enlace.specimens;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.specimens.internal.Messages;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimensFactory;

/**
 * Brings a PNG, JPEG or TIFF file into a record as a page image, headless (javax.imageio). In this order, and
 * refusing with a message that names the limit or the fault: the byte size; the format, recognised from the content,
 * not the name; the width and height the header declares, before any pixel is decoded; then the pixels themselves,
 * where a truncated or damaged file fails. What is stored is the decoded pixels encoded anew as PNG, so no metadata of
 * the original (EXIF, GPS position, comments, the camera's serial number) survives; the store encrypts it like every
 * attachment.
 */
public final class ImageImport {

	private static final Set<String> FORMATS = Set.of("png", "jpeg", "tiff");

	/** The PNG writer's quality for deflate level 1 (it takes level = 9 x (1 - quality)). */
	private static final float FAST_DEFLATE = 0.875f;

	private final ImageLimits limits;

	public ImageImport(ImageLimits limits) {
		this.limits = limits;
	}

	/**
	 * Cleans {@code content} and attaches it to the (stored) record; the caller adds the returned image to a page or
	 * an alert and saves the record.
	 *
	 * @throws ImageRefusedException when the file is too large, not an image of an accepted format, or damaged;
	 *                               nothing is stored then
	 */
	public PageImage importImage(RecordRepository repository, String recordId, Light light, byte[] content) {
		BufferedImage pixels = decode(content);
		return attachPng(repository, recordId, light, png(pixels), pixels.getWidth(), pixels.getHeight());
	}

	/**
	 * Attaches a PNG made by {@link #png} to the (stored) record, as {@link #importImage} does once it has checked
	 * and cleaned a file: for images drawn here, which need no check (the demo specimens).
	 */
	public static PageImage attachPng(RecordRepository repository, String recordId, Light light, byte[] png,
			int width, int height) {
		Attachment attachment = repository.attach(recordId, light.getName().toLowerCase(Locale.ROOT) + ".png",
				"image/png", png);
		PageImage image = SpecimensFactory.eINSTANCE.createPageImage();
		image.setLight(light);
		image.setAttachmentId(attachment.id());
		image.setWidth(width);
		image.setHeight(height);
		return image;
	}

	/** The file's pixels, once every check has passed. */
	public BufferedImage decode(byte[] content) {
		return decode(content, 0);
	}

	/**
	 * The pixels at a reduced size, for a thumbnail: every n-th row and column is read (ImageIO's source
	 * subsampling), n as large as keeps the longest side at least {@code longestEdge}, so no full-resolution raster
	 * is made. The same checks as {@link #decode(byte[])}.
	 *
	 * @param longestEdge the smallest longest side wanted; 0 for every pixel
	 */
	public BufferedImage decode(byte[] content, int longestEdge) {
		if (content.length > limits.maxBytes()) {
			throw refused("image.bytes", content.length, limits.maxBytes());
		}
		try (ImageInputStream input = inMemory(content)) {
			ImageReader reader = reader(input);
			try {
				reader.setInput(input, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width * height > limits.maxPixels()) {
					throw refused("image.pixels", width, height, limits.maxPixels() / 1_000_000.0);
				}
				List<String> warnings = new ArrayList<>();
				reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
				ImageReadParam every = reader.getDefaultReadParam();
				int step = longestEdge <= 0 ? 1 : (int) Math.max(1, Math.max(width, height) / longestEdge);
				every.setSourceSubsampling(step, step, 0, 0);
				BufferedImage pixels = reader.read(0, every);
				if (!warnings.isEmpty()) {
					throw refused("image.damaged");
				}
				return pixels;
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			if (e instanceof ImageRefusedException refusal) {
				throw refusal;
			}
			// A reader that fails half-way (an IIOException, or an index or state error on truncated data).
			throw new ImageRefusedException(Messages.get("image.damaged"), e);
		}
	}

	/** The pixels as PNG, with nothing but the pixels: a plain RGB or ARGB raster every PNG reader can show. */
	public static byte[] png(BufferedImage pixels) {
		int type = pixels.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage plain = pixels.getType() == type ? pixels : plain(pixels, type);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			// Deflate level 1 instead of the writer's default 4: about a third faster for some 15 % more bytes,
			// which counts when the demo data set draws some sixty images at a first start.
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(FAST_DEFLATE);
			writer.setOutput(stream);
			writer.write(null, new IIOImage(plain, null, null), param);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static BufferedImage plain(BufferedImage pixels, int type) {
		BufferedImage plain = new BufferedImage(pixels.getWidth(), pixels.getHeight(), type);
		Graphics2D graphics = plain.createGraphics();
		try {
			graphics.drawImage(pixels, 0, 0, null);
		} finally {
			graphics.dispose();
		}
		return plain;
	}

	/**
	 * A stream that buffers in memory: ImageIO's default caches a stream in a temporary file, which would leave the
	 * plain image on disk beside the encrypted store.
	 */
	static ImageInputStream inMemory(byte[] content) {
		return new MemoryCacheImageInputStream(new ByteArrayInputStream(content));
	}

	private static ImageReader reader(ImageInputStream input) {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		if (!readers.hasNext()) {
			throw refused("image.notImage");
		}
		ImageReader reader = readers.next();
		List<String> names = Arrays.stream(reader.getOriginatingProvider().getFormatNames())
				.map(name -> name.toLowerCase(Locale.ROOT)).toList();
		if (names.stream().noneMatch(FORMATS::contains)) {
			reader.dispose();
			throw refused("image.format", names.getFirst().toUpperCase(Locale.ROOT));
		}
		return reader;
	}

	private static ImageRefusedException refused(String key, Object... arguments) {
		return new ImageRefusedException(Messages.format(key, arguments));
	}
}
