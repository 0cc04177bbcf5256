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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.time.Instant;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.store.Receipt;
import org.crm.enlace.core.store.Receipt.Reason;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.packages.PackageException;
import org.crm.enlace.packages.PackageExport;
import org.crm.enlace.packages.PackageImport;
import org.crm.enlace.packages.PackageImport.Outcome;
import org.crm.enlace.packages.PackageManifest;
import org.crm.enlace.packages.PackageReader;
import org.crm.enlace.packages.PackageWriter;
import org.crm.enlace.packages.ReceivedPackage;
import org.crm.enlace.packages.ReceivedRecord.Status;
import org.crm.enlace.packages.SignedRecord;
import org.crm.enlace.packages.internal.Envelopes;
import org.crm.enlace.packages.internal.SafeZip;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages between real nodes (a data folder each): what a recipient may see arrives with its attachments, importing
 * twice changes nothing, newer replaces older and never the reverse, the Secretariat relays with the owners'
 * signatures, and every bad package leaves the store as it was and is audited.
 */
class PackageImportTest {

	private static final byte[] SCAN = "%PDF-1.7 acta ficticia".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path gtmData;
	@TempDir
	Path mexData;
	@TempDir
	Path xstData;

	private Instant now = NOW;
	private final Clock clock = () -> now;
	private String toMexico;
	private String allMembers;
	private String toMexicoAndSecretariat;

	@BeforeEach
	void guatemalaHasRecordsOfEveryReleasability() {
		try (RecordStore store = gtm()) {
			toMexico = store.save(organization("GTM", "Para México", Releasability.LISTED, "MEX")).getId();
			allMembers = store.save(organization("GTM", "Para los miembros", Releasability.ALL_MEMBERS)).getId();
			store.save(organization("GTM", "Solo Guatemala", Releasability.OWNER_ONLY));
			store.save(organization("GTM", "Para Honduras", Releasability.LISTED, "HND"));
			toMexicoAndSecretariat = store.save(organization("GTM", "Para México y la Secretaría",
					Releasability.LISTED, "MEX", "XST")).getId();
			store.attach(allMembers, "acta-ficticia.pdf", "application/pdf", SCAN);
		}
	}

	@Test
	void mexicoImportsWhatItMaySeeWithItsAttachmentsAndASecondImportChangesNothing() {
		byte[] file = exportFromGuatemala("MEX");

		try (RecordStore store = mex()) {
			Outcome first = PackageImport.importPackage(store, MEX, TRUSTED, file, "gtm.pkg");

			assertTrue(first.imported(), first.toString());
			assertEquals(new Receipt(3, 0, 0, 0, List.of()), first.receipt().orElseThrow());
			Map<String, String> imported = NodeStores.snapshot(store);
			assertEquals(Set.of(toMexico, allMembers, toMexicoAndSecretariat), imported.keySet());
			assertArrayEquals(SCAN, store.readAttachment(store.attachments(allMembers).getFirst().id()));
			AuditEntry audited = NodeStores.audited(store, AuditAction.IMPORT).getFirst();
			assertTrue(audited.detail().startsWith("package from GTM (added 3"), audited.detail());
			assertEquals(3, NodeStores.audited(store, AuditAction.RECEIVE).size(), "one entry per record");

			Outcome second = PackageImport.importPackage(store, MEX, TRUSTED, file, "gtm.pkg");

			assertEquals(new Receipt(0, 0, 3, 0, List.of()), second.receipt().orElseThrow());
			assertEquals(imported, NodeStores.snapshot(store));
		}
	}

	@Test
	void anExportStoppedByItsProgressMakesNoPackageAndAuditsNothing() {
		try (RecordStore store = gtm()) {
			int[] told = { 0 };
			assertThrows(CancellationException.class, () -> PackageExport.export(store, GTM,
					Map.of("MEX", TRUSTED.get("MEX")), Optional.empty(), Optional.empty(), NOW, () -> {
						if (++told[0] == 2) {
							throw new CancellationException();
						}
					}));
			assertEquals(2, told[0], "told of each record until stopped");
			assertEquals(List.of(), NodeStores.audited(store, AuditAction.EXPORT));
			PackageExport.export(store, GTM, Map.of("MEX", TRUSTED.get("MEX")), Optional.empty(), Optional.empty(),
					NOW, () -> told[0]++);
			assertEquals(2 + 5, told[0], "once per record, taken or withheld");
		}
	}

	@Test
	void aNewerVersionReplacesTheOlderAndTheOlderPackageReplayedIsRefusedWhole() {
		byte[] older = exportFromGuatemala("MEX");
		now = NOW.plus(Duration.ofDays(1));
		try (RecordStore store = gtm()) {
			Organization changed = (Organization) store.findById(allMembers).orElseThrow();
			changed.setName("Para los miembros, corregido");
			store.save(changed);
		}
		byte[] newer = exportFromGuatemala("MEX");

		try (RecordStore store = mex()) {
			PackageImport.importPackage(store, MEX, TRUSTED, older, "antiguo.pkg");
			Outcome replaced = PackageImport.importPackage(store, MEX, TRUSTED, newer, "nuevo.pkg");
			assertEquals(new Receipt(0, 1, 2, 0, List.of()), replaced.receipt().orElseThrow());
			assertEquals("Para los miembros, corregido",
					((Organization) store.findById(allMembers).orElseThrow()).getName());
			Map<String, String> before = NodeStores.snapshot(store);

			Outcome replayed = PackageImport.importPackage(store, MEX, TRUSTED, older, "antiguo.pkg");

			assertFalse(replayed.imported());
			assertEquals(List.of(new Receipt.Refusal(allMembers, 1, Reason.OLDER_VERSION)),
					replayed.receipt().orElseThrow().refusals());
			assertEquals(before, NodeStores.snapshot(store));
			assertEquals("package from GTM: OLDER_VERSION x1",
					NodeStores.audited(store, AuditAction.IMPORT_REFUSED).getLast().detail());
		}
	}

	@Test
	void theSecretariatRelaysToEachCountryWhatItMaySeeWithTheOwnersSignatures() {
		byte[] toSecretariat = exportFromGuatemala("XST");
		byte[] relayed;
		try (RecordStore store = xst()) {
			store.save(organization("XST", "Circular de la Secretaría", Releasability.ALL_MEMBERS));
			assertTrue(PackageImport.importPackage(store, XST, TRUSTED, toSecretariat, "gtm.pkg").imported());
			relayed = PackageExport.relay(store, XST, "MEX", MEX.certificate(), Optional.empty(), Optional.empty(),
					now).file();
			assertEquals(1, PackageExport.relay(store, XST, "GTM", GTM.certificate(), Optional.empty(),
					Optional.empty(), now).records(), "Guatemala gets only the Secretariat's own record, not its own");
		}

		ReceivedPackage inspected = PackageReader.read(relayed, MEX, TRUSTED, "xst.pkg");
		assertEquals("XST", inspected.manifest().sender());
		Map<String, Optional<String>> signers = new LinkedHashMap<>();
		inspected.records().forEach(record -> signers.put(record.signed().owner(), record.signer()));
		assertEquals(Map.of("GTM", Optional.of("GTM"), "XST", Optional.of("XST")), signers,
				"each record signed by its owner, not by the relay");
		try (RecordStore store = mex()) {
			Outcome outcome = PackageImport.importPackage(store, MEX, TRUSTED, relayed, "xst.pkg");
			assertTrue(outcome.imported(), outcome.toString());
			assertEquals(3, outcome.receipt().orElseThrow().added(),
					"Guatemala's two records the Secretariat and Mexico may both see, and the Secretariat's own");
			assertTrue(store.findById(toMexicoAndSecretariat).isPresent());
			assertFalse(store.findById(toMexico).isPresent(), "not released to the Secretariat, so not relayed");
			assertArrayEquals(SCAN, store.readAttachment(store.attachments(allMembers).getFirst().id()));
		}
	}

	@Test
	void everyBadPackageLeavesTheStoreAsItWasAndIsAudited() {
		byte[] honest = exportFromGuatemala("MEX");
		Map<String, Supplier<byte[]>> bad = new LinkedHashMap<>();
		bad.put("broken signature", () -> recordPackage(GTM, document("GTM", "Otra", Releasability.ALL_MEMBERS),
				GTM, document("GTM", "Cambiada", Releasability.ALL_MEMBERS)));
		bad.put("signed by another country", () -> recordPackage(XST,
				document("GTM", "Firmada por otro", Releasability.ALL_MEMBERS), GTM, null));
		bad.put("unknown signer", () -> recordPackage(SLV,
				document("GTM", "Firmada por desconocido", Releasability.ALL_MEMBERS), GTM, null));
		bad.put("schema failure", () -> recordPackage(GTM, new String(
				document("GTM", "Fuera del formato", Releasability.ALL_MEMBERS), StandardCharsets.UTF_8)
				.replace("\"ALL_MEMBERS\"", "\"EVERYONE\"").getBytes(StandardCharsets.UTF_8), GTM, null));
		bad.put("truncated", () -> Arrays.copyOf(honest, honest.length / 2));
		bad.put("not a package", () -> "hola, no soy un paquete".getBytes(StandardCharsets.UTF_8));
		bad.put("path traversal", () -> Envelopes.seal(SafeZip.write(Map.of("../../evil.json", new byte[] { 1 })),
				List.of(MEX.certificate())));
		bad.put("compression bomb", () -> Envelopes.seal(
				SafeZip.write(Map.of("attachments/000001-001.bin", new byte[64 * 1024 * 1024])),
				List.of(MEX.certificate())));
		bad.put("newer format", () -> Nodes.crafted(GTM, new PackageManifest("2.0", "GTM", List.of("MEX"),
				Optional.empty(), Optional.empty(), NOW, List.of()), Map.of(), Map.of(), MEX.certificate()));

		try (RecordStore store = mex()) {
			PackageImport.importPackage(store, MEX, TRUSTED, honest, "gtm.pkg");
			Map<String, String> before = NodeStores.snapshot(store);
			for (Map.Entry<String, Supplier<byte[]>> badCase : bad.entrySet()) {
				int refusedBefore = NodeStores.audited(store, AuditAction.IMPORT_REFUSED).size();
				byte[] file = badCase.getValue().get();

				Optional<Outcome> outcome = importOrRefusal(store, file);

				assertTrue(outcome.map(o -> !o.imported()).orElse(true), badCase.getKey());
				assertEquals(before, NodeStores.snapshot(store), badCase.getKey());
				assertEquals(refusedBefore + 1, NodeStores.audited(store, AuditAction.IMPORT_REFUSED).size(),
						badCase.getKey());
			}
			List<String> details = NodeStores.audited(store, AuditAction.IMPORT_REFUSED).stream()
					.map(AuditEntry::detail).toList();
			assertEquals(List.of("package from GTM: BROKEN_SIGNATURE x1", "package from GTM: SIGNED_BY_NON_OWNER x1",
					"package from GTM: UNKNOWN_SIGNER x1", "package from GTM: INVALID x1", "package: NOT_A_PACKAGE",
					"package: NOT_A_PACKAGE", "package: BAD_ENTRY_NAME", "package: TOO_LARGE",
					"package: NEWER_PACKAGE_VERSION"), details);
		}
	}

	@Test
	void aRejectedRecordIsReportedWithItsStatusAndNothingIsImported() {
		try (RecordStore store = mex()) {
			Outcome outcome = PackageImport.importPackage(store, MEX, TRUSTED, recordPackage(XST,
					document("GTM", "Firmada por otro", Releasability.ALL_MEMBERS), GTM, null), "x.pkg");

			assertEquals(List.of(Status.SIGNED_BY_NON_OWNER),
					outcome.rejected().stream().map(record -> record.status()).toList());
			assertTrue(outcome.receipt().isEmpty());
			assertEquals(Map.of(), NodeStores.snapshot(store));
		}
	}

	private static Optional<Outcome> importOrRefusal(RecordStore store, byte[] file) {
		try {
			return Optional.of(PackageImport.importPackage(store, MEX, TRUSTED, file, "malo.pkg"));
		} catch (PackageException e) {
			return Optional.empty();
		}
	}

	private static final String FORGED_ID = "33333333-3333-4333-8333-333333333333";

	/* One record of Guatemala, its document signed by signer; sent is what the package carries (when not null). */
	private static byte[] recordPackage(org.crm.enlace.packages.NodeIdentity signer, byte[] signedDocument,
			org.crm.enlace.packages.NodeIdentity sender, byte[] sent) {
		SignedRecord signed = Nodes.signedBy(signer, FORGED_ID, "GTM", 1, signedDocument);
		SignedRecord carried = sent == null ? signed
				: new SignedRecord(FORGED_ID, "GTM", 1, sent, signed.signature(), List.of());
		return PackageWriter.write(sender, Map.of("MEX", MEX.certificate()), Optional.empty(), Optional.empty(), NOW,
				List.of(carried));
	}

	private static byte[] document(String owner, String name, Releasability releasability) {
		Organization organization = organization(owner, name, releasability);
		organization.setId(FORGED_ID);
		organization.setVersion(1);
		organization.setCreatedAt(NOW);
		organization.setCreatedBy("gt.enlace");
		organization.setModifiedAt(NOW);
		organization.setModifiedBy("gt.enlace");
		return Nodes.document(organization);
	}

	private byte[] exportFromGuatemala(String recipient) {
		try (RecordStore store = gtm()) {
			return PackageExport.export(store, GTM, Map.of(recipient, TRUSTED.get(recipient)), Optional.empty(),
					Optional.empty(), now).file();
		}
	}

	private RecordStore gtm() {
		return NodeStores.open(gtmData, "GTM", clock);
	}

	private RecordStore mex() {
		return NodeStores.open(mexData, "MEX", clock);
	}

	private RecordStore xst() {
		return NodeStores.open(xstData, "XST", clock);
	}

	private static Organization organization(String owner, String name, Releasability releasability,
			String... releasableTo) {
		Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
		organization.setOwnerCountry(owner);
		organization.setName(name);
		organization.setReleasability(releasability);
		organization.getReleasableTo().addAll(List.of(releasableTo));
		return organization;
	}
}
