package org.crm.enlace.search.internal;

import org.crm.enlace.core.store.RecordTypeNames;
import org.eclipse.emf.ecore.EClass;

/** The names of the index's fields. Changing what goes into them, or the analysis, means raising {@link #FORMAT}. */
public final class IndexFields {

	/** Enlace's own layout of the index; an index of another layout is wiped and rebuilt. */
	public static final String FORMAT = "1";

	/** The record's id: indexed as is, and the only stored value. */
	public static final String ID = "id";
	/** The record's class and every supertype, as {@code nsURI#Name}. */
	public static final String TYPE = "type";
	/** The owner country. */
	public static final String OWNER = "owner";
	/** The labels of {@link org.crm.enlace.search.VisibilityLabels}. */
	public static final String VISIBLE_TO = "visibleTo";
	/** The record's version, as a doc value for {@code verify}. */
	public static final String VERSION = "version";
	/** Prefix of the fields holding enum-valued attributes: {@code meta.<attribute>}. */
	public static final String META_PREFIX = "meta.";
	/** All the text of the record and its contents, analyzed. */
	public static final String TEXT = "text";

	/** Keys of the commit's user data. */
	public static final String COMMIT_FORMAT = "enlace.format";
	public static final String COMMIT_MARK = "enlace.mark";
	public static final String COMMIT_REBUILD_NEEDED = "enlace.rebuildNeeded";

	private IndexFields() {
	}

	/** How the index names a class: {@code nsURI#Name}, as the store does. */
	public static String typeName(EClass eClass) {
		return RecordTypeNames.of(eClass);
	}

	/** The field of an enum-valued attribute. */
	public static String attributeField(String attributeName) {
		return META_PREFIX + attributeName;
	}
}
