package org.crm.enlace.search.tests;

import java.security.NoSuchAlgorithmException;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/** Index keys for tests: in use, the record store hands over its node's key. */
final class TestKeys {

	/** The key most tests open their index with. */
	static final SecretKey KEY = newKey();

	private TestKeys() {
	}

	/** A fresh 256-bit AES key. */
	static SecretKey newKey() {
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256);
			return generator.generateKey();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
