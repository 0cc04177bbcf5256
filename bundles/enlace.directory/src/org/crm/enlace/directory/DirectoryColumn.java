package org.crm.enlace.directory;

import java.util.Locale;

/**
 * An extra column of the directory, registered as an OSGi service by a member state's or a work area's bundle. The
 * directory's views and exports show every registered column after their own; when the bundle goes away, so does the
 * column. No SWT here: the same column serves the workbench and the command line.
 */
public interface DirectoryColumn {

	/** A stable id, e.g. {@code gtm.childAlert}; used as the key in JSON and CSV exports. */
	String id();

	/** The column's title in the given language (fall back to Spanish). */
	String header(Locale locale);

	/** The cell for a row; empty when the column says nothing about that country. */
	String value(DirectoryRow row, Locale locale);
}
