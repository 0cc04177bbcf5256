package org.crm.enlace.packages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.packages.PackageException.Reason;
import org.crm.enlace.packages.internal.Crypto;

/** Node certificates: PEM in and out, the organization they name, their SHA-256 fingerprint. */
public final class Certificates {

	private Certificates() {
	}

	/** The organization code in the subject's O attribute, when it is a country alpha-3 code or XST/XOM. */
	public static Optional<String> organization(X509Certificate certificate) {
		X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		RDN[] organizations = subject.getRDNs(BCStyle.O);
		if (organizations.length != 1) {
			return Optional.empty();
		}
		String code = IETFUtils.valueToString(organizations[0].getFirst().getValue());
		return isOrganization(code) ? Optional.of(code) : Optional.empty();
	}

	/** A member state's ISO 3166-1 alpha-3 code or one of the network's bodies ({@link Owners}). */
	public static boolean isOrganization(String code) {
		return code != null && (IsoCountries.isKnown(code) || Owners.isOwnerCode(code));
	}

	/** SHA-256 of the DER encoding, as upper-case hex pairs separated by colons (as {@code openssl x509} shows it). */
	public static String fingerprint(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Whether {@code typed} names the same fingerprint, whatever its case, colons or spaces. */
	public static boolean fingerprintMatches(X509Certificate certificate, String typed) {
		return normalized(fingerprint(certificate)).equals(normalized(typed));
	}

	private static String normalized(String fingerprint) {
		return fingerprint.replaceAll("[\\s:]", "").toUpperCase(java.util.Locale.ROOT);
	}

	public static String toPem(X509Certificate certificate) {
		StringWriter text = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
			writer.writeObject(certificate);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return text.toString();
	}

	/**
	 * One certificate in PEM (or DER) that names an organization.
	 *
	 * @param source names the file in the error message
	 * @throws PackageException {@code BAD_CERTIFICATE} or {@code BAD_ORGANIZATION}
	 */
	public static X509Certificate parse(byte[] bytes, String source) {
		X509Certificate certificate = parseAny(bytes, source);
		if (organization(certificate).isEmpty()) {
			throw new PackageException(Reason.BAD_ORGANIZATION, source);
		}
		return certificate;
	}

	private static X509Certificate parseAny(byte[] bytes, String source) {
		try (PEMParser parser = new PEMParser(
				new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.US_ASCII))) {
			Object read = parser.readObject();
			X509CertificateHolder holder = read instanceof X509CertificateHolder pem ? pem
					: new X509CertificateHolder(bytes);
			return new JcaX509CertificateConverter().setProvider(Crypto.PROVIDER).getCertificate(holder);
		} catch (IOException | CertificateException | RuntimeException e) {
			throw new PackageException(Reason.BAD_CERTIFICATE, e, source);
		}
	}

	/** The DER encoding, as it travels in a trust list. */
	public static byte[] der(X509Certificate certificate) {
		try {
			return new JcaX509CertificateHolder(certificate).getEncoded();
		} catch (IOException | CertificateException e) {
			throw new IllegalStateException(e);
		}
	}
}
