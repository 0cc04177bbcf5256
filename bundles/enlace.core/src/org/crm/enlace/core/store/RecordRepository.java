package org.crm.enlace.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EClass;

/**
 * Where the areas read and write records, as one user (see {@link org.crm.enlace.core.access.AccessRule}): every
 * read returns only the records that user may see, every write is refused unless the user's organization owns the
 * record. Implementations keep every call in one transaction: a failed call leaves the store exactly as it was.
 * Objects handed out are copies; change them and {@link #save} them back.
 * <p>
 * Nothing is ever removed for good except by {@link #scrub}: {@link #delete} hides a record and keeps its history.
 */
public interface RecordRepository {

	/** Every live record the user may see whose class is {@code type} or one of its subclasses, ordered by id. */
	<T extends Record> List<T> findAll(EClass type, Class<T> javaType);

	/** The live record with this id, when the user may see it. */
	Optional<Record> findById(String id);

	/** The records that match the query and that the user may see, ordered by id. */
	<T extends Record> List<T> find(RecordQuery query, Class<T> javaType);

	/**
	 * One page of {@link #find(RecordQuery, Class)}: at most {@code limit} records from position {@code offset}
	 * (0-based) of its order. What virtual lists read as they scroll, with {@link #count(RecordQuery)} for their size.
	 */
	<T extends Record> List<T> find(RecordQuery query, long offset, int limit, Class<T> javaType);

	/**
	 * One page of {@link #find(RecordQuery, Class)} by key: at most {@code limit} records whose id comes after
	 * {@code afterId} in its order ({@code null} for the first page). Unlike an offset, which the store must walk
	 * from the start, a key takes it straight to the page: the next page is read after the last id of this one.
	 */
	<T extends Record> List<T> findAfter(RecordQuery query, String afterId, int limit, Class<T> javaType);

	/**
	 * The ids of every record of {@link #find(RecordQuery, Class)}, in its order, read from the store's indexes
	 * without the records' contents: what a list of a million records needs for its size and to reach any position
	 * ({@link #findByIds} reads the records at the positions shown). Read beside the other calls, which it does not
	 * hold up; not audited, since it hands out no record (like {@link #count(RecordQuery)}). Seconds at a million.
	 *
	 * @param progress told the ids read so far (the total is unknown: -1); cancelling it stops the read
	 * @return empty when {@code progress} cancelled the read
	 */
	Optional<RecordIds> ids(RecordQuery query, Progress progress);

	/**
	 * The live records with these ids that the user may see, in the order of {@code ids}: an id of a record deleted
	 * meanwhile, or one the user may not see, is left out. Reads of AMBER and RED records are audited as by
	 * {@link #findById}. Meant for a page of a list (tens or hundreds of ids): one lookup per id.
	 */
	List<Record> findByIds(List<String> ids);

	/**
	 * Stores a new record (version 0, id assigned when empty, owned by the user's organization when no owner is
	 * given) or a change to a stored one. The record's version must be the stored version, otherwise nothing is
	 * written and a {@link StaleRecordException} is thrown with both versions. Every save adds a version to the
	 * record's history.
	 *
	 * @return a copy of what was stored, with its new version and timestamps
	 * @throws StoreException {@code FORBIDDEN} when the record is, or would become, owned by another organization;
	 *                        {@code STALE} also when the record was deleted meanwhile
	 */
	<T extends Record> T save(T record);

	/** Saves all records in one transaction: either all are stored or none. */
	List<Record> saveAll(Collection<? extends Record> records);

	/**
	 * Applies versions of other organizations' records received from their owners' nodes (an exchange package), all
	 * in one transaction: a record the store does not hold is added, an older stored version is replaced (its
	 * attachments by the received ones), a version already held changes nothing, and a version of the user's own
	 * organization's record is passed over. Each version is stored with its owner's stamps, the bytes its owner signed
	 * and the signature ({@link #ownerSigned}), marked in its history as received, and audited. The caller has
	 * checked the signatures; the store checks the rest.
	 *
	 * @return what was done; when it lists refusals (an older version than the stored one, a version not releasable
	 *         to the user's organization, a conflicting record...), nothing at all was written
	 */
	Receipt receive(List<ReceivedVersion> versions);

	/**
	 * The bytes the owner signed for the current version of a received record, with the owner's signature, when the
	 * user may see the record; empty for the user's own records and for records stored before signatures were kept.
	 */
	Optional<OwnerSigned> ownerSigned(String id);

	/**
	 * Deletes a record softly: it leaves every query, its history keeps it (with a last version made by the
	 * deletion) and its owner can still list it with {@link RecordQuery#deletedOnly()}.
	 *
	 * @return {@code false} when there is no live record with this id that the user may see
	 * @throws StoreException {@code FORBIDDEN} when the user may see the record but its owner is another
	 */
	boolean delete(String id);

	/**
	 * Removes a record's content, from the record and from every version in its history, for good (retention
	 * expired, or content that must not be kept). The record keeps its id, version, owner, stamps and marking, and
	 * counts as deleted.
	 *
	 * @return {@code false} when there is no record with this id that the user may see, live or deleted
	 * @throws StoreException {@code FORBIDDEN} when the user may see the record but its owner is another
	 */
	boolean scrub(String id);

	/**
	 * The versions of a record, oldest first, each with who made it, when and how. Empty when the user may not see
	 * the record; a version the user could not have seen under its own releasability is left out. The history of a
	 * deleted record is shown to its owner only.
	 */
	List<RecordVersion> history(String id);

	/**
	 * Full-text search across every record the user may see, best match first: words, "phrases", AND, OR, NOT,
	 * -word, prefix*, fuzzy~; case and accents do not matter ("Nuñez" finds "NUNEZ"), Spanish and English alike.
	 *
	 * @return at most {@code limit} live records, each one the user may see
	 * @throws StoreException {@code SEARCH_SYNTAX} with a message that says where the query is wrong (never quoting
	 *                        it), {@code SEARCH_NOT_READY} while the index must be rebuilt
	 *                        ({@link RecordStore#rebuildSearchIndex})
	 */
	List<Record> search(String query, int limit);

	/** The most an attachment may hold: 64 MiB. */
	long MAX_ATTACHMENT_BYTES = 64L * 1024 * 1024;

	/**
	 * Adds a file to a record, encrypted with the node's attachment key, in one transaction with its audit entry.
	 *
	 * @throws StoreException {@code RECORD_NOT_FOUND} when the user sees no live record with this id,
	 *                        {@code FORBIDDEN} when another organization owns it, {@code INVALID} when the content
	 *                        is larger than {@link #MAX_ATTACHMENT_BYTES} or the name or media type is missing or too
	 *                        long; nothing is stored then
	 */
	Attachment attach(String recordId, String name, String mediaType, byte[] content);

	/** The attachments of a record the user may see, oldest first; empty otherwise. */
	List<Attachment> attachments(String recordId);

	/**
	 * The content of an attachment, decrypted and checked.
	 *
	 * @throws StoreException {@code RECORD_NOT_FOUND} when there is no such attachment of a record the user may
	 *                        see, {@code CORRUPT} when its file is missing, damaged or not the one stored for it
	 */
	byte[] readAttachment(String attachmentId);

	/**
	 * Removes an attachment and its file for good.
	 *
	 * @return {@code false} when there is no such attachment of a record the user may see
	 * @throws StoreException {@code FORBIDDEN} when another organization owns the record
	 */
	boolean detach(String attachmentId);

	/** How many live records of {@code type} (or its subclasses) the user may see. */
	long count(EClass type);

	/** How many records match the query and the user may see. */
	long count(RecordQuery query);
}
