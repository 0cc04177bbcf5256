package org.crm.enlace.core.account;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret keys of one node's data folder, random and independent: one for the database (Derby's data
 * encryption), one for the full-text index, one for attachments. They never touch the disk unwrapped: the
 * {@link Keyring} keeps one copy per account, wrapped with a key derived from that account's password.
 */
public final class NodeKeys {

	static final int KEY_BYTES = 32;
	private static final int KEYS = 3;
	private static final String AES = "AES";

	private final byte[] material;

	private NodeKeys(byte[] material) {
		if (material.length != KEY_BYTES * KEYS) {
			throw new IllegalArgumentException("node keys");
		}
		this.material = material;
	}

	/** New keys for a new data folder. */
	public static NodeKeys generate() {
		byte[] material = new byte[KEY_BYTES * KEYS];
		new SecureRandom().nextBytes(material);
		return new NodeKeys(material);
	}

	static NodeKeys decode(byte[] material) {
		return new NodeKeys(material.clone());
	}

	byte[] encoded() {
		return material.clone();
	}

	/** Derby's {@code encryptionKey} attribute: the database key in hexadecimal (AES-256). */
	public String databaseKeyHex() {
		return HexFormat.of().formatHex(material, 0, KEY_BYTES);
	}

	/** AES-256 key of the full-text index. */
	public SecretKey indexKey() {
		return new SecretKeySpec(material, KEY_BYTES, KEY_BYTES, AES);
	}

	/** AES-256 key of the attachments kept beside the database. */
	public SecretKey attachmentKey() {
		return new SecretKeySpec(material, 2 * KEY_BYTES, KEY_BYTES, AES);
	}

	/** True when both hold the same keys. */
	public boolean sameAs(NodeKeys other) {
		return Arrays.equals(material, other.material);
	}

	@Override
	public String toString() {
		return "NodeKeys[***]";
	}
}
