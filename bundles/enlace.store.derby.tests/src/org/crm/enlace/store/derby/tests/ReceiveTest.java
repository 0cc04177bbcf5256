package org.crm.enlace.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.OwnerSigned;
import org.crm.enlace.core.store.Receipt;
import org.crm.enlace.core.store.Receipt.Reason;
import org.crm.enlace.core.store.Receipt.Refusal;
import org.crm.enlace.core.store.ReceivedVersion;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.store.derby.internal.TableDump;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Versions of other organizations' records received from their owners' nodes: kept as the owner made them, newer
 * ones replacing older ones, the same one changing nothing, an older one refused, and any refusal leaving the whole
 * store as it was.
 */
class ReceiveTest {

	private static final CurrentUser MEXICO = new CurrentUser("mx.enlace", "MEX", Role.LIAISON_OFFICER);
	private static final byte[] PHOTO = "imagen ficticia".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path guatemalaData;
	@TempDir
	Path mexicoData;

	private final TestClock clock = new TestClock();

	private RecordStore guatemala() throws InterruptedException {
		return TestSupport.factoryService().open(guatemalaData, TestSupport.USER, TestSupport.KEYS, clock);
	}

	private RecordStore mexico() throws InterruptedException {
		return TestSupport.factoryService().open(mexicoData, MEXICO, TestSupport.KEYS, clock);
	}

	/* A saved version as Guatemala's node would send it; the "signature" is a stand-in: the store keeps, not checks. */
	private static ReceivedVersion sent(Record version, ReceivedVersion.File... files) {
		byte[] document = ("documento " + version.getId() + " v" + version.getVersion())
				.getBytes(StandardCharsets.UTF_8);
		return new ReceivedVersion(EcoreUtil.copy(version), document, ("firma v" + version.getVersion()).getBytes(
				StandardCharsets.UTF_8), List.of(files));
	}

	private ContactPoint savedInGuatemala(Releasability releasability, String... releasableTo) throws Exception {
		try (RecordStore store = guatemala()) {
			return store.save(TestSupport.marked("GTM", releasability, releasableTo));
		}
	}

	private ContactPoint changedInGuatemala(ContactPoint contact, String fullName) throws Exception {
		clock.advance(Duration.ofHours(1));
		try (RecordStore store = guatemala()) {
			ContactPoint changed = EcoreUtil.copy(contact);
			changed.setFullName(fullName);
			return store.save(changed);
		}
	}

	@Test
	void aReceivedVersionIsKeptAsItsOwnerMadeItWithTheSignedBytes() throws Exception {
		ContactPoint original = savedInGuatemala(Releasability.LISTED, "MEX");
		clock.advance(Duration.ofDays(2));
		ReceivedVersion version = sent(original, new ReceivedVersion.File("foto.png", "image/png", PHOTO));

		try (RecordStore store = mexico()) {
			Receipt receipt = store.receive(List.of(version));

			assertEquals(new Receipt(1, 0, 0, 0, List.of()), receipt);
			Record kept = store.findById(original.getId()).orElseThrow();
			assertTrue(TestSupport.equalInFull(original, kept), "stamps and version are Guatemala's");
			OwnerSigned signed = store.ownerSigned(original.getId()).orElseThrow();
			assertArrayEquals(version.signedDocument(), signed.document());
			assertArrayEquals(version.signature(), signed.signature());
			assertEquals(1, signed.version());
			List<RecordVersion> history = store.history(original.getId());
			assertEquals(List.of(Operation.RECEIVE), history.stream().map(RecordVersion::operation).toList());
			Attachment photo = store.attachments(original.getId()).getFirst();
			assertArrayEquals(PHOTO, store.readAttachment(photo.id()));
			AuditEntry received = store.audit().entries(null).stream()
					.filter(entry -> entry.action() == AuditAction.RECEIVE).findFirst().orElseThrow();
			assertEquals(original.getId(), received.recordId());
			assertEquals("MEX", received.organization());
			assertThrows(StoreException.class, () -> store.save(EcoreUtil.copy(kept)),
					"a received record is still written by its owner only");
		}
	}

	@Test
	void receivingTheSameVersionAgainChangesNothingAndANewerOneReplacesIt() throws Exception {
		ContactPoint first = savedInGuatemala(Releasability.ALL_MEMBERS);
		ContactPoint second = changedInGuatemala(first, "Persona Ficticia Cambiada");
		try (RecordStore store = mexico()) {
			store.receive(List.of(sent(first, new ReceivedVersion.File("a.pdf", "application/pdf", PHOTO))));
			Map<String, List<String>> before = dump(store);

			assertEquals(new Receipt(0, 0, 1, 0, List.of()), store.receive(List.of(sent(first))));
			assertEquals(before, dump(store), "the second receipt of a version wrote nothing, not even to the log");

			assertEquals(new Receipt(0, 1, 0, 0, List.of()), store.receive(List.of(sent(second))));
			ContactPoint kept = (ContactPoint) store.findById(first.getId()).orElseThrow();
			assertEquals("Persona Ficticia Cambiada", kept.getFullName());
			assertEquals(2, kept.getVersion());
			assertEquals(List.of(), store.attachments(first.getId()), "the newer version came without the file");
			assertEquals(List.of(1, 2), store.history(first.getId()).stream().map(RecordVersion::version).toList());
		}
	}

	@Test
	void anOlderVersionIsRefusedAndTheWholeReceiptWritesNothing() throws Exception {
		ContactPoint first = savedInGuatemala(Releasability.ALL_MEMBERS);
		ContactPoint second = changedInGuatemala(first, "Persona Ficticia Cambiada");
		ContactPoint another = savedInGuatemala(Releasability.NETWORK);
		try (RecordStore store = mexico()) {
			store.receive(List.of(sent(second)));
			Map<String, List<String>> before = dump(store);

			Receipt receipt = store.receive(List.of(sent(another), sent(first)));

			assertFalse(receipt.applied());
			assertEquals(List.of(new Refusal(first.getId(), 1, Reason.OLDER_VERSION)), receipt.refusals());
			assertEquals(before, dump(store), "the valid version beside the replayed one was not written either");
			assertTrue(store.findById(another.getId()).isEmpty());
		}
	}

	@Test
	void versionsNotReleasableHereConflictingOrRepeatedAreRefused() throws Exception {
		ContactPoint secret = savedInGuatemala(Releasability.LISTED, "HND");
		ContactPoint shared = savedInGuatemala(Releasability.ALL_MEMBERS);
		try (RecordStore store = mexico()) {
			store.receive(List.of(sent(shared)));
			Map<String, List<String>> before = dump(store);
			ReceivedVersion forged = new ReceivedVersion(EcoreUtil.copy(shared),
					"otro documento".getBytes(StandardCharsets.UTF_8), new byte[] { 1 }, List.of());
			ContactPoint stolenId = TestSupport.marked("HND", Releasability.ALL_MEMBERS);
			stolenId.setId(shared.getId());
			stamp(stolenId);

			Receipt receipt = store.receive(List.of(sent(secret), forged, sent(stolenId), sent(shared), sent(shared)));

			assertEquals(List.of(new Refusal(secret.getId(), 1, Reason.NOT_RELEASABLE_HERE),
					new Refusal(shared.getId(), 1, Reason.CONFLICTING_VERSION),
					new Refusal(shared.getId(), 1, Reason.REPEATED),
					new Refusal(shared.getId(), 1, Reason.REPEATED),
					new Refusal(shared.getId(), 1, Reason.REPEATED)), receipt.refusals());
			assertEquals(before, dump(store));
			assertEquals(List.of(new Refusal(shared.getId(), 1, Reason.CONFLICTING_RECORD)),
					store.receive(List.of(sent(stolenId))).refusals(), "another owner's record under the same id");
		}
	}

	@Test
	void ownRecordsAreNeverTakenFromElsewhere() throws Exception {
		ContactPoint own = savedInGuatemala(Releasability.ALL_MEMBERS);
		ContactPoint echoed = EcoreUtil.copy(own);
		echoed.setVersion(7);
		echoed.setFullName("Cambio que no hizo Guatemala");
		try (RecordStore store = guatemala()) {
			assertEquals(new Receipt(0, 0, 0, 1, List.of()), store.receive(List.of(sent(echoed))));
			assertEquals(1, store.findById(own.getId()).orElseThrow().getVersion());
		}
	}

	@Test
	void aVersionWithoutItsOwnersStampsIsInvalid() throws Exception {
		ContactPoint unstamped = TestSupport.marked("GTM", Releasability.ALL_MEMBERS);
		unstamped.setId("sin-sellos");
		unstamped.setVersion(1);
		try (RecordStore store = mexico()) {
			assertEquals(List.of(new Refusal("sin-sellos", 1, Reason.INVALID)),
					store.receive(List.of(sent(unstamped))).refusals());
		}
	}

	private void stamp(Record record) {
		record.setVersion(1);
		record.setCreatedAt(clock.now());
		record.setCreatedBy("hn.enlace");
		record.setModifiedAt(clock.now());
		record.setModifiedBy("hn.enlace");
	}

	private static Map<String, List<String>> dump(RecordStore store) {
		Map<String, List<String>> tables = new TreeMap<>();
		for (String table : TableDump.TABLES) {
			tables.put(table, new ArrayList<>(TableDump.values(store, table)));
		}
		return tables;
	}
}
