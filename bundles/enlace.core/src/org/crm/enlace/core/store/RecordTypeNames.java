package org.crm.enlace.core.store;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

/**
 * How Enlace names a model class outside Java: {@code nsURI#Name}, the name under which the global EPackage registry
 * finds it again. The store keeps it in the database, the search index in its documents and the exchange format in
 * every record's {@code type}, so none of them needs code per class or per model bundle.
 */
public final class RecordTypeNames {

	private static final char SEPARATOR = '#';

	private RecordTypeNames() {
	}

	public static String of(EClass eClass) {
		EPackage ePackage = eClass.getEPackage();
		return (ePackage == null ? "" : ePackage.getNsURI()) + SEPARATOR + eClass.getName();
	}

	/** @return the class of that name in the global registry, or {@code null} when there is none */
	public static EClass resolve(String name) {
		int separator = name.lastIndexOf(SEPARATOR);
		if (separator <= 0) {
			return null;
		}
		EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(name.substring(0, separator));
		EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(name.substring(separator + 1));
		return classifier instanceof EClass eClass ? eClass : null;
	}
}
