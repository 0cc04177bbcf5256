package org.crm.enlace.exchange.internal;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The features of a class that the exchange format carries: the stored ones. Derived, transient and unchangeable
 * features are computed or local, and a reference to the container is implied by the nesting.
 */
public final class ExchangedFeatures {

	private ExchangedFeatures() {
	}

	public static List<EStructuralFeature> of(EClass eClass) {
		return eClass.getEAllStructuralFeatures().stream().filter(ExchangedFeatures::isExchanged).toList();
	}

	public static boolean isExchanged(EStructuralFeature feature) {
		if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()) {
			return false;
		}
		return !(feature instanceof EReference reference) || !reference.isContainer();
	}

	/** A containment reference nests objects; any other reference points within its record. */
	public static boolean isNested(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment();
	}
}
