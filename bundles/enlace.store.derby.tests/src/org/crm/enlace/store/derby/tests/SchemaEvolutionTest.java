package org.crm.enlace.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.store.derby.internal.Schema;
import org.crm.enlace.store.derby.internal.TableDump;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by schema version 1 opens with this build (migrated through versions 2 and 3): every record is still there, released to all
 * members (as every record was visible to all before), and its current version is the first entry of its history.
 * <p>
 * {@code resources/v1-database/v1-database.zip} is the {@code db/} folder that {@code MakeV1Database.java} (beside
 * it, where its Javadoc says how it was run) wrote with the store of commit a3eaa29, before releasability and history
 * existed: the 16 countries of the catalogue, Guatemala's migration authority, and Guatemala's two contact points,
 * the permanent one changed twice (version 3). A fourth record was deleted in version 1 and is not there.
 */
class SchemaEvolutionTest {

	private static final String RESOURCE = "resources/v1-database/v1-database.zip";
	private static final CurrentUser GUATEMALA = new CurrentUser("gt.enlace", "GTM", Role.LIAISON_OFFICER);

	@TempDir
	Path data;

	@BeforeEach
	void unzipTheVersion1Database() throws IOException {
		DatabaseResources.unzip(RESOURCE, data);
	}


	@Test
	void everyRecordIsThereReleasedToAllMembersWithItsCurrentVersionAsHistory() throws Exception {
		try (RecordStore store = TestSupport.factoryService().open(data, GUATEMALA, TestSupport.KEYS, new TestClock())) {
			List<Record> records = store.findAll(EnlacePackage.Literals.RECORD, Record.class);
			assertEquals(19, records.size());
			assertEquals(16, store.count(EnlacePackage.Literals.COUNTRY));
			assertEquals(Schema.current().version(), TableDump.rows(store, "SCHEMA_INFO"));
			assertEquals(List.of(AuditAction.OPEN), store.audit().entries(null).stream().map(AuditEntry::action)
					.toList(), "version 3 starts the audit log with this open");
			assertTrue(store.audit().verify().isIntact());
			for (Record record : records) {
				assertEquals(Releasability.ALL_MEMBERS, record.getReleasability(), record.getId());
				assertEquals(Tlp.GREEN, record.getTlp(), record.getId());
				List<RecordVersion> history = store.history(record.getId());
				assertEquals(1, history.size(), record.getId());
				assertEquals(record.getVersion(), history.getFirst().version());
				assertEquals(record.getModifiedAt(), history.getFirst().modifiedAt());
				assertEquals(record.getVersion() == 1 ? Operation.CREATE : Operation.UPDATE,
						history.getFirst().operation());
				assertTrue(TestSupport.equalInFull(record, history.getFirst().record()), record.getId());
			}
			ContactPoint permanent = (ContactPoint) store.findById("v1-contact-gtm-permanent").orElseThrow();
			assertEquals(3, permanent.getVersion());
			assertEquals("Enlace nacional (cambio 2)", permanent.getTitle());
			assertEquals("Ana Ficticia Versión Uno", permanent.getFullName());
			assertEquals(Instant.parse("2026-11-01T14:00:00Z"), permanent.getModifiedAt());
			assertEquals("v1.maker", permanent.getModifiedBy());
			assertEquals("Control migratorio <entradas> & \"salidas\".",
					((Organization) store.findById("v1-org-igm").orElseThrow()).getMandate());
			assertTrue(store.findById("v1-org-gone").isEmpty());
			assertTrue(store.history("v1-org-gone").isEmpty());
			assertEquals(2, store.count(RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT)
					.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, "GTM")), "index fields were indexed");
			assertEquals(1, store.count(RecordQuery.of(EnlacePackage.Literals.COUNTRY)
					.where(EnlacePackage.Literals.COUNTRY__CODE, "MEX")));

			permanent.setTitle("Enlace nacional (cambio 3)");
			assertEquals(4, store.save(permanent).getVersion());
			assertEquals(List.of(3, 4), store.history(permanent.getId()).stream().map(RecordVersion::version)
					.toList());
		}
	}

	@Test
	void theMigratedRecordsFollowTheAccessRuleAndTheMigrationRunsOnce() throws Exception {
		TestSupport.factoryService().open(data, GUATEMALA, TestSupport.KEYS, new TestClock()).close();

		try (RecordStore mexico = TestSupport.factoryService().open(data,
				new CurrentUser("mx.analista", "MEX", Role.ANALYST), TestSupport.KEYS, new TestClock())) {
			assertEquals(19, mexico.count(EnlacePackage.Literals.RECORD), "a member sees all of them");
			assertEquals(1, mexico.history("v1-contact-gtm-permanent").size());
			assertEquals(Schema.current().version(), TableDump.rows(mexico, "SCHEMA_INFO"));
		}
		try (RecordStore colombia = TestSupport.factoryService().open(data,
				new CurrentUser("co.analista", "COL", Role.ANALYST), TestSupport.KEYS, new TestClock())) {
			assertEquals(List.of("COL"), colombia.findAll(EnlacePackage.Literals.RECORD, Record.class).stream()
					.map(Record::getOwnerCountry).toList(), "an observer sees its own country's record only");
		}
	}
}
