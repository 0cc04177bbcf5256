package org.crm.enlace.directory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.crm.enlace.directory.DirectoryColumn;
import org.crm.enlace.directory.DirectoryColumns;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Tracks the {@link DirectoryColumn} services as bundles come and go. */
@Component(service = DirectoryColumns.class)
public final class DirectoryColumnRegistry implements DirectoryColumns {

	private final List<DirectoryColumn> columns = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addColumn(DirectoryColumn column) {
		columns.add(column);
	}

	void removeColumn(DirectoryColumn column) {
		columns.remove(column);
	}

	@Override
	public List<DirectoryColumn> columns() {
		return columns.stream().sorted(Comparator.comparing(DirectoryColumn::id)).toList();
	}
}
