package org.crm.enlace.core.seed;

import java.util.List;

import org.crm.enlace.model.Record;

/**
 * An OSGi service through which a bundle adds real reference data (a member state's national agencies, say) that
 * every store should hold. Records carry stable ids: at each start the store gains those it lacks and keeps the rest,
 * including any later edits.
 */
public interface ReferenceDataContributor {

	List<Record> referenceRecords();
}
