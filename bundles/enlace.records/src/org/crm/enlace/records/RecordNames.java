package org.crm.enlace.records;

import java.util.Locale;
import java.util.Optional;

import org.crm.enlace.records.internal.Messages;
import org.crm.enlace.records.internal.ModelLabels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names of model classes, attributes and enumeration literals in the user's language. Keys are
 * {@code type.<nsPrefix>.<Class>}, {@code attribute.<nsPrefix>.<DeclaringClass>.<attribute>} and
 * {@code literal.<nsPrefix>.<Enum>.<LITERAL>}: the shared model's are in this bundle's messages, a work area's in
 * {@code model/labels.properties} of its model bundle (next to its {@code .ecore}, so an area brings its own names).
 * A class named nowhere (a member state's own) gets its name in words ("TrafficRoute" reads "Traffic route"), a
 * literal its literal.
 */
public final class RecordNames {

	private RecordNames() {
	}

	public static String type(EClass type, Locale locale) {
		return find(type.getEPackage(), key(type), locale).orElseGet(() -> inWords(type.getName()));
	}

	public static String attribute(EStructuralFeature feature, Locale locale) {
		return find(feature.getEContainingClass().getEPackage(), key(feature), locale)
				.orElseGet(() -> inWords(feature.getName()));
	}

	public static String literal(EEnumLiteral literal, Locale locale) {
		return find(literal.getEEnum().getEPackage(), key(literal), locale).orElse(literal.getLiteral());
	}

	/** A generated enumeration's value by name: {@code literal(Literals.OUTCOME, alert.getOutcome(), locale)}. */
	public static String literal(EEnum type, Enumerator value, Locale locale) {
		return literal(type.getEEnumLiteral(value.getValue()), locale);
	}

	/** Whether a class, attribute or literal has a name of its own in that language: what the checks ask of models. */
	public static boolean isNamed(ENamedElement element, Locale locale) {
		return switch (element) {
		case EClass type -> find(type.getEPackage(), key(type), locale).isPresent();
		case EStructuralFeature feature ->
			find(feature.getEContainingClass().getEPackage(), key(feature), locale).isPresent();
		case EEnumLiteral literal -> find(literal.getEEnum().getEPackage(), key(literal), locale).isPresent();
		default -> false;
		};
	}

	private static String key(EClass type) {
		return "type." + type.getEPackage().getNsPrefix() + "." + type.getName();
	}

	private static String key(EStructuralFeature feature) {
		EClass declaring = feature.getEContainingClass();
		return "attribute." + declaring.getEPackage().getNsPrefix() + "." + declaring.getName() + "."
				+ feature.getName();
	}

	private static String key(EEnumLiteral literal) {
		return "literal." + literal.getEEnum().getEPackage().getNsPrefix() + "." + literal.getEEnum().getName() + "."
				+ literal.getName();
	}

	private static Optional<String> find(EPackage ePackage, String key, Locale locale) {
		return Messages.find(key, locale).or(() -> ModelLabels.find(ePackage, key, locale));
	}

	/** "ContactPoint" and "contactPoint" read "Contact point". */
	static String inWords(String name) {
		String spaced = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}
}
