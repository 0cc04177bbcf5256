package org.crm.enlace.mrz.internal;

import java.text.MessageFormat;
import java.util.Locale;

import org.crm.enlace.core.i18n.Texts;

/** The MRZ checker's explanations: {@code messages.properties} (Spanish) and its translations. */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.mrz.internal.messages", Messages.class);

	private Messages() {
	}

	public static String get(String key, Locale locale) {
		return TEXTS.get(key, locale);
	}

	/* Texts.format knows only the default locale; findings are also explained in a language asked for. */
	public static String format(Locale locale, String key, Object... arguments) {
		return new MessageFormat(get(key, locale), locale).format(arguments);
	}
}
