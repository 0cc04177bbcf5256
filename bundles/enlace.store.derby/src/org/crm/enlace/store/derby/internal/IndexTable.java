package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crm.enlace.core.store.IndexFields;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EAttribute;

/**
 * RECORD_INDEX: one row per value of each index field ({@link IndexFields}) of each record's current version, so
 * that {@code RecordQuery.where} is an indexed lookup for any class of any package, with no SQL per class.
 */
final class IndexTable {

	/* Column lengths, as created by Schema's version 2. */
	static final int FEATURE_LENGTH = 600;
	static final int VALUE_LENGTH = 256;

	/** An index field and one of its values' string form. */
	record Entry(String feature, String value) {
	}

	static final String INSERT = "INSERT INTO RECORD_INDEX (RECORD_ID, FEATURE, VALUE) VALUES (?, ?, ?)";

	private final Connection connection;
	private final Inserts inserts;

	/** Inserts execute at once. */
	IndexTable(Connection connection) {
		this(connection, Inserts.immediate(connection));
	}

	IndexTable(Connection connection, Inserts inserts) {
		this.connection = connection;
		this.inserts = inserts;
	}

	/** How an attribute is named in FEATURE: its declaring class ({@code nsURI#Class}) and its name. */
	static String feature(EAttribute attribute) {
		return EClassNames.of(attribute.getEContainingClass()) + '/' + attribute.getName();
	}

	/**
	 * The index entries of a record.
	 *
	 * @throws StoreException {@code INVALID} naming the attribute when a value does not fit the index
	 */
	static Set<Entry> entries(Record record) {
		Set<Entry> entries = new LinkedHashSet<>();
		for (EAttribute attribute : IndexFields.of(record.eClass())) {
			if (attribute.isUnsettable() && !record.eIsSet(attribute)) {
				// Not given; an attribute that cannot be unset has a value even when it is its default.
				continue;
			}
			Object value = record.eGet(attribute);
			if (value == null) {
				// A single value not given (a String or an object type): nothing to find the record by.
				continue;
			}
			List<?> values = attribute.isMany() ? (List<?>) value : List.of(value);
			String feature = feature(attribute);
			for (Object each : values) {
				String text = IndexFields.text(attribute, each);
				if (text == null) {
					continue;
				}
				if (text.length() > VALUE_LENGTH || feature.length() > FEATURE_LENGTH) {
					throw new StoreException(Reason.INVALID, attribute.getName());
				}
				entries.add(new Entry(feature, text));
			}
		}
		return entries;
	}

	/** Makes the rows of a record those of its current version. */
	void replace(Record record, Set<Entry> entries) throws SQLException {
		remove(record.getId());
		add(record, entries);
	}

	/**
	 * The rows of a record that has none yet: one new in this transaction. Deleting first would find nothing, and
	 * make Derby build a warning for it.
	 */
	void add(Record record, Set<Entry> entries) throws SQLException {
		for (Entry entry : entries) {
			inserts.add(Inserts.Into.RECORD_INDEX, insert -> {
				insert.setString(1, record.getId());
				insert.setString(2, entry.feature());
				insert.setString(3, entry.value());
			});
		}
	}

	/** Index values are content: a scrubbed record keeps none. */
	void remove(String id) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM RECORD_INDEX WHERE RECORD_ID = ?")) {
			delete.setString(1, id);
			delete.executeUpdate();
		}
	}
}
