package org.crm.enlace.search.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A file beside the marker that says which key the index was written with: a random salt and an HMAC-SHA256, under
 * that key, of a fixed text and the salt. It finds a wrong key at open, before Lucene decrypts garbage, and says
 * nothing about the key itself.
 */
final class KeyCheck {

	static final String FILE = "enlace-search-key.bin";

	private static final byte VERSION = 1;
	private static final byte[] LABEL = "Enlace full-text index key check".getBytes(StandardCharsets.US_ASCII);
	private static final String MAC = "HmacSHA256";
	private static final int SALT_LENGTH = 16;
	private static final int LENGTH = 1 + SALT_LENGTH + 32;
	private static final SecureRandom RANDOM = new SecureRandom();

	private KeyCheck() {
	}

	/** False when the folder's check is missing, damaged or made with another key. */
	static boolean matches(Path folder, SecretKey key) throws IOException {
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file) || Files.size(file) != LENGTH) {
			return false;
		}
		byte[] stored = Files.readAllBytes(file);
		if (stored.length != LENGTH || stored[0] != VERSION) {
			return false;
		}
		byte[] salt = Arrays.copyOfRange(stored, 1, 1 + SALT_LENGTH);
		return MessageDigest.isEqual(mac(key, salt), Arrays.copyOfRange(stored, 1 + SALT_LENGTH, LENGTH));
	}

	/** Writes the check for this key, durably, replacing any other. */
	static void write(Path folder, SecretKey key) throws IOException {
		byte[] salt = new byte[SALT_LENGTH];
		RANDOM.nextBytes(salt);
		ByteBuffer content = ByteBuffer.allocate(LENGTH).put(VERSION).put(salt).put(mac(key, salt)).flip();
		try (FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
			while (content.hasRemaining()) {
				channel.write(content);
			}
			channel.force(true);
		}
	}

	private static byte[] mac(SecretKey key, byte[] salt) {
		byte[] keyBytes = key.getEncoded();
		try {
			Mac mac = Mac.getInstance(MAC);
			mac.init(new SecretKeySpec(keyBytes, MAC));
			mac.update(LABEL);
			return mac.doFinal(salt);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("This Java runtime has no " + MAC, e);
		} finally {
			Arrays.fill(keyBytes, (byte) 0);
		}
	}
}
