package org.crm.enlace.directory;

import java.util.List;

/** The directory columns currently contributed, as an OSGi service; ordered by id so views are stable. */
public interface DirectoryColumns {

	List<DirectoryColumn> columns();
}
