package org.crm.enlace.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.crm.enlace.model.EnlacePackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * A short text that tells records apart, read generically from the EClass: the first few non-empty single String
 * attributes the class declares below {@code Record} (whose own attributes are stamps and marking, the same kind on
 * every record), in declaration order. Of attributes that differ only by a language suffix ({@code nameEs},
 * {@code nameEn}, {@code nameFr}) only the one in the user's language is taken.
 */
public final class RecordSummary {

	static final int MOST_VALUES = 3;
	static final int LONGEST_VALUE = 60;
	private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("(.+[a-z0-9])([A-Z][a-z])");
	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
	private static final String SEPARATOR = " — ";

	private RecordSummary() {
	}

	/** The telling values joined by " — "; empty when the object has none (a scrubbed record, say). */
	public static String of(EObject object, Locale locale) {
		List<String> values = new ArrayList<>();
		for (EAttribute attribute : telling(object, locale)) {
			String value = (String) object.eGet(attribute);
			if (value != null && !value.isBlank() && values.size() < MOST_VALUES) {
				values.add(shortened(value.strip()));
			}
		}
		return String.join(SEPARATOR, values);
	}

	/** The type's name and the summary, e.g. "Punto de contacto: GTM — Persona Ficticia". */
	public static String label(EObject object, Locale locale) {
		String type = RecordNames.type(object.eClass(), locale);
		String summary = of(object, locale);
		return summary.isEmpty() ? type : type + ": " + summary;
	}

	private static List<EAttribute> telling(EObject object, Locale locale) {
		List<EAttribute> candidates = object.eClass().getEAllAttributes().stream()
				.filter(a -> a.getEContainingClass() != EnlacePackage.Literals.RECORD)
				.filter(a -> !a.isMany() && !a.isID() && !a.isDerived() && !a.isTransient())
				.filter(a -> a.getEAttributeType().getInstanceClass() == String.class)
				.toList();
		Map<String, List<EAttribute>> byStem = candidates.stream()
				.collect(Collectors.groupingBy(RecordSummary::stem, LinkedHashMap::new, Collectors.toList()));
		List<EAttribute> chosen = new ArrayList<>();
		for (EAttribute attribute : candidates) {
			List<EAttribute> variants = byStem.get(stem(attribute));
			if (variants.size() < 2) {
				chosen.add(attribute);
			} else if (variants.get(0) == attribute) {
				chosen.add(inLanguage(object, variants, locale));
			}
		}
		return chosen;
	}

	/** "nameEs" → "name" when "es" is a language; any other attribute is its own stem. */
	private static String stem(EAttribute attribute) {
		Matcher matcher = LANGUAGE_SUFFIX.matcher(attribute.getName());
		if (matcher.matches() && LANGUAGES.contains(matcher.group(2).toLowerCase(Locale.ROOT))) {
			return matcher.group(1) + "*";
		}
		return attribute.getName();
	}

	/** The variant in the user's language, else Spanish (the product's default), else the first one set. */
	private static EAttribute inLanguage(EObject object, List<EAttribute> variants, Locale locale) {
		for (String language : List.of(locale.getLanguage(), "es")) {
			for (EAttribute variant : variants) {
				if (variant.getName().toLowerCase(Locale.ROOT).endsWith(language) && isSet(object, variant)) {
					return variant;
				}
			}
		}
		return variants.stream().filter(v -> isSet(object, v)).findFirst().orElse(variants.get(0));
	}

	private static boolean isSet(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		return value instanceof String text && !text.isBlank();
	}

	private static String shortened(String value) {
		return value.length() <= LONGEST_VALUE ? value : value.substring(0, LONGEST_VALUE - 1) + "…";
	}
}
