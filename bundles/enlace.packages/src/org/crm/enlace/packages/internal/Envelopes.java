package org.crm.enlace.packages.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.List;

import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;

/**
 * The package's envelope: CMS EnvelopedData (RFC 5652) whose content is encrypted with AES-256-CBC under a fresh
 * content key, and that key wrapped for each recipient by ephemeral-static ECDH on P-384 with the X9.63 KDF over
 * SHA-384 and AES-256 key wrap (RFC 5753, {@code dhSinglePass-stdDH-sha384kdf-scheme}). The integrity of what is
 * inside rests on the signatures inside (the sender's over the manifest, which holds every entry's SHA-256).
 */
public final class Envelopes {

	private Envelopes() {
	}

	/** What goes inside an envelope, written straight into it: a package's ZIP is never held twice in memory. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	public static byte[] seal(byte[] content, List<X509Certificate> recipients) {
		return seal(out -> out.write(content), recipients);
	}

	public static byte[] seal(Content content, List<X509Certificate> recipients) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Crypto.PROVIDER);
			generator.initialize(new ECGenParameterSpec("secp384r1"), Crypto.RANDOM);
			KeyPair ephemeral = generator.generateKeyPair();
			JceKeyAgreeRecipientInfoGenerator recipientInfos = new JceKeyAgreeRecipientInfoGenerator(
					CMSAlgorithm.ECDH_SHA384KDF, ephemeral.getPrivate(), ephemeral.getPublic(),
					CMSAlgorithm.AES256_WRAP).setProvider(Crypto.PROVIDER);
			for (X509Certificate recipient : recipients) {
				recipientInfos.addRecipient(recipient);
			}
			CMSEnvelopedDataStreamGenerator envelope = new CMSEnvelopedDataStreamGenerator();
			envelope.addRecipientInfoGenerator(recipientInfos);
			ByteArrayOutputStream sealed = new ByteArrayOutputStream();
			try (OutputStream encrypted = envelope.open(sealed,
					new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).setProvider(Crypto.PROVIDER)
							.setSecureRandom(Crypto.RANDOM).build())) {
				content.writeTo(encrypted);
			}
			return sealed.toByteArray();
		} catch (GeneralSecurityException | CMSException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Not an envelope, or a damaged one. */
	public static final class NotAnEnvelopeException extends Exception {
		private static final long serialVersionUID = 1L;
	}

	/** The node is not among the recipients. */
	public static final class NotARecipientException extends Exception {
		private static final long serialVersionUID = 1L;
	}

	public static byte[] open(byte[] envelope, X509Certificate certificate, PrivateKey key)
			throws NotAnEnvelopeException, NotARecipientException {
		CMSEnvelopedData data;
		try {
			data = new CMSEnvelopedData(envelope);
		} catch (CMSException | RuntimeException e) {
			throw new NotAnEnvelopeException();
		}
		// Null for a node the package was not sealed for (build notes): checked, not dereferenced.
		RecipientInformation recipient = data.getRecipientInfos().get(new JceKeyAgreeRecipientId(certificate));
		if (recipient == null) {
			throw new NotARecipientException();
		}
		try {
			return recipient.getContent(new JceKeyAgreeEnvelopedRecipient(key).setProvider(Crypto.PROVIDER));
		} catch (CMSException | RuntimeException e) {
			throw new NotAnEnvelopeException();
		}
	}
}
