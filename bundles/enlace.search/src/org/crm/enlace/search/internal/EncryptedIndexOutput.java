package org.crm.enlace.search.internal;

import java.io.IOException;
import java.util.zip.CRC32;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.IndexOutput;

/**
 * Writes a file of {@link EncryptedDirectory}: its header, then the plaintext encrypted in buffer-sized pieces.
 * Position and checksum are the plaintext's, as Lucene's footers expect.
 */
final class EncryptedIndexOutput extends IndexOutput {

	private static final int BUFFER_SIZE = 8192;

	private final IndexOutput out;
	private final AesCtr ctr;
	private final CRC32 crc = new CRC32();
	private final byte[] buffer = new byte[BUFFER_SIZE];
	private int buffered;
	/** How much of the buffer the checksum covers: it is asked for before the buffer is full. */
	private int summed;
	private long flushed;
	private boolean closed;

	EncryptedIndexOutput(IndexOutput out, AesCtr ctr, byte[] iv) throws IOException {
		super("Encrypted(" + out + ")", out.getName());
		this.out = out;
		this.ctr = ctr;
		CodecUtil.writeHeader(out, EncryptedDirectory.CODEC, EncryptedDirectory.VERSION);
		out.writeBytes(iv, iv.length);
	}

	@Override
	public void writeByte(byte b) throws IOException {
		if (buffered == BUFFER_SIZE) {
			flushBuffer();
		}
		buffer[buffered++] = b;
	}

	@Override
	public void writeBytes(byte[] b, int offset, int length) throws IOException {
		while (length > 0) {
			if (buffered == BUFFER_SIZE) {
				flushBuffer();
			}
			int part = Math.min(length, BUFFER_SIZE - buffered);
			System.arraycopy(b, offset, buffer, buffered, part);
			buffered += part;
			offset += part;
			length -= part;
		}
	}

	@Override
	public long getFilePointer() {
		return flushed + buffered;
	}

	@Override
	public long getChecksum() {
		sumBuffer();
		return crc.getValue();
	}

	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		try (out) {
			flushBuffer();
		}
	}

	private void sumBuffer() {
		crc.update(buffer, summed, buffered - summed);
		summed = buffered;
	}

	private void flushBuffer() throws IOException {
		sumBuffer();
		ctr.apply(flushed, buffer, 0, buffered);
		out.writeBytes(buffer, 0, buffered);
		flushed += buffered;
		buffered = 0;
		summed = 0;
	}
}
