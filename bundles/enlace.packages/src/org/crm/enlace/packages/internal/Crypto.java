package org.crm.enlace.packages.internal;

import java.security.Provider;
import java.security.SecureRandom;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider every operation of this bundle names explicitly: nothing is registered in the JVM's
 * provider list, so other bundles' choice of provider is left alone.
 */
public final class Crypto {

	public static final Provider PROVIDER = new BouncyCastleProvider();
	public static final SecureRandom RANDOM = new SecureRandom();

	private Crypto() {
	}
}
