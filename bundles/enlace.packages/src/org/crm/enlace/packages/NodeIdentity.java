package org.crm.enlace.packages;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.crm.enlace.packages.PackageException.Reason;
import org.crm.enlace.packages.internal.Crypto;

/**
 * A node's key pair and its self-signed certificate, which names the node's organization (a member state's alpha-3
 * code, or XST for the Secretariat) in the subject's O attribute. The key is EC on NIST P-384: it signs records
 * (ECDSA with SHA-384) and receives packages (ECDH key agreement), at a security level above AES-256's weakest link
 * for our data's lifetime, with keys far faster to make than RSA-3072.
 */
public record NodeIdentity(String organization, X509Certificate certificate, PrivateKey privateKey) {

	public static final String CURVE = "secp384r1";
	public static final String SIGNATURE_ALGORITHM = "SHA384withECDSA";
	/** Renewed through the trust list well before it ends. */
	public static final Duration VALIDITY = Duration.ofDays(3 * 365);

	public NodeIdentity {
		if (!Certificates.organization(certificate).map(organization::equals).orElse(false)) {
			throw new PackageException(Reason.BAD_ORGANIZATION, organization);
		}
		if (!PrivateKeys.matches(privateKey, certificate)) {
			throw new PackageException(Reason.KEY_DOES_NOT_MATCH, organization);
		}
	}

	/** A new key pair and certificate valid from {@code now} (less an hour, for clocks a little behind). */
	public static NodeIdentity create(String organization, Instant now) {
		if (!Certificates.isOrganization(organization)) {
			throw new PackageException(Reason.BAD_ORGANIZATION, String.valueOf(organization));
		}
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Crypto.PROVIDER);
			generator.initialize(new ECGenParameterSpec(CURVE), Crypto.RANDOM);
			KeyPair pair = generator.generateKeyPair();
			X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, organization)
					.addRDN(BCStyle.CN, "Enlace " + organization).build();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(128, Crypto.RANDOM), Date.from(now.minus(Duration.ofHours(1))),
					Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
			builder.addExtension(Extension.subjectKeyIdentifier, false,
					new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
			X509Certificate certificate = new JcaX509CertificateConverter().setProvider(Crypto.PROVIDER)
					.getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
							.setProvider(Crypto.PROVIDER).build(pair.getPrivate())));
			return new NodeIdentity(organization, certificate, pair.getPrivate());
		} catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
			throw new IllegalStateException(e);
		}
	}
}
