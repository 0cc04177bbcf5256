package org.crm.enlace.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.BufferedChecksumIndexInput;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.IOUtils;

/**
 * Encrypts every file Lucene writes with AES-256 in counter mode, and decrypts what it reads. Each file starts with a
 * codec header and a random IV of its own; Lucene sees only plaintext lengths and positions, so its checksums and
 * footers work unchanged (and, as a side effect, catch a damaged or tampered file). Counter mode lets any position
 * be decrypted on its own, which random reads need. The lock is the delegate's: it holds no data.
 */
public final class EncryptedDirectory extends FilterDirectory {

	static final String CODEC = "EnlaceAesCtr";
	static final int VERSION = 0;
	/** Bytes in front of each file's ciphertext: the codec header and the IV. */
	public static final int HEADER_LENGTH = CodecUtil.headerLength(CODEC) + AesCtr.BLOCK;

	private final SecretKey key;
	private final ThreadLocal<Cipher> ciphers = AesCtr.cipherPerThread();
	private final SecureRandom random = new SecureRandom();

	public EncryptedDirectory(Directory delegate, SecretKey key) {
		super(delegate);
		this.key = requireAes256(key);
	}

	/**
	 * Over Lucene's choice of directory for the platform, memory-mapped on 64-bit Java: only ciphertext is mapped, and
	 * copying a buffer from the mapping costs far less than a read system call per buffer (twice the search time).
	 */
	public static EncryptedDirectory open(Path folder, SecretKey key) throws IOException {
		return new EncryptedDirectory(FSDirectory.open(folder), key);
	}

	/** @throws IllegalArgumentException unless this is a 256-bit AES key */
	public static SecretKey requireAes256(SecretKey key) {
		byte[] encoded = Objects.requireNonNull(key, "key").getEncoded();
		if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || encoded == null || encoded.length != 32) {
			throw new IllegalArgumentException("The index needs a 256-bit AES key");
		}
		Arrays.fill(encoded, (byte) 0);
		return key;
	}

	@Override
	public IndexOutput createOutput(String name, IOContext context) throws IOException {
		return encrypted(in.createOutput(name, context));
	}

	@Override
	public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
		return encrypted(in.createTempOutput(prefix, suffix, context));
	}

	@Override
	public IndexInput openInput(String name, IOContext context) throws IOException {
		IndexInput raw = in.openInput(name, context);
		try {
			return EncryptedIndexInput.open(raw, key, ciphers, context);
		} catch (IOException | RuntimeException e) {
			IOUtils.closeWhileHandlingException(raw);
			throw e;
		}
	}

	/** Said again so that the checksum is always taken over the plaintext, whatever FilterDirectory delegates. */
	@Override
	public ChecksumIndexInput openChecksumInput(String name) throws IOException {
		return new BufferedChecksumIndexInput(openInput(name, IOContext.READONCE));
	}

	@Override
	public long fileLength(String name) throws IOException {
		long length = in.fileLength(name) - HEADER_LENGTH;
		if (length < 0) {
			throw new CorruptIndexException("shorter than its encryption header", name);
		}
		return length;
	}

	/** FilterDirectory would copy through the delegate, in plain text: copy through this directory's own streams. */
	@Override
	public void copyFrom(Directory from, String source, String destination, IOContext context) throws IOException {
		boolean copied = false;
		try (IndexInput input = from.openInput(source, IOContext.READONCE);
				IndexOutput output = createOutput(destination, context)) {
			output.copyBytes(input, input.length());
			copied = true;
		} finally {
			if (!copied) {
				IOUtils.deleteFilesIgnoringExceptions(this, destination);
			}
		}
	}

	private IndexOutput encrypted(IndexOutput raw) throws IOException {
		byte[] iv = new byte[AesCtr.BLOCK];
		random.nextBytes(iv);
		try {
			return new EncryptedIndexOutput(raw, new AesCtr(key, iv, ciphers), iv);
		} catch (IOException | RuntimeException e) {
			IOUtils.closeWhileHandlingException(raw);
			throw e;
		}
	}
}
