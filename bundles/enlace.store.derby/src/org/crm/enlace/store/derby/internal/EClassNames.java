package org.crm.enlace.store.derby.internal;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.store.RecordTypeNames;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.eclipse.emf.ecore.EClass;

/**
 * Names an EClass in the database as {@link RecordTypeNames} does, and refuses to store a class that could not be
 * found again under that name.
 */
final class EClassNames {

	private EClassNames() {
	}

	/** The name of any EClass, for queries: an unregistered class simply has no records. */
	static String of(EClass eClass) {
		return RecordTypeNames.of(eClass);
	}

	/**
	 * The name of a class whose records are about to be stored: it must be found again through the registry when read.
	 *
	 * @throws StoreException {@code INVALID} naming the class when its package is not registered under its nsURI
	 */
	static String ofStorable(EClass eClass) {
		String name = of(eClass);
		if (resolve(name) != eClass || name.length() > RecordTable.ECLASS_LENGTH) {
			throw new StoreException(Reason.INVALID, name);
		}
		return name;
	}

	/** The class and all its supertypes, which is what {@code findAll} and {@code count} look records up by. */
	static List<String> withSuperTypes(EClass eClass) {
		List<String> names = new ArrayList<>();
		names.add(ofStorable(eClass));
		for (EClass superType : eClass.getEAllSuperTypes()) {
			names.add(ofStorable(superType));
		}
		return names;
	}

	/** @return the class of that name in the global registry, or {@code null} */
	static EClass resolve(String name) {
		return RecordTypeNames.resolve(name);
	}
}
