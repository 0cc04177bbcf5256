package org.crm.enlace.packages;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.crm.enlace.packages.internal.Crypto;

/**
 * Detached CMS SignedData over exact bytes (a record's JSON document, a package's manifest): ECDSA with SHA-384 by a
 * node key, naming the signer by its certificate's issuer and serial number. The certificate itself is not inside:
 * who signed is decided by the trusted certificates alone, and a package of 100,000 records would carry it 100,000
 * times. (Signatures made before carried it; they verify the same.)
 */
public final class RecordSignatures {

	/** The outcome of checking one signature. */
	public enum Verdict {
		VERIFIED, BROKEN, UNKNOWN_SIGNER
	}

	/** @param organization the trusted organization whose certificate names the signer, when one does */
	public record Check(Verdict verdict, Optional<String> organization) {
	}

	private RecordSignatures() {
	}

	public static byte[] sign(NodeIdentity signer, byte[] content) {
		return signedData(signer, content, false, false);
	}

	/**
	 * CMS SignedData over {@code content} by {@code signer}, the content inside when {@code encapsulate}, the signer's
	 * certificate inside when {@code withCertificate}.
	 */
	static byte[] signedData(NodeIdentity signer, byte[] content, boolean encapsulate, boolean withCertificate) {
		try {
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.PROVIDER).build())
					.build(new JcaContentSignerBuilder(NodeIdentity.SIGNATURE_ALGORITHM).setProvider(Crypto.PROVIDER)
							.build(signer.privateKey()), signer.certificate()));
			if (withCertificate) {
				generator.addCertificate(new JcaX509CertificateHolder(signer.certificate()));
			}
			return generator.generate(new CMSProcessableByteArray(content), encapsulate).getEncoded();
		} catch (CMSException | OperatorCreationException | CertificateException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Checks a detached signature over {@code content} against the certificates the node trusts. */
	public static Check check(byte[] content, byte[] signature, Map<String, X509Certificate> trusted) {
		SignerInformation signer;
		try {
			CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), signature);
			if (data.getSignerInfos().size() != 1) {
				return new Check(Verdict.BROKEN, Optional.empty());
			}
			signer = data.getSignerInfos().getSigners().iterator().next();
		} catch (CMSException | RuntimeException e) {
			return new Check(Verdict.BROKEN, Optional.empty());
		}
		for (Map.Entry<String, X509Certificate> candidate : trusted.entrySet()) {
			try {
				if (signer.getSID().match(new JcaX509CertificateHolder(candidate.getValue()))) {
					boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Crypto.PROVIDER)
							.build(candidate.getValue()));
					return new Check(valid ? Verdict.VERIFIED : Verdict.BROKEN, Optional.of(candidate.getKey()));
				}
			} catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
				return new Check(Verdict.BROKEN, Optional.of(candidate.getKey()));
			}
		}
		return new Check(Verdict.UNKNOWN_SIGNER, Optional.empty());
	}
}
