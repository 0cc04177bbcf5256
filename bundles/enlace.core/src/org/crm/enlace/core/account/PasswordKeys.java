package org.crm.enlace.core.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptography of the keyring, all from the JDK: PBKDF2-HMAC-SHA256 (a standard password hashing scheme, NIST
 * SP 800-132) turns a password and a salt into a key-encryption key, and AES-256-GCM wraps the node's keys with it.
 * GCM authenticates: a wrong password, or an account whose organization or role was edited in the file, fails to
 * unwrap instead of giving wrong keys.
 */
final class PasswordKeys {

	static final String KDF = "PBKDF2WithHmacSHA256";
	/** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
	static final int DEFAULT_ITERATIONS = 600_000;
	static final int SALT_BYTES = 16;
	static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final String WRAP = "AES/GCM/NoPadding";
	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordKeys() {
	}

	static byte[] random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return value;
	}

	static SecretKey derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, NodeKeys.KEY_BYTES * 8);
		try {
			byte[] key = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
			return new SecretKeySpec(key, "AES");
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(KDF + " is not available in this Java runtime", e);
		} finally {
			spec.clearPassword();
		}
	}

	static byte[] wrap(SecretKey kek, byte[] nonce, String associatedData, byte[] plain) {
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, kek, nonce, associatedData);
			return cipher.doFinal(plain);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(WRAP + " failed", e);
		}
	}

	/** The unwrapped bytes, or empty when the key (the password) or the associated data is not the one wrapped with. */
	static Optional<byte[]> unwrap(SecretKey kek, byte[] nonce, String associatedData, byte[] wrapped) {
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, kek, nonce, associatedData);
			return Optional.of(cipher.doFinal(wrapped));
		} catch (AEADBadTagException e) {
			return Optional.empty();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(WRAP + " failed", e);
		}
	}

	private static Cipher cipher(int mode, SecretKey kek, byte[] nonce, String associatedData)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(WRAP);
		cipher.init(mode, kek, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}
}
