package org.crm.enlace.records;

import java.util.Locale;

import org.crm.enlace.records.internal.Messages;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names of model classes, attributes and enumeration literals in the user's language. Keys are
 * {@code type.<nsPrefix>.<Class>}, {@code attribute.<nsPrefix>.<DeclaringClass>.<attribute>} and
 * {@code literal.<nsPrefix>.<Enum>.<LITERAL>}; a class of a package this bundle does not know (a member state's
 * own) gets its name in words ("TrafficRoute" reads "Traffic route"), a literal its literal.
 */
public final class RecordNames {

	private RecordNames() {
	}

	public static String type(EClass type, Locale locale) {
		String key = "type." + type.getEPackage().getNsPrefix() + "." + type.getName();
		return Messages.find(key, locale).orElseGet(() -> inWords(type.getName()));
	}

	public static String attribute(EStructuralFeature feature, Locale locale) {
		EClass declaring = feature.getEContainingClass();
		String key = "attribute." + declaring.getEPackage().getNsPrefix() + "." + declaring.getName() + "."
				+ feature.getName();
		return Messages.find(key, locale).orElseGet(() -> inWords(feature.getName()));
	}

	public static String literal(EEnumLiteral literal, Locale locale) {
		String key = "literal." + literal.getEEnum().getEPackage().getNsPrefix() + "." + literal.getEEnum().getName()
				+ "." + literal.getName();
		return Messages.find(key, locale).orElse(literal.getLiteral());
	}

	/** "ContactPoint" and "contactPoint" read "Contact point". */
	static String inWords(String name) {
		String spaced = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}
}
