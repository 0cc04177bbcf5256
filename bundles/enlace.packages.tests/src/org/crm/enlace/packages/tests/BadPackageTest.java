package org.crm.enlace.packages.tests;

import static org.crm.enlace.packages.tests.Nodes.GTM;
import static org.crm.enlace.packages.tests.Nodes.MEX;
import static org.crm.enlace.packages.tests.Nodes.NOW;
import static org.crm.enlace.packages.tests.Nodes.SLV;
import static org.crm.enlace.packages.tests.Nodes.TRUSTED;
import static org.crm.enlace.packages.tests.Nodes.XST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.packages.NodeIdentity;
import org.crm.enlace.packages.PackageException;
import org.crm.enlace.packages.PackageException.Reason;
import org.crm.enlace.packages.PackageManifest;
import org.crm.enlace.packages.PackageReader;
import org.crm.enlace.packages.PackageWriter;
import org.crm.enlace.packages.ReceivedPackage;
import org.crm.enlace.packages.SignedRecord;
import org.crm.enlace.packages.internal.Envelopes;
import org.crm.enlace.packages.internal.SafeZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Packages refused whole: each gets its own reason and a message naming the file. */
class BadPackageTest {

	private static final String ID = "11111111-1111-4111-8111-111111111111";

	@Test
	void aTruncatedPackageIsRefused() {
		byte[] file = honest(GTM);

		assertRefused(Reason.NOT_A_PACKAGE, () -> read(Arrays.copyOf(file, file.length - 100)));
		assertRefused(Reason.NOT_A_PACKAGE, () -> read(Arrays.copyOf(file, 40)));
	}

	@Test
	void aFileThatIsNotAPackageIsRefused() {
		assertRefused(Reason.NOT_A_PACKAGE, () -> read("{\"format\":\"enlace-exchange\"}".getBytes()));
		assertRefused(Reason.NOT_A_PACKAGE, () -> read(new byte[0]));
		// An envelope for this node that holds no ZIP.
		assertRefused(Reason.NOT_A_PACKAGE,
				() -> read(Envelopes.seal("not a zip".getBytes(), List.of(MEX.certificate()))));
	}

	@Test
	void aPackageForOtherNodesIsRefused() {
		PackageException e = assertRefused(Reason.NOT_A_RECIPIENT,
				() -> PackageReader.read(honest(GTM), SLV, TRUSTED, "gtm.pkg"));

		assertTrue(e.getMessage().contains("SLV"), e.getMessage());
	}

	@Test
	void aPackageFromASenderOffTheTrustListIsRefused() {
		assertRefused(Reason.UNKNOWN_SENDER, () -> read(honest(SLV)));
	}

	@Test
	void aManifestSignedBySomeoneElseThanItsSenderIsRefused() {
		PackageManifest manifest = manifest("GTM", PackageManifest.CURRENT_VERSION, List.of());

		assertRefused(Reason.BROKEN_MANIFEST_SIGNATURE,
				() -> read(Nodes.crafted(MEX, manifest, Map.of(), Map.of(), MEX.certificate())));
	}

	@Test
	void aPackageOfANewerFormatIsRefused() {
		PackageManifest manifest = manifest("GTM", "2.0", List.of());

		PackageException e = assertRefused(Reason.NEWER_PACKAGE_VERSION,
				() -> read(Nodes.crafted(GTM, manifest, Map.of(), Map.of(), MEX.certificate())));
		assertTrue(e.getMessage().contains("2.0"), e.getMessage());
	}

	@Test
	void anEntryChangedAfterTheManifestWasSignedIsRefused() {
		byte[] document = Nodes.document(Nodes.organization("GTM", ID, 1, "Oficina"));
		SignedRecord record = Nodes.signedBy(GTM, ID, "GTM", 1, document);
		Map<String, byte[]> listed = entries(record);
		Map<String, byte[]> swapped = new LinkedHashMap<>(listed);
		swapped.put("records/000001.json", Nodes.document(Nodes.organization("GTM", ID, 1, "Otra")));
		PackageManifest manifest = manifest("GTM", PackageManifest.CURRENT_VERSION,
				List.of(new PackageManifest.Entry("records/000001.json", "records/000001.json.p7s", ID, "GTM", 1,
						List.of())));

		assertRefused(Reason.ENTRIES_DO_NOT_MATCH,
				() -> read(Nodes.crafted(GTM, manifest, listed, swapped, MEX.certificate())));
		Map<String, byte[]> extra = new LinkedHashMap<>(listed);
		extra.put("attachments/000001-001.bin", new byte[] { 1 });
		assertRefused(Reason.ENTRIES_DO_NOT_MATCH,
				() -> read(Nodes.crafted(GTM, manifest, listed, extra, MEX.certificate())));
	}

	@Test
	void entriesWithPathsOfTheirOwnAreRefused() {
		for (String name : List.of("../../etc/cron.d/evil", "/tmp/evil", "records/../../evil.json",
				"records\\..\\evil.json", "C:/evil", "records/000001.json/../x")) {
			byte[] zip = zip(Map.of(name, new byte[] { 1 }));

			PackageException e = assertRefused(Reason.BAD_ENTRY_NAME,
					() -> read(Envelopes.seal(zip, List.of(MEX.certificate()))));
			assertTrue(e.getMessage().contains("gtm.pkg"), e.getMessage());
		}
	}

	@Test
	void aCompressionBombIsRefusedAtTheLimitNotAfterInflatingIt() {
		byte[] zeros = new byte[64 * 1024 * 1024];
		byte[] bomb = zip(Map.of("attachments/000001-001.bin", zeros));
		assertTrue(bomb.length < 100_000, "64 MiB of zeros deflate to " + bomb.length + " bytes");

		PackageException e = assertRefused(Reason.TOO_LARGE,
				() -> read(Envelopes.seal(bomb, List.of(MEX.certificate()))));
		assertTrue(e.getMessage().contains("attachments/000001-001.bin"), e.getMessage());
	}

	@Test
	void tooManyEntriesOrTooLargeAnEntryIsRefused() {
		Map<String, byte[]> many = new LinkedHashMap<>();
		for (int i = 1; i <= 11; i++) {
			many.put(String.format("attachments/000001-%03d.bin", i), new byte[] { (byte) i });
		}
		byte[] file = Envelopes.seal(zip(many), List.of(MEX.certificate()));
		assertRefused(Reason.TOO_LARGE,
				() -> PackageReader.read(file, MEX, TRUSTED, "x.pkg", new SafeZip.Limits(10, 1_000, 10_000, 200)));

		byte[] large = Envelopes.seal(zip(Map.of("attachments/000001-001.bin", new byte[2_000])),
				List.of(MEX.certificate()));
		assertRefused(Reason.TOO_LARGE, () -> PackageReader.read(large, MEX, TRUSTED, "x.pkg",
				new SafeZip.Limits(10, 1_000, 10_000, 100_000)));
	}

	private static byte[] honest(NodeIdentity sender) {
		SignedRecord record = PackageWriter.signOwn(sender,
				Nodes.organization(sender.organization(), ID, 1, "Oficina"), List.of());
		return PackageWriter.write(sender, Map.of("MEX", MEX.certificate(), "XST", XST.certificate()),
				Optional.empty(), Optional.empty(), NOW, List.of(record));
	}

	private static PackageManifest manifest(String sender, String version, List<PackageManifest.Entry> records) {
		return new PackageManifest(version, sender, List.of("MEX"), Optional.empty(), Optional.empty(), NOW, records);
	}

	private static Map<String, byte[]> entries(SignedRecord record) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("records/000001.json", record.document());
		entries.put("records/000001.json.p7s", record.signature());
		return entries;
	}

	private static byte[] zip(Map<String, byte[]> entries) {
		return SafeZip.write(entries);
	}

	private static ReceivedPackage read(byte[] file) {
		return PackageReader.read(file, MEX, TRUSTED, "gtm.pkg");
	}

	private static PackageException assertRefused(Reason reason, Executable action) {
		PackageException e = assertThrows(PackageException.class, action);
		assertEquals(reason, e.reason(), e.getMessage());
		return e;
	}
}
