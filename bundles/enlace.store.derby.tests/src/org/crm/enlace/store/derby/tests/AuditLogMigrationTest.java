package org.crm.enlace.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.store.derby.internal.Schema;
import org.crm.enlace.store.derby.internal.TableDump;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by schema version 2 (releasability and history, no audit log) opens with this build: version 3
 * adds the audit log and leaves every record, version and release as it was.
 * <p>
 * {@code resources/v2-database/v2-database.zip} is the {@code db/} folder that {@code MakeV2Database.java} (beside
 * it, where its Javadoc says how it was run) wrote with the store of commit a81bac5.
 */
class AuditLogMigrationTest {

	private static final String RESOURCE = "resources/v2-database/v2-database.zip";
	private static final CurrentUser GUATEMALA = new CurrentUser("gt.enlace", "GTM", Role.LIAISON_OFFICER);

	@TempDir
	Path data;

	@BeforeEach
	void unzipTheVersion2Database() throws IOException {
		DatabaseResources.unzip(RESOURCE, data);
	}

	@Test
	void everyRecordVersionAndReleaseStaysAndTheAuditLogStartsWithThisOpen() throws Exception {
		Map<String, List<RecordVersion>> histories = new TreeMap<>();
		try (RecordStore store = TestSupport.factoryService().openAfterSeeding(data, GUATEMALA, TestSupport.KEYS, new TestClock(),
				system -> {
					List<Record> all = new ArrayList<>(system.findAll(EnlacePackage.Literals.RECORD,
							Record.class));
					all.addAll(system.find(RecordQuery.of(EnlacePackage.Literals.RECORD).deletedOnly(), Record.class));
					all.forEach(r -> histories.put(r.getId(), system.history(r.getId())));
				})) {
			assertEquals(Schema.current().version(), TableDump.rows(store, "SCHEMA_INFO"));
			assertEquals(List.of("v2-gtm-changed", "v2-gtm-deleted", "v2-gtm-organization", "v2-gtm-scrubbed",
					"v2-hnd-all", "v2-mex-listed", "v2-xst-secretariat"), List.copyOf(histories.keySet()));
			assertEquals(List.of(Releasability.OWNER_ONLY, Releasability.OWNER_ONLY, Releasability.ALL_MEMBERS),
					histories.get("v2-gtm-changed").stream().map(v -> v.record().getReleasability()).toList());
			assertEquals(RecordVersion.Operation.DELETE, histories.get("v2-gtm-deleted").getLast().operation());
			assertTrue(histories.get("v2-gtm-scrubbed").stream().allMatch(RecordVersion::scrubbed));
			assertEquals("Enlace (cambio 2)", ((ContactPoint) store.findById("v2-gtm-changed").orElseThrow())
					.getTitle());
			assertTrue(store.findById("v2-mex-listed").isPresent(), "released to GTM by name");
			assertFalse(store.findById("v2-xst-secretariat").isPresent(), "the Secretariat's only");

			List<AuditEntry> entries = store.audit().entries(null);
			assertEquals(AuditAction.OPEN, entries.getFirst().action());
			assertEquals(1, entries.getFirst().sequence());
			assertTrue(entries.stream().anyMatch(e -> e.action() == AuditAction.READ
					&& "v2-mex-listed".equals(e.recordId())), "reading the AMBER record was logged");
			assertTrue(store.audit().verify().isIntact());
		}
	}
}
