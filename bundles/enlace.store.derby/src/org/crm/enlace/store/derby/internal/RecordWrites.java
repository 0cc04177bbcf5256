package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.OwnerSigned;
import org.crm.enlace.core.store.Receipt;
import org.crm.enlace.core.store.ReceivedVersion;
import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.core.store.StaleRecordException;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.IndexUpdate;
import org.crm.enlace.store.derby.internal.HistoryTable.VersionContent;
import org.crm.enlace.store.derby.internal.RecordTable.StoredRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Every write of the store, for one actor, inside the caller's transaction: the stamps, the write rule (only the
 * owner's users write a record), the version check, and keeping RECORDS, RECORD_HISTORY, RECORD_RELEASE and
 * RECORD_INDEX in step, and adding the audit entry of each change to the same transaction and each change to the
 * full-text index's update that commits with it. New rows go through the transaction's {@link Inserts}, so the rows
 * of a {@code saveAll} are executed as a batch per table; a record's rows that may still wait there are flushed
 * before the record is read or changed again.
 */
final class RecordWrites {

	private final Actor actor;
	private final Instant now;
	private final RecordTable records;
	private final HistoryTable history;
	private final IndexTable index;
	private final Visibility visibility;
	private final AuditTrail audit;
	private final IndexUpdate fullText;
	private final AttachmentTable attachments;
	private final AttachmentFiles files;
	private final FileChanges fileChanges;
	private final Inserts inserts;
	private final Connection connection;
	private final OwnerSignedTable signed;
	/* Records written in this transaction whose rows may wait in the batches. */
	private final Set<String> written = new HashSet<>();

	/**
	 * @param audit         the transaction's audit trail, on the same {@code inserts}
	 * @param fileChanges   where the attachment files added and removed in this transaction are noted
	 * @param inserts       the transaction's inserts, flushed by the caller before it commits
	 */
	RecordWrites(Connection connection, Actor actor, Instant now, AuditTrail audit, IndexUpdate fullText,
			AttachmentFiles files, FileChanges fileChanges, Inserts inserts) {
		this.connection = connection;
		this.actor = actor;
		this.now = now;
		this.inserts = inserts;
		this.records = new RecordTable(connection, inserts);
		this.history = new HistoryTable(connection, inserts);
		this.index = new IndexTable(connection, inserts);
		this.visibility = new Visibility(actor);
		this.audit = audit;
		this.fullText = fullText;
		this.attachments = new AttachmentTable(connection);
		this.files = files;
		this.fileChanges = fileChanges;
		this.signed = new OwnerSignedTable(connection, inserts);
	}

	/** Stores a copy of {@code record}, stamped, and returns it. */
	Record save(Record record) throws SQLException {
		Record working = EcoreUtil.copy(record);
		String eClassName = EClassNames.ofStorable(working.eClass());
		boolean hasId = working.getId() != null && !working.getId().isEmpty();
		if (!hasId) {
			working.setId(UUID.randomUUID().toString());
		}
		if ((working.getOwnerCountry() == null || working.getOwnerCountry().isEmpty()) && !actor.system()) {
			// Every record has an owner; by default the organization its author acts for.
			working.setOwnerCountry(actor.organization());
		}
		Optional<StoredRecord> stored = hasId ? records.find(settle(working.getId())) : Optional.empty();
		Operation operation = stored.isPresent() ? Operation.UPDATE : Operation.CREATE;
		if (stored.isPresent()) {
			stampChange(working, stored.get(), record, eClassName);
		} else if (record.getVersion() != 0) {
			// It was stored once and is gone: saving must not bring it back unnoticed.
			throw new StoreException(Reason.STALE, working.getId());
		} else {
			stampNew(working);
		}
		checkLengths(working);
		checkMayWrite(working.getOwnerCountry());
		Set<IndexTable.Entry> entries = IndexTable.entries(working);
		String content = RecordCodec.write(working);
		if (stored.isPresent()) {
			records.update(working, eClassName, content);
			index.replace(working, entries);
		} else {
			records.insert(working, eClassName, EClassNames.withSuperTypes(working.eClass()), content);
			index.add(working, entries);
		}
		history.append(working, eClassName, content, operation);
		fullText.index(working);
		audit.wrote(working, operation);
		written.add(working.getId());
		return working;
	}

	/* Before a record written earlier in this transaction is read or changed, its waiting rows go in. */
	private String settle(String id) throws SQLException {
		if (written.contains(id)) {
			inserts.flush();
			written.clear();
		}
		return id;
	}

	private void stampNew(Record working) {
		working.setVersion(1);
		working.setCreatedAt(now);
		working.setCreatedBy(actor.name());
		working.setModifiedAt(now);
		working.setModifiedBy(actor.name());
	}

	private void stampChange(Record working, StoredRecord stored, Record attempted, String eClassName) {
		// First: a copy of another owner's record must not learn whether, or how, it changed.
		checkMayWrite(stored.owner());
		if (stored.deleted()) {
			// Deleted meanwhile: there is no current version to compare with.
			throw new StoreException(Reason.STALE, working.getId());
		}
		if (stored.version() != attempted.getVersion()) {
			throw new StaleRecordException(RecordCodec.read(stored.content()), EcoreUtil.copy(attempted));
		}
		if (!stored.eClassName().equals(eClassName)) {
			// An id names one record of one class for good.
			throw new StoreException(Reason.INVALID, "id " + working.getId());
		}
		// Creation stamps come from the store, whatever the caller's copy says.
		Record previous = RecordCodec.read(stored.content());
		working.setCreatedAt(previous.getCreatedAt());
		working.setCreatedBy(previous.getCreatedBy());
		working.setVersion(stored.version() + 1);
		working.setModifiedAt(now);
		working.setModifiedBy(actor.name());
	}

	/** @see org.crm.enlace.core.store.RecordRepository#receive */
	Receipt receive(List<ReceivedVersion> versions) throws SQLException {
		for (ReceivedVersion version : versions) {
			settle(version.record().getId());
		}
		Receiving.Plan plan = new Receiving(connection, actor).plan(versions);
		for (Receiving.Step step : plan.steps()) {
			storeReceived(step.version(), step.replacing());
		}
		return plan.receipt();
	}

	/* The version as its owner made it: stamps and version are the owner's, never this node's. */
	private void storeReceived(ReceivedVersion version, boolean replacing) throws SQLException {
		Record working = EcoreUtil.copy(version.record());
		String id = working.getId();
		String eClassName = EClassNames.ofStorable(working.eClass());
		Set<IndexTable.Entry> entries = IndexTable.entries(working);
		String content = RecordCodec.write(working);
		if (replacing) {
			records.update(working, eClassName, content);
			index.replace(working, entries);
			for (String attachment : attachments.idsOf(id)) {
				attachments.delete(attachment);
				fileChanges.removed(attachment);
			}
		} else {
			records.insert(working, eClassName, EClassNames.withSuperTypes(working.eClass()), content);
			index.add(working, entries);
		}
		history.append(working, eClassName, content, Operation.RECEIVE);
		signed.put(new OwnerSigned(id, working.getVersion(), version.signedDocument(), version.signature()),
				replacing);
		fullText.index(working);
		audit.wrote(working, Operation.RECEIVE);
		written.add(id);
		if (!version.attachments().isEmpty()) {
			// An attachment's row names its record, whose row may still wait in the batch.
			inserts.flush();
			for (ReceivedVersion.File file : version.attachments()) {
				String attachmentId = UUID.randomUUID().toString();
				fileChanges.added(attachmentId);
				files.write(attachmentId, id, file.content());
				attachments.insert(new Attachment(attachmentId, id, file.name().strip(), file.mediaType().strip(),
						file.content().length, now, actor.name()));
			}
		}
	}

	/** @see org.crm.enlace.core.store.RecordRepository#delete */
	boolean delete(String id) throws SQLException {
		Optional<StoredRecord> stored = records.find(settle(id), visibility.live("R"));
		if (stored.isEmpty()) {
			return false;
		}
		checkMayWrite(stored.get().owner());
		Record deleted = RecordCodec.read(stored.get().content());
		deleted.setVersion(stored.get().version() + 1);
		deleted.setModifiedAt(now);
		deleted.setModifiedBy(actor.name());
		checkLengths(deleted);
		String content = RecordCodec.write(deleted);
		records.update(deleted, stored.get().eClassName(), content);
		records.markDeleted(id);
		history.append(deleted, stored.get().eClassName(), content, Operation.DELETE);
		fullText.delete(id);
		audit.wrote(deleted, Operation.DELETE);
		written.add(id);
		return true;
	}

	/** @see org.crm.enlace.core.store.RecordRepository#scrub */
	boolean scrub(String id) throws SQLException {
		Optional<StoredRecord> stored = records.find(settle(id), visibility.liveOrOwnDeleted("R"));
		if (stored.isEmpty()) {
			return false;
		}
		checkMayWrite(stored.get().owner());
		records.markScrubbed(id, skeleton(stored.get().content()));
		for (VersionContent version : history.contents(id)) {
			history.replaceContent(id, version.version(), skeleton(version.content()));
		}
		index.remove(id);
		fullText.delete(id);
		for (String attachment : attachments.idsOf(id)) {
			attachments.delete(attachment);
			fileChanges.removed(attachment);
		}
		audit.scrubbed(id, stored.get().version(), stored.get().eClassName());
		return true;
	}

	/** @see org.crm.enlace.core.store.RecordRepository#attach */
	Attachment attach(String attachmentId, String recordId, String name, String mediaType, byte[] content)
			throws SQLException {
		Optional<StoredRecord> stored = records.find(settle(recordId), visibility.live("R"));
		if (stored.isEmpty()) {
			throw new StoreException(Reason.RECORD_NOT_FOUND, recordId);
		}
		checkMayWrite(stored.get().owner());
		Attachment attachment = new Attachment(attachmentId, recordId, name, mediaType, content.length, now,
				actor.name());
		fileChanges.added(attachmentId);
		files.write(attachmentId, recordId, content);
		attachments.insert(attachment);
		audit.add(AuditAction.ATTACH, recordId, stored.get().version(), mediaType);
		return attachment;
	}

	/** @see org.crm.enlace.core.store.RecordRepository#detach */
	boolean detach(String attachmentId) throws SQLException {
		Optional<AttachmentTable.Row> row = attachments.find(attachmentId, visibility.live("R"));
		if (row.isEmpty()) {
			return false;
		}
		checkMayWrite(row.get().owner());
		attachments.delete(attachmentId);
		audit.add(AuditAction.DETACH, row.get().attachment().recordId(), row.get().recordVersion(),
				row.get().attachment().mediaType());
		fileChanges.removed(attachmentId);
		return true;
	}

	private static String skeleton(String content) {
		return RecordCodec.write(Skeletons.of(RecordCodec.read(content)));
	}

	private void checkMayWrite(String owner) {
		if (owner == null || owner.isEmpty()) {
			throw new StoreException(Reason.INVALID, "ownerCountry");
		}
		if (!actor.mayWrite(owner)) {
			// Names the user's organization, never the record's: the message must not tell what it holds.
			throw new StoreException(Reason.FORBIDDEN, actor.organization());
		}
	}

	/* Checked before writing so that the message can name the field; Derby's own message would quote the value. */
	private static void checkLengths(Record record) {
		checkLength("id", record.getId(), RecordTable.ID_LENGTH);
		checkLength("ownerCountry", record.getOwnerCountry(), RecordTable.OWNER_LENGTH);
		checkLength("createdBy", record.getCreatedBy(), RecordTable.USER_LENGTH);
		checkLength("modifiedBy", record.getModifiedBy(), RecordTable.USER_LENGTH);
		for (String organization : record.getReleasableTo()) {
			checkLength("releasableTo", organization, RecordTable.OWNER_LENGTH);
		}
	}

	private static void checkLength(String feature, String value, int maximum) {
		if (value == null || value.length() > maximum) {
			throw new StoreException(Reason.INVALID, feature);
		}
	}
}
