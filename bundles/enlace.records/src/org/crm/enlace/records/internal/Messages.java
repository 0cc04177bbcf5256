package org.crm.enlace.records.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.crm.enlace.core.i18n.Texts;

/**
 * The records bundle's texts in a requested language: {@code messages.properties} (Spanish) and its translations.
 * Labels of model classes, attributes and literals are optional keys: a class from another bundle's package has none.
 */
public final class Messages {

	private static final String BASE_NAME = "org.crm.enlace.records.internal.messages";
	private static final Texts TEXTS = new Texts(BASE_NAME, Messages.class);
	/* No fallback to the JVM's locale, as in Texts: a Spanish request on an English machine gets Spanish. */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private Messages() {
	}

	public static String get(String key, Locale locale) {
		return TEXTS.get(key, locale);
	}

	public static String format(String key, Locale locale, Object... arguments) {
		return new MessageFormat(get(key, locale), locale).format(arguments);
	}

	/** The text of a key that may be missing. */
	public static Optional<String> find(String key, Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale, Messages.class.getClassLoader(),
				NO_FALLBACK);
		return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
	}
}
