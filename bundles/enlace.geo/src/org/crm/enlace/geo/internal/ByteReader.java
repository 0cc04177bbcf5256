package org.crm.enlace.geo.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads the boundary file's varints, strings and doubles from its bytes (format: releng/geodata/convert.js). */
public final class ByteReader {

	private final byte[] bytes;
	private int position;

	public ByteReader(byte[] bytes) {
		this.bytes = bytes;
	}

	public boolean startsWith(String magic) {
		byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
		if (bytes.length < expected.length
				|| !Arrays.equals(bytes, 0, expected.length, expected, 0, expected.length)) {
			return false;
		}
		position = expected.length;
		return true;
	}

	/** An unsigned LEB128 varint that fits an int. */
	public int varint() throws IOException {
		long value = 0;
		for (int shift = 0; shift < 35; shift += 7) {
			int b = next();
			value |= (long) (b & 0x7f) << shift;
			if ((b & 0x80) == 0) {
				if (value > Integer.MAX_VALUE) {
					throw new IOException("varint out of range at " + position);
				}
				return (int) value;
			}
		}
		throw new IOException("varint too long at " + position);
	}

	/** A zigzag-encoded signed varint. */
	public int zigzag() throws IOException {
		int value = varint();
		return (value >>> 1) ^ -(value & 1);
	}

	public String string() throws IOException {
		int length = varint();
		require(length);
		String text = new String(bytes, position, length, StandardCharsets.UTF_8);
		position += length;
		return text;
	}

	/** A big-endian IEEE 754 double. */
	public double doubleValue() throws IOException {
		require(8);
		long bits = 0;
		for (int i = 0; i < 8; i++) {
			bits = (bits << 8) | (bytes[position++] & 0xff);
		}
		return Double.longBitsToDouble(bits);
	}

	public boolean atEnd() {
		return position == bytes.length;
	}

	private int next() throws IOException {
		require(1);
		return bytes[position++] & 0xff;
	}

	private void require(int count) throws IOException {
		if (count < 0 || position + count > bytes.length) {
			throw new EOFException("boundary file ends at " + position);
		}
	}
}
