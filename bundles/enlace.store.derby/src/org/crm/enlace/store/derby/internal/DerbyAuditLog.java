package org.crm.enlace.store.derby.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crm.enlace.core.audit.AuditAccess;
import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.audit.AuditLog;
import org.crm.enlace.core.audit.AuditVerification;
import org.crm.enlace.core.time.Clock;

/** The audit log of a store as its user sees it (see {@link AuditAccess}); each call is a transaction of its own. */
final class DerbyAuditLog implements AuditLog {

	private final Transactions transactions;
	private final Actor actor;
	private final Clock clock;

	DerbyAuditLog(Transactions transactions, Actor actor, Clock clock) {
		this.transactions = transactions;
		this.actor = actor;
		this.clock = clock;
	}

	@Override
	public void recordExport(String what, int count) {
		record(AuditAction.EXPORT, describe(what, count));
	}

	@Override
	public void recordImport(String what, int count) {
		record(AuditAction.IMPORT, describe(what, count));
	}

	@Override
	public void recordRefusedImport(String what, String why) {
		Objects.requireNonNull(why, "why");
		record(AuditAction.IMPORT_REFUSED, Objects.requireNonNull(what, "what") + ": " + why);
	}

	@Override
	public void recordKeyChange(String what) {
		record(AuditAction.KEYS, Objects.requireNonNull(what, "what"));
	}

	private static String describe(String what, int count) {
		Objects.requireNonNull(what, "what");
		return what + ": " + count;
	}

	/** Adds an entry that concerns no single record (an open, an export) in a transaction of its own. */
	void record(AuditAction action, String detail) {
		Instant now = clock.now();
		transactions.run("audit", connection -> {
			new AuditTrail(connection, actor, now).add(action, null, null, detail);
			return null;
		});
	}

	@Override
	public List<AuditEntry> entries(Instant since) {
		Optional<String> organization = AuditAccess.readsEveryEntry(actor.organization()) ? Optional.empty()
				: Optional.of(actor.organization());
		return transactions.run("audit entries", connection -> new AuditTable(connection).entries(since,
				organization));
	}

	@Override
	public AuditVerification verify() {
		return transactions.run("audit verify", connection -> new AuditTable(connection).verify());
	}
}
