package org.crm.enlace.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EClass;

/**
 * Where the areas read and write records. Implementations keep every write in one transaction: a failed call leaves
 * the store exactly as it was. Objects handed out are copies; change them and {@link #save} them back.
 */
public interface RecordRepository {

	/** Every stored record whose class is {@code type} or one of its subclasses, ordered by id. */
	<T extends Record> List<T> findAll(EClass type, Class<T> javaType);

	Optional<Record> findById(String id);

	/**
	 * Stores a new record (version 0, id assigned when empty) or a change to a stored one. The record's version must
	 * be the stored version, otherwise nothing is written and a {@link StaleRecordException} is thrown.
	 *
	 * @return a copy of what was stored, with its new version and timestamps
	 */
	<T extends Record> T save(T record);

	/** Saves all records in one transaction: either all are stored or none. */
	List<Record> saveAll(Collection<? extends Record> records);

	/** Deletes a record; {@code false} when there was none with this id. */
	boolean delete(String id);

	long count(EClass type);
}
