package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditLog;
import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Tlp;

/**
 * What one transaction adds to the audit log, for one actor: the entries go into AUDIT_LOG on the transaction's
 * connection, so they are committed or rolled back with the change they describe. Details are a record's class name
 * or a short technical note, never a value of a record.
 */
final class AuditTrail {

	/** Reading these is logged; CLEAR and GREEN records may be shared freely, so reading them is not. */
	static final Set<Tlp> AUDITED_READS = EnumSet.of(Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED);

	private final AuditTable table;
	private final Actor actor;
	private final Instant at;
	private AuditTable.Head head;

	/** Entries are inserted as they are added. */
	AuditTrail(Connection connection, Actor actor, Instant now) {
		this(connection, actor, now, Inserts.immediate(connection));
	}

	/**
	 * @param now     the time of the transaction; kept to the microsecond, which the TIMESTAMP column holds exactly
	 * @param inserts where the entries' rows go; the chain's head is kept here, so they may wait in a batch
	 */
	AuditTrail(Connection connection, Actor actor, Instant now, Inserts inserts) {
		this.table = new AuditTable(connection, inserts);
		this.actor = actor;
		this.at = now.truncatedTo(ChronoUnit.MICROS);
		if (actor.name().length() > RecordTable.USER_LENGTH) {
			throw new StoreException(Reason.INVALID, "userName");
		}
	}

	void add(AuditAction action, String recordId, Integer recordVersion, String detail) throws SQLException {
		if (head == null) {
			head = table.head();
		}
		head = table.append(head, at, actor, action, recordId, recordVersion, shortened(detail));
	}

	/** A saved or deleted record, at its new version. */
	void wrote(Record record, Operation operation) throws SQLException {
		add(AuditAction.valueOf(operation.name()), record.getId(), record.getVersion(), record.eClass().getName());
	}

	void scrubbed(String id, int version, String eClassName) throws SQLException {
		add(AuditAction.SCRUB, id, version, simpleName(eClassName));
	}

	/** One entry per record handed out whose marking asks for it. */
	void read(Collection<? extends Record> records, String call) throws SQLException {
		for (Record record : records) {
			if (AUDITED_READS.contains(record.getTlp())) {
				add(AuditAction.READ, record.getId(), record.getVersion(), call + ' ' + record.eClass().getName());
			}
		}
	}

	/* nsURI#Name → Name: the store's class names are long and the URI says nothing to a reader of the log. */
	private static String simpleName(String eClassName) {
		return eClassName.substring(eClassName.lastIndexOf('#') + 1);
	}

	private static String shortened(String detail) {
		if (detail == null || detail.length() <= AuditLog.MAX_DETAIL) {
			return detail;
		}
		return detail.substring(0, AuditLog.MAX_DETAIL);
	}
}
