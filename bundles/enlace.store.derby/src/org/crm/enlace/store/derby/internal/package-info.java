/**
 * The record store on embedded Apache Derby: the only code of the product that touches JDBC, Derby or SQL, so that
 * another engine can replace it behind {@link org.crm.enlace.core.store.RecordStoreFactory}.
 * <ul>
 * <li>A data folder holds {@code db/} (the Derby database), {@code enlace.lock} (held while a store is open, against
 * a second store in this or another process) and {@code derby.log} (unless {@code derby.stream.error.file} is set).</li>
 * <li>Each record is one row of RECORDS: its XMI in CONTENT, the only source of its values, and copies of its id,
 * class ({@code nsURI#Name}), owner, version and stamps in columns. Nothing is specific to a class: any EClass whose
 * EPackage is in the global registry can be stored, from any bundle.</li>
 * <li>"This class or a subclass" is answered by RECORD_TYPES, which holds a row per record for its class and each of
 * its supertypes, written when the record is first stored. Queries thus find subclasses from bundles whose packages
 * are not loaded yet. A model change that gives an existing class a new supertype needs a migration that adds the
 * rows.</li>
 * <li>Exported to the test bundle only (x-friends); other bundles get the store through the DS service.</li>
 * </ul>
 */
package org.crm.enlace.store.derby.internal;
