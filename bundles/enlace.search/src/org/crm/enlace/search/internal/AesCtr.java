package org.crm.enlace.search.internal;

import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;

/**
 * One file's AES in counter mode, through the JDK's own cipher, at any position of the file. The key stream at
 * plaintext position p starts from the counter block IV + p / 16, p % 16 bytes in: exactly where the JDK's counting
 * is when it encrypts the file from its start. Encrypting and decrypting are the same operation. Safe for the threads
 * that read a file's clones at once: each uses its own cipher.
 */
public final class AesCtr {

	public static final int BLOCK = 16;
	private static final String TRANSFORMATION = "AES/CTR/NoPadding";

	private final SecretKey key;
	private final byte[] iv;
	private final ThreadLocal<Cipher> ciphers;

	/** @param ciphers from {@link #cipherPerThread()}, shared by the files of a directory */
	AesCtr(SecretKey key, byte[] iv, ThreadLocal<Cipher> ciphers) {
		this.key = key;
		this.iv = iv.clone();
		this.ciphers = ciphers;
	}

	/** A JDK cipher per thread: one is not thread-safe, and making one costs more than decrypting a buffer. */
	static ThreadLocal<Cipher> cipherPerThread() {
		return ThreadLocal.withInitial(() -> {
			try {
				return Cipher.getInstance(TRANSFORMATION);
			} catch (GeneralSecurityException e) {
				throw new IllegalStateException("This Java runtime has no " + TRANSFORMATION, e);
			}
		});
	}

	/** Encrypts or decrypts, in place, bytes that sit at this plaintext position of the file. */
	void apply(long position, byte[] bytes, int offset, int length) {
		Cipher cipher = ciphers.get();
		try {
			cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(counterBlock(iv, position / BLOCK)));
			int intoBlock = (int) (position % BLOCK);
			if (intoBlock > 0) {
				cipher.update(new byte[intoBlock]);
			}
			if (cipher.update(bytes, offset, length, bytes, offset) != length) {
				throw new IllegalStateException(TRANSFORMATION + " held bytes back");
			}
		} catch (ShortBufferException e) {
			throw new IllegalStateException(e);
		} catch (GeneralSecurityException e) {
			// The key was checked when the index was opened.
			throw new IllegalStateException(e);
		}
	}

	/** IV + block as 128-bit big-endian numbers, wrapping around as the JDK's counter does. */
	public static byte[] counterBlock(byte[] iv, long block) {
		if (iv.length != BLOCK || block < 0) {
			throw new IllegalArgumentException("a 16-byte IV and a block number >= 0");
		}
		byte[] counter = iv.clone();
		long carry = block;
		for (int i = BLOCK - 1; i >= 0 && carry != 0; i--) {
			long sum = (counter[i] & 0xFF) + (carry & 0xFF);
			counter[i] = (byte) sum;
			carry = (carry >>> 8) + (sum >>> 8);
		}
		return counter;
	}
}
