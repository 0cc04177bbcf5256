package org.crm.enlace.packages.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.interfaces.ECPublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.crm.enlace.packages.Certificates;
import org.crm.enlace.packages.NodeIdentity;
import org.crm.enlace.packages.PackageException;
import org.crm.enlace.packages.PackageException.Reason;
import org.junit.jupiter.api.Test;

class NodeIdentityTest {

	private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

	@Test
	void aNewIdentityIsAnEcP384KeyWithASelfSignedCertificateNamingItsOrganization() throws Exception {
		NodeIdentity identity = NodeIdentity.create("GTM", NOW);
		X509Certificate certificate = identity.certificate();

		assertEquals(Optional.of("GTM"), Certificates.organization(certificate));
		certificate.verify(certificate.getPublicKey());
		assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
		SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
		assertEquals(X9ObjectIdentifiers.id_ecPublicKey, key.getAlgorithm().getAlgorithm());
		assertEquals(SECObjectIdentifiers.secp384r1, key.getAlgorithm().getParameters());
		assertEquals(384, ((ECPublicKey) certificate.getPublicKey()).getParams().getCurve().getField().getFieldSize());
		assertEquals("SHA384WITHECDSA", certificate.getSigAlgName().toUpperCase(java.util.Locale.ROOT));
		certificate.checkValidity(java.util.Date.from(NOW));
		certificate.checkValidity(java.util.Date.from(NOW.plus(3 * 365 - 1, ChronoUnit.DAYS)));
		assertEquals(-1, certificate.getBasicConstraints(), "an end entity, not a CA");
	}

	@Test
	void twoIdentitiesHaveDifferentKeysAndFingerprints() {
		NodeIdentity first = NodeIdentity.create("XST", NOW);
		NodeIdentity second = NodeIdentity.create("XST", NOW);

		assertFalse(Certificates.fingerprint(first.certificate()).equals(Certificates.fingerprint(second.certificate())));
		assertEquals(95, Certificates.fingerprint(first.certificate()).length(), "32 hex pairs and 31 colons");
	}

	@Test
	void anUnknownOrganizationIsRefused() {
		PackageException e = assertThrows(PackageException.class, () -> NodeIdentity.create("ZZZ", NOW));

		assertEquals(Reason.BAD_ORGANIZATION, e.reason());
	}

	@Test
	void aKeyThatIsNotTheCertificatesIsRefused() {
		NodeIdentity gtm = NodeIdentity.create("GTM", NOW);
		NodeIdentity other = NodeIdentity.create("GTM", NOW);

		PackageException e = assertThrows(PackageException.class,
				() -> new NodeIdentity("GTM", gtm.certificate(), other.privateKey()));
		assertEquals(Reason.KEY_DOES_NOT_MATCH, e.reason());
	}

	@Test
	void aCertificateOfAnotherOrganizationIsRefused() {
		NodeIdentity gtm = NodeIdentity.create("GTM", NOW);

		PackageException e = assertThrows(PackageException.class,
				() -> new NodeIdentity("MEX", gtm.certificate(), gtm.privateKey()));
		assertEquals(Reason.BAD_ORGANIZATION, e.reason());
	}

	@Test
	void aCertificateReadsBackFromItsPem() {
		NodeIdentity mex = NodeIdentity.create("MEX", NOW);
		String pem = Certificates.toPem(mex.certificate());

		assertEquals(mex.certificate(), Certificates.parse(pem.getBytes(), "mex.pem"));
		PackageException e = assertThrows(PackageException.class,
				() -> Certificates.parse("not a certificate".getBytes(), "junk.pem"));
		assertEquals(Reason.BAD_CERTIFICATE, e.reason());
	}
}
