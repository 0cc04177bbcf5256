package org.crm.enlace.records;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crm.enlace.model.EnlacePackage.Literals;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What changed between two versions of a record, computed generically from their EClass: every attribute (and
 * contained or referenced object) whose value differs, in the order the class declares them. The store's stamps (id,
 * version, created and modified at and by) are left out: they change with every version and the history shows them.
 */
public final class RecordChanges {

	private static final Set<EStructuralFeature> STAMPS = Set.of(Literals.RECORD__ID, Literals.RECORD__VERSION,
			Literals.RECORD__CREATED_AT, Literals.RECORD__CREATED_BY, Literals.RECORD__MODIFIED_AT,
			Literals.RECORD__MODIFIED_BY);

	private RecordChanges() {
	}

	/**
	 * @param older the earlier version, or {@code null} for none: then every value the newer one holds is listed
	 * @param newer the later version
	 */
	public static List<AttributeChange> between(EObject older, EObject newer, Locale locale) {
		List<AttributeChange> changes = new ArrayList<>();
		for (EStructuralFeature feature : features(older, newer)) {
			if (!FeatureValues.same(older, newer, feature)) {
				changes.add(new AttributeChange(feature, RecordNames.attribute(feature, locale),
						FeatureValues.text(older, feature, locale), FeatureValues.text(newer, feature, locale)));
			}
		}
		return changes;
	}

	/* A record keeps its class, but nothing here needs to assume it: the union of both classes' features. */
	private static Set<EStructuralFeature> features(EObject older, EObject newer) {
		Set<EStructuralFeature> features = new LinkedHashSet<>(newer.eClass().getEAllStructuralFeatures());
		if (older != null) {
			features.addAll(older.eClass().getEAllStructuralFeatures());
		}
		features.removeIf(f -> STAMPS.contains(f) || f.isDerived() || f.isTransient()
				|| f instanceof EReference reference && reference.isContainer());
		return features;
	}
}
