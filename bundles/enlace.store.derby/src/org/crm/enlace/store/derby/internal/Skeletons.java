package org.crm.enlace.store.derby.internal;

import java.util.List;

import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a scrubbed record keeps: a new instance of its class with only the store's stamps and the marking that the
 * access rule and the columns rely on. Everything a person wrote (names, descriptions, author, provenance,
 * evaluation, every attribute of the subclass) is gone.
 */
final class Skeletons {

	private static final List<EAttribute> KEPT = List.of(EnlacePackage.Literals.RECORD__ID,
			EnlacePackage.Literals.RECORD__OWNER_COUNTRY, EnlacePackage.Literals.RECORD__VERSION,
			EnlacePackage.Literals.RECORD__CREATED_AT, EnlacePackage.Literals.RECORD__CREATED_BY,
			EnlacePackage.Literals.RECORD__MODIFIED_AT, EnlacePackage.Literals.RECORD__MODIFIED_BY,
			EnlacePackage.Literals.RECORD__RELEASABILITY, EnlacePackage.Literals.RECORD__RELEASABLE_TO,
			EnlacePackage.Literals.RECORD__HANDLING_CODE, EnlacePackage.Literals.RECORD__TLP);

	private Skeletons() {
	}

	static Record of(Record full) {
		Record skeleton = (Record) EcoreUtil.create(full.eClass());
		for (EAttribute attribute : KEPT) {
			if (full.eIsSet(attribute)) {
				skeleton.eSet(attribute, full.eGet(attribute));
			}
		}
		return skeleton;
	}
}
