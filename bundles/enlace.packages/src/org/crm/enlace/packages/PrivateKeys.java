package org.crm.enlace.packages;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;

import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.crm.enlace.packages.PackageException.Reason;
import org.crm.enlace.packages.internal.Crypto;

/**
 * A private key at rest: PKCS#8 EncryptedPrivateKeyInfo in PEM, PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC (RFC
 * 8018). Chosen over PKCS#12 because the file holds one key and nothing else, names every algorithm it uses, and
 * {@code openssl pkey} reads it; the certificate, which is public, lives beside it in its own file.
 */
final class PrivateKeys {

	private PrivateKeys() {
	}

	static String encrypt(PrivateKey key, char[] password, int iterations) {
		StringWriter text = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
			writer.writeObject(new JcaPKCS8Generator(key,
					new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC).setPRF(PKCS8Generator.PRF_HMACSHA256)
							.setIterationCount(iterations).setRandom(Crypto.RANDOM).setProvider(Crypto.PROVIDER)
							.setPassword(password).build()));
		} catch (IOException | OperatorCreationException e) {
			throw new IllegalStateException(e);
		}
		return text.toString();
	}

	/**
	 * @param source names the file in error messages
	 * @throws PackageException {@code BAD_KEY_FILE} when it holds no encrypted private key, {@code WRONG_KEY_PASSWORD}
	 *                          when the password does not open it
	 */
	static PrivateKey decrypt(String pem, char[] password, String source) {
		PKCS8EncryptedPrivateKeyInfo encrypted;
		try (PEMParser parser = new PEMParser(new StringReader(pem))) {
			if (!(parser.readObject() instanceof PKCS8EncryptedPrivateKeyInfo read)) {
				throw new PackageException(Reason.BAD_KEY_FILE, source);
			}
			encrypted = read;
		} catch (IOException | RuntimeException e) {
			throw e instanceof PackageException known ? known : new PackageException(Reason.BAD_KEY_FILE, e, source);
		}
		try {
			return new JcaPEMKeyConverter().setProvider(Crypto.PROVIDER).getPrivateKey(encrypted.decryptPrivateKeyInfo(
					new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Crypto.PROVIDER).build(password)));
		} catch (Exception e) {
			// A wrong password shows as a padding error, or (1 time in 256) as garbage that fails to parse.
			throw new PackageException(Reason.WRONG_KEY_PASSWORD, source);
		}
	}

	/** Whether the key belongs to the certificate: it signs a challenge the certificate's public key verifies. */
	static boolean matches(PrivateKey key, X509Certificate certificate) {
		try {
			String algorithm = key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : NodeIdentity.SIGNATURE_ALGORITHM;
			byte[] challenge = new byte[32];
			Crypto.RANDOM.nextBytes(challenge);
			Signature signer = Signature.getInstance(algorithm, Crypto.PROVIDER);
			signer.initSign(key);
			signer.update(challenge);
			byte[] signature = signer.sign();
			Signature verifier = Signature.getInstance(algorithm, Crypto.PROVIDER);
			verifier.initVerify(certificate.getPublicKey());
			verifier.update(challenge);
			return verifier.verify(signature);
		} catch (GeneralSecurityException e) {
			return false;
		}
	}
}
