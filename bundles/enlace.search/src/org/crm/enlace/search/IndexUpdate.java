package org.crm.enlace.search;

import org.crm.enlace.model.Record;

/**
 * The index's part of one store transaction: changes, then a two-phase commit around the database's. Used on the
 * thread that began it. {@link #close()} rolls back whatever was not committed.
 */
public interface IndexUpdate extends AutoCloseable {

	/** Indexes the record, replacing what the index held for its id. */
	void index(Record record);

	/** Removes the record with this id, if the index holds it. */
	void delete(String id);

	/**
	 * Phase one: writes the changes to disk, durable but not yet visible, with the store's mark for the state they
	 * belong to ({@code null} for none). No change may follow.
	 */
	void prepare(String mark);

	/** Phase two: makes the changes visible. Prepares first (without a mark) when {@link #prepare} was not called. */
	void commit();

	/** Ends the update: rolls back unless {@link #commit()} completed. */
	@Override
	void close();
}
