/**
 * The record store on embedded Apache Derby: the only code of the product that touches JDBC, Derby or SQL, so that
 * another engine can replace it behind {@link org.crm.enlace.core.store.RecordStoreFactory}.
 * <ul>
 * <li>A data folder holds {@code db/} (the Derby database), {@code enlace.lock} (held while a store is open, against
 * a second store in this or another process) and {@code derby.log} (unless {@code derby.stream.error.file} is set).</li>
 * <li>Each record is one row of RECORDS: the XMI of its current version in CONTENT, the only source of its values,
 * and copies of its id, class ({@code nsURI#Name}), owner, version, stamps and marking (releasability, handling
 * code, TLP) in columns, with the store's own DELETED and SCRUBBED. Nothing is specific to a class: any EClass whose
 * EPackage is in the global registry can be stored, from any bundle.</li>
 * <li>"This class or a subclass" is answered by RECORD_TYPES, which holds a row per record for its class and each of
 * its supertypes, written when the record is first stored. Queries thus find subclasses from bundles whose packages
 * are not loaded yet. A model change that gives an existing class a new supertype needs a migration that adds the
 * rows.</li>
 * <li>RECORD_HISTORY keeps every version (the current one too) with its owner and releasability then; RECORD_RELEASE
 * the organizations each LISTED version names; RECORD_INDEX the values of index fields
 * ({@link org.crm.enlace.core.store.IndexFields}) of each current version. {@link RecordWrites} keeps the four tables
 * in step in the same transaction; the new rows of a write call, its audit entries included, wait in one JDBC batch
 * per table ({@link Inserts}) and go in before it commits.</li>
 * <li>Every read is made by {@link RecordReads} for one {@link Actor} and carries the SQL of {@link Visibility}, the
 * access rule of {@link org.crm.enlace.core.access.AccessRule}; every write checks the write rule first. The system
 * actor (seeding) bypasses both and exists only during {@code openAfterSeeding}.</li>
 * <li>AUDIT_LOG is the append-only, hash-chained audit log ({@link AuditChain}): {@link AuditTrail} adds the
 * entries of a call to the call's own transaction, {@link DerbyAuditLog} reads and verifies them; nothing updates or
 * deletes an entry.</li>
 * <li>{@link OnlineBackup} copies an open store with {@code SYSCS_BACKUP_DATABASE} and a {@link BackupManifest};
 * {@link Restoring} brings a backup back into an empty data folder and checks it against its manifest.</li>
 * <li>{@link Schema} lists the migrations; {@link ReleasabilityAndHistory} is version 2, the audit log version 3.</li>
 * <li>Exported to the test bundle only (x-friends); other bundles get the store through the DS service.</li>
 * </ul>
 */
package org.crm.enlace.store.derby.internal;
