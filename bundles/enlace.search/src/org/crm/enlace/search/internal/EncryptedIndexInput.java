package org.crm.enlace.search.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Reads a file of {@link EncryptedDirectory}, or a slice of one: each buffer refill reads the ciphertext at the
 * plaintext position and decrypts it from there. Clones and slices get their own raw input, since Lucene uses them
 * on other threads.
 */
final class EncryptedIndexInput extends BufferedIndexInput {

	private final AesCtr ctr;
	/** Where this input (a slice, perhaps) starts in the file's plaintext. */
	private final long start;
	private final long length;
	private IndexInput raw;
	private boolean isClone;

	private EncryptedIndexInput(String description, IndexInput raw, AesCtr ctr, long start, long length,
			int bufferSize, boolean isClone) {
		super(description, bufferSize);
		this.raw = raw;
		this.ctr = ctr;
		this.start = start;
		this.length = length;
		this.isClone = isClone;
	}

	/** Reads the header of this raw input; a file without it was not written by an {@link EncryptedDirectory}. */
	static EncryptedIndexInput open(IndexInput raw, SecretKey key, ThreadLocal<Cipher> ciphers, IOContext context)
			throws IOException {
		CodecUtil.checkHeader(raw, EncryptedDirectory.CODEC, EncryptedDirectory.VERSION, EncryptedDirectory.VERSION);
		byte[] iv = new byte[AesCtr.BLOCK];
		raw.readBytes(iv, 0, iv.length);
		return new EncryptedIndexInput("Encrypted(" + raw + ")", raw, new AesCtr(key, iv, ciphers), 0,
				raw.length() - EncryptedDirectory.HEADER_LENGTH, bufferSize(context), false);
	}

	@Override
	protected void readInternal(ByteBuffer b) throws IOException {
		long position = getFilePointer();
		int count = b.remaining();
		if (position + count > length) {
			throw new EOFException("read past EOF: " + this);
		}
		byte[] bytes = b.hasArray() ? b.array() : new byte[count];
		int offset = b.hasArray() ? b.arrayOffset() + b.position() : 0;
		raw.seek(EncryptedDirectory.HEADER_LENGTH + start + position);
		raw.readBytes(bytes, offset, count);
		ctr.apply(start + position, bytes, offset, count);
		if (b.hasArray()) {
			b.position(b.limit());
		} else {
			b.put(bytes);
		}
	}

	@Override
	protected void seekInternal(long pos) throws IOException {
		if (pos > length) {
			throw new EOFException("seek past EOF: " + this);
		}
	}

	@Override
	public long length() {
		return length;
	}

	@Override
	public EncryptedIndexInput clone() {
		EncryptedIndexInput clone = (EncryptedIndexInput) super.clone();
		clone.raw = raw.clone();
		clone.isClone = true;
		return clone;
	}

	@Override
	public IndexInput slice(String sliceDescription, long offset, long sliceLength) {
		if (offset < 0 || sliceLength < 0 || offset + sliceLength > length) {
			throw new IllegalArgumentException("slice() " + sliceDescription + " out of bounds: " + this);
		}
		return new EncryptedIndexInput(getFullSliceDescription(sliceDescription), raw.clone(), ctr, start + offset,
				sliceLength, getBufferSize(), true);
	}

	/** Clones and slices share the original's file, which closes it. */
	@Override
	public void close() throws IOException {
		if (!isClone) {
			raw.close();
		}
	}
}
