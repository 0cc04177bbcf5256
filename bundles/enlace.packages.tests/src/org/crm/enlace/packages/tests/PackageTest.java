package org.crm.enlace.packages.tests;

import static org.crm.enlace.packages.tests.Nodes.GTM;
import static org.crm.enlace.packages.tests.Nodes.MEX;
import static org.crm.enlace.packages.tests.Nodes.NOW;
import static org.crm.enlace.packages.tests.Nodes.SLV;
import static org.crm.enlace.packages.tests.Nodes.TRUSTED;
import static org.crm.enlace.packages.tests.Nodes.XST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.model.Organization;
import org.crm.enlace.packages.NodeIdentity;
import org.crm.enlace.packages.PackageReader;
import org.crm.enlace.packages.PackageWriter;
import org.crm.enlace.packages.ReceivedPackage;
import org.crm.enlace.packages.ReceivedRecord;
import org.crm.enlace.packages.ReceivedRecord.Status;
import org.crm.enlace.packages.SignedRecord;
import org.crm.enlace.packages.SignedRecord.PackagedAttachment;
import org.junit.jupiter.api.Test;

/** Packages written and read between nodes held in memory: what arrives, and what each kind of record check finds. */
class PackageTest {

	private static final String ID_1 = "11111111-1111-4111-8111-111111111111";
	private static final String ID_2 = "22222222-2222-4222-8222-222222222222";

	@Test
	void recordsAndAttachmentsArriveAsSentWithEverySignatureVerified() {
		byte[] scan = "%PDF-1.7 fictitious scan".getBytes();
		SignedRecord first = PackageWriter.signOwn(GTM, Nodes.organization("GTM", ID_1, 3, "Dirección ficticia"),
				List.of(new PackagedAttachment("nota.pdf", "application/pdf", scan)));
		SignedRecord second = PackageWriter.signOwn(GTM, Nodes.organization("GTM", ID_2, 0, "Otra oficina"), List.of());
		byte[] file = PackageWriter.write(GTM, Map.of("MEX", MEX.certificate()), Optional.of(NOW.minus(Duration.ofDays(30))),
				Optional.empty(), NOW, List.of(first, second));

		ReceivedPackage received = PackageReader.read(file, MEX, TRUSTED, "gtm.pkg");

		assertEquals("GTM", received.manifest().sender());
		assertEquals(List.of("MEX"), received.manifest().recipients());
		assertEquals(Optional.of(NOW.minus(Duration.ofDays(30))), received.manifest().since());
		assertTrue(received.allValid(), received.records().toString());
		ReceivedRecord arrived = received.records().get(0);
		Organization organization = (Organization) arrived.record().orElseThrow();
		assertEquals("Dirección ficticia", organization.getName());
		assertEquals(3, organization.getVersion());
		assertEquals(Optional.of("GTM"), arrived.signer());
		assertArrayEquals(first.document(), arrived.signed().document(), "the exact bytes the owner signed");
		assertArrayEquals(first.signature(), arrived.signed().signature());
		assertArrayEquals(scan, arrived.signed().attachments().get(0).content());
		assertEquals("nota.pdf", arrived.signed().attachments().get(0).name());
		assertEquals(ID_2, received.records().get(1).record().orElseThrow().getId());
	}

	@Test
	void theSecretariatRelaysARecordWithItsOwnersSignatureAndEachRecipientOpensThePackage() {
		byte[] fromGtm = PackageWriter.write(GTM, Map.of("XST", XST.certificate()), Optional.empty(), Optional.empty(),
				NOW, List.of(PackageWriter.signOwn(GTM, Nodes.organization("GTM", ID_1, 1, "Oficina"), List.of())));
		SignedRecord asReceived = PackageReader.read(fromGtm, XST, TRUSTED, "gtm.pkg").records().get(0).signed();

		byte[] relayed = PackageWriter.write(XST, Map.of("MEX", MEX.certificate(), "GTM", GTM.certificate()),
				Optional.empty(), Optional.empty(), NOW, List.of(asReceived));

		for (NodeIdentity recipient : List.of(MEX, GTM)) {
			ReceivedPackage received = PackageReader.read(relayed, recipient, TRUSTED, "xst.pkg");
			assertEquals("XST", received.manifest().sender());
			assertEquals(Status.VALID, received.records().get(0).status());
			assertEquals(Optional.of("GTM"), received.records().get(0).signer(), "signed by its owner, not the relay");
		}
	}

	@Test
	void aRecordChangedAfterItsOwnerSignedItIsReportedBroken() {
		SignedRecord signed = PackageWriter.signOwn(GTM, Nodes.organization("GTM", ID_1, 1, "Oficina"), List.of());
		byte[] changed = new String(signed.document(), java.nio.charset.StandardCharsets.UTF_8)
				.replace("Oficina", "Officina").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		SignedRecord tampered = new SignedRecord(ID_1, "GTM", 1, changed, signed.signature(), List.of());

		assertEquals(Status.BROKEN_SIGNATURE, onlyRecord(GTM, tampered).status());
	}

	@Test
	void aRecordSignedByATrustedCountryThatDoesNotOwnItIsReported() {
		byte[] document = Nodes.document(Nodes.organization("GTM", ID_1, 1, "Oficina"));

		ReceivedRecord received = onlyRecord(XST, Nodes.signedBy(MEX, ID_1, "GTM", 1, document));

		assertEquals(Status.SIGNED_BY_NON_OWNER, received.status());
		assertEquals(Optional.of("MEX"), received.signer());
		assertTrue(received.record().isEmpty());
	}

	@Test
	void aRecordSignedByAKeyOffTheTrustListIsReported() {
		byte[] document = Nodes.document(Nodes.organization("SLV", ID_1, 1, "Oficina"));

		assertEquals(Status.UNKNOWN_SIGNER, onlyRecord(GTM, Nodes.signedBy(SLV, ID_1, "SLV", 1, document)).status());
	}

	@Test
	void aRecordThatFailsItsSchemaIsReportedWithTheProblems() {
		Organization organization = Nodes.organization("GTM", ID_1, 1, "Oficina");
		organization.getReleasableTo().add("MEXICO");
		byte[] document = Nodes.document(organization);

		ReceivedRecord received = onlyRecord(GTM, Nodes.signedBy(GTM, ID_1, "GTM", 1, document));

		assertEquals(Status.INVALID, received.status());
		assertFalse(received.problems().isEmpty());
	}

	@Test
	void aRecordOfANewerExchangeFormatIsReportedInvalid() {
		byte[] document = new String(Nodes.document(Nodes.organization("GTM", ID_1, 1, "Oficina")),
				java.nio.charset.StandardCharsets.UTF_8).replace("\"1.0\"", "\"9.0\"")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		ReceivedRecord received = onlyRecord(GTM, Nodes.signedBy(GTM, ID_1, "GTM", 1, document));

		assertEquals(Status.INVALID, received.status());
		assertEquals("newerVersion", received.problems().get(0).rule());
	}

	@Test
	void aRecordWhoseManifestEntryLiesAboutItsVersionIsReported() {
		byte[] document = Nodes.document(Nodes.organization("GTM", ID_1, 1, "Oficina"));

		assertEquals(Status.MANIFEST_MISMATCH,
				onlyRecord(GTM, Nodes.signedBy(GTM, ID_1, "GTM", 7, document)).status());
	}

	private static ReceivedRecord onlyRecord(NodeIdentity sender, SignedRecord record) {
		byte[] file = PackageWriter.write(sender, Map.of("MEX", MEX.certificate()), Optional.empty(), Optional.empty(),
				NOW, List.of(record));
		return PackageReader.read(file, MEX, TRUSTED, "test.pkg").records().get(0);
	}
}
