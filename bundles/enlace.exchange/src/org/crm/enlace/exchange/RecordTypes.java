package org.crm.enlace.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crm.enlace.core.store.RecordTypeNames;
import org.crm.enlace.model.EnlacePackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

/**
 * The record types the exchange format carries: every concrete subclass of {@code Record} in every package of the
 * global EPackage registry, which the model bundles of the running product fill. No list per work area: a new model
 * bundle's records are exchanged (and need their schema shipped) as soon as its package is registered.
 */
public final class RecordTypes {

	private RecordTypes() {
	}

	/** @return every record type of the registered packages, in the order of their tags */
	public static List<EClass> all() {
		Set<EClass> found = new LinkedHashSet<>();
		EPackage.Registry registry = EPackage.Registry.INSTANCE;
		for (String nsUri : List.copyOf(registry.keySet())) {
			EPackage ePackage = registry.getEPackage(nsUri);
			if (ePackage == null) {
				continue;
			}
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass eClass && isRecordType(eClass)) {
					found.add(eClass);
				}
			}
		}
		List<EClass> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparing(RecordTypes::tag));
		return sorted;
	}

	public static boolean isRecordType(EClass eClass) {
		return !eClass.isAbstract() && !eClass.isInterface() && EnlacePackage.Literals.RECORD.isSuperTypeOf(eClass);
	}

	/** The type tag a record carries in the format: {@code nsURI#Name}, as the store names classes. */
	public static String tag(EClass recordType) {
		return RecordTypeNames.of(recordType);
	}

	/** @return the record type of that tag in the registry, or {@code null} when there is none */
	public static EClass resolve(String tag) {
		EClass eClass = RecordTypeNames.resolve(tag);
		return eClass != null && isRecordType(eClass) ? eClass : null;
	}

	/** A classifier's name in file names and schema definitions: {@code nsPrefix.Name}, e.g. {@code enlace.Person}. */
	public static String shortName(EClassifier classifier) {
		return classifier.getEPackage().getNsPrefix() + "." + classifier.getName();
	}
}
