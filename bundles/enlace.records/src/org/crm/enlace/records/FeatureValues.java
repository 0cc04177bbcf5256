package org.crm.enlace.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A feature's value as text, read generically from the EClass: enumeration literals by their names, dates and times
 * as ISO 8601 (the model's own conversion), many values joined with ", ", contained or referenced objects by their
 * summary; an unset or empty value is the empty string.
 */
public final class FeatureValues {

	private FeatureValues() {
	}

	public static String text(EObject object, EStructuralFeature feature, Locale locale) {
		Object value = value(object, feature);
		if (feature.isMany()) {
			return ((List<?>) value).stream().map(v -> one(feature, v, locale)).filter(s -> !s.isEmpty())
					.collect(Collectors.joining(", "));
		}
		return one(feature, value, locale);
	}

	/** Whether the feature holds the same value(s) in both objects; a missing object holds nothing. */
	public static boolean same(EObject older, EObject newer, EStructuralFeature feature) {
		Object before = value(older, feature);
		Object after = value(newer, feature);
		if (feature instanceof EReference) {
			return new EcoreUtil.EqualityHelper().equals(asList(before), asList(after));
		}
		return Objects.equals(before, after);
	}

	/* An unset unsettable attribute reads as its default through eGet: it holds nothing. */
	private static Object value(EObject object, EStructuralFeature feature) {
		if (object == null || !object.eClass().getEAllStructuralFeatures().contains(feature)) {
			return feature.isMany() ? List.of() : null;
		}
		if (!feature.isMany() && feature.isUnsettable() && !object.eIsSet(feature)) {
			return null;
		}
		Object value = object.eGet(feature);
		return feature.isMany() ? new ArrayList<>((List<?>) value) : value;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> asList(Object value) {
		if (value == null) {
			return List.of();
		}
		return value instanceof List<?> list ? (List<EObject>) list : List.of((EObject) value);
	}

	private static String one(EStructuralFeature feature, Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof EObject object) {
			return RecordSummary.label(object, locale);
		}
		if (feature.getEType() instanceof EEnum eEnum) {
			EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(value.toString());
			return literal == null ? value.toString() : RecordNames.literal(literal, locale);
		}
		String text = EcoreUtil.convertToString((EDataType) feature.getEType(), value);
		return text == null ? "" : text;
	}
}
