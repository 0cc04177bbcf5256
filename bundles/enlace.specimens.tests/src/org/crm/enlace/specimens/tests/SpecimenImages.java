package org.crm.enlace.specimens.tests;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Test images drawn here, never a real document: a card with wavy lines and the word SPECIMEN across it, in any
 * format javax.imageio writes, optionally with a text comment in its metadata; and a crafted PNG header.
 */
final class SpecimenImages {

	/** What the comment metadata says, to look for in the bytes. */
	static final String SECRET = "GPS 14.6349N 90.5069W camera-serial-FICTITIOUS";

	private SpecimenImages() {
	}

	static BufferedImage drawn(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(0xE8F0E0));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0x5A8F6A));
		g.setStroke(new BasicStroke(1f));
		for (int line = 0; line < height; line += 8) {
			for (int x = 0; x < width; x += 4) {
				g.drawLine(x, line + (int) (3 * Math.sin(x / 9.0)), x + 4, line + (int) (3 * Math.sin((x + 4) / 9.0)));
			}
		}
		g.setColor(new Color(0xB00020));
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 5)));
		g.drawString("SPECIMEN", width / 10, height / 2);
		g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, Math.max(8, height / 14)));
		g.drawString("P<XXXFICTICIO<<MUESTRA<<<<<<<<", 4, height - 6);
		g.dispose();
		return image;
	}

	static byte[] encoded(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The image in {@code format} with {@link #SECRET} as a text comment (PNG tEXt, JPEG COM) in its metadata. */
	static byte[] withComment(BufferedImage image, String format) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
					writer.getDefaultWriteParam());
			IIOMetadataNode entry = new IIOMetadataNode("TextEntry");
			entry.setAttribute("keyword", "comment");
			entry.setAttribute("value", SECRET);
			IIOMetadataNode text = new IIOMetadataNode("Text");
			text.appendChild(entry);
			IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
			root.appendChild(text);
			metadata.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, root);
			writer.setOutput(stream);
			writer.write(new IIOImage(image, null, metadata));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** A PNG signature and IHDR chunk declaring this size, then an empty IEND: a header and no pixels. */
	static byte[] pngHeader(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
				.put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	static boolean contains(byte[] content, String text) {
		return new String(content, StandardCharsets.ISO_8859_1).contains(text);
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}
}
