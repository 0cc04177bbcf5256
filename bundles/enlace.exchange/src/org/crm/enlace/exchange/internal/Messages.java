package org.crm.enlace.exchange.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crm.enlace.core.i18n.Texts;

/** The exchange bundle's texts: {@code messages.properties} (Spanish) and its translations. */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.exchange.internal.messages", Messages.class);
	/** Rules with a text of their own ({@code problem.<rule>}); any other schema keyword gets the general one. */
	private static final Set<String> DESCRIBED = Set.of("syntax", "unknownType", "unknownField", "badValue",
			"badReference", "newerVersion", "noMigration", "type", "enum", "const", "pattern", "format", "required",
			"additionalProperties", "minItems");

	private Messages() {
	}

	/** {0} is where, {1}... the problem's arguments; a rule without a text of its own is named in the general one. */
	public static String problem(String rule, Locale locale, String where, List<String> arguments) {
		List<Object> values = new ArrayList<>();
		values.add(where);
		if (DESCRIBED.contains(rule)) {
			values.addAll(arguments);
			return format("problem." + rule, locale, values);
		}
		values.add(rule);
		return format("problem.schema", locale, values);
	}

	private static String format(String key, Locale locale, List<Object> values) {
		return new MessageFormat(TEXTS.get(key, locale), locale).format(values.toArray());
	}
}
