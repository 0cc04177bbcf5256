package org.crm.enlace.packages.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.crm.enlace.packages.Certificates;
import org.crm.enlace.packages.NodeIdentity;
import org.crm.enlace.packages.NodeKeyFolder;
import org.crm.enlace.packages.PackageException;
import org.crm.enlace.packages.PackageException.Reason;
import org.crm.enlace.packages.TrustList;
import org.crm.enlace.packages.TrustStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class TrustListTest {

	private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
	private static NodeIdentity secretariat;
	private static NodeIdentity gtm;
	private static NodeIdentity mex;

	@TempDir
	Path data;

	@BeforeAll
	static void identities() {
		secretariat = NodeIdentity.create("XST", NOW);
		gtm = NodeIdentity.create("GTM", NOW);
		mex = NodeIdentity.create("MEX", NOW);
	}

	@Test
	void aListSignedByTheSecretariatVerifiesAndNamesEachMembersCertificate() {
		byte[] signed = list(NOW).sign(secretariat);

		TrustList read = TrustList.verify(signed, secretariat.certificate(), "list.p7s");
		assertEquals(NOW, read.issuedAt());
		assertEquals(gtm.certificate(), read.certificate("GTM").orElseThrow());
		assertEquals(mex.certificate(), read.certificate("MEX").orElseThrow());
		assertTrue(read.certificate("SLV").isEmpty());
	}

	@Test
	void onlyTheSecretariatSignsAList() {
		assertRefused(Reason.NOT_SECRETARIAT, () -> list(NOW).sign(gtm));
	}

	@Test
	void aListSignedByAnotherKeyNamingItselfXstIsRefused() {
		NodeIdentity impostor = NodeIdentity.create("XST", NOW);

		assertRefused(Reason.TRUST_LIST_NOT_SIGNED_BY_SECRETARIAT,
				() -> TrustList.verify(list(NOW).sign(impostor), secretariat.certificate(), "list.p7s"));
	}

	@Test
	void aChangedListIsRefused() {
		byte[] signed = list(NOW).sign(secretariat);
		// Flip a byte inside the JSON content ("GTM" becomes "GTL"), leaving the CMS structure readable.
		int at = indexOf(signed, "\"GTM\"".getBytes());
		signed[at + 3] = 'L';

		assertRefused(Reason.TRUST_LIST_NOT_SIGNED_BY_SECRETARIAT,
				() -> TrustList.verify(signed, secretariat.certificate(), "list.p7s"));
	}

	@Test
	void aFileThatIsNoSignedListIsNamedAsSuch() {
		assertRefused(Reason.BAD_TRUST_LIST,
				() -> TrustList.verify("{\"members\":[]}".getBytes(), secretariat.certificate(), "list.p7s"));
		byte[] signed = list(NOW).sign(secretariat);
		assertRefused(Reason.BAD_TRUST_LIST, () -> TrustList.verify(Arrays.copyOf(signed, signed.length / 2),
				secretariat.certificate(), "list.p7s"));
	}

	@Test
	void theSecretariatIsTrustedOnlyWithItsFingerprintConfirmed() {
		assertRefused(Reason.FINGERPRINT_MISMATCH, () -> TrustStore.trustSecretariat(data, secretariat.certificate(),
				Certificates.fingerprint(gtm.certificate())));
		assertRefused(Reason.NOT_SECRETARIAT, () -> TrustStore.trustSecretariat(data, gtm.certificate(),
				Certificates.fingerprint(gtm.certificate())));
		assertTrue(TrustStore.secretariat(data).isEmpty());

		String typed = Certificates.fingerprint(secretariat.certificate()).replace(":", " ").toLowerCase();
		TrustStore.trustSecretariat(data, secretariat.certificate(), typed);
		assertEquals(secretariat.certificate(), TrustStore.secretariat(data).orElseThrow());
	}

	@Test
	void aListInstallsOnlyOverATrustedSecretariatAndNeverGoesBack() throws Exception {
		byte[] older = list(NOW).sign(secretariat);
		byte[] newer = TrustList.of(NOW.plus(Duration.ofDays(30)), Map.of("GTM", gtm.certificate()))
				.sign(secretariat);
		assertRefused(Reason.NO_SECRETARIAT, () -> TrustStore.install(data, older, "older.p7s"));

		TrustStore.trustSecretariat(data, secretariat.certificate(), Certificates.fingerprint(secretariat.certificate()));
		TrustStore.install(data, older, "older.p7s");
		assertEquals(mex.certificate(), TrustStore.certificateOf(data, "MEX").orElseThrow());
		TrustStore.install(data, newer, "newer.p7s");
		assertTrue(TrustStore.certificateOf(data, "MEX").isEmpty(), "withdrawn in the newer list");

		assertRefused(Reason.OLDER_TRUST_LIST, () -> TrustStore.install(data, older, "older.p7s"));
		assertArrayEquals(newer, Files.readAllBytes(NodeKeyFolder.folder(data).resolve(TrustStore.TRUST_LIST_FILE)));
		assertEquals(secretariat.certificate(), TrustStore.certificateOf(data, "XST").orElseThrow());
	}

	@Test
	void anInstalledListThatWasChangedOnDiskIsNoLongerBelieved() throws Exception {
		TrustStore.trustSecretariat(data, secretariat.certificate(), Certificates.fingerprint(secretariat.certificate()));
		TrustStore.install(data, list(NOW).sign(secretariat), "list.p7s");
		Path file = NodeKeyFolder.folder(data).resolve(TrustStore.TRUST_LIST_FILE);
		byte[] bytes = Files.readAllBytes(file);
		bytes[indexOf(bytes, "\"MEX\"".getBytes()) + 1] = 'N';
		Files.write(file, bytes);

		assertRefused(Reason.TRUST_LIST_NOT_SIGNED_BY_SECRETARIAT, () -> TrustStore.installed(data));
		assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).isEmpty());
	}

	private static TrustList list(Instant issuedAt) {
		return TrustList.of(issuedAt, Map.of("GTM", gtm.certificate(), "MEX", mex.certificate()));
	}

	private static void assertRefused(Reason reason, Executable action) {
		PackageException e = assertThrows(PackageException.class, action);
		assertEquals(reason, e.reason(), e.getMessage());
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new AssertionError("not found");
	}
}
