package org.crm.enlace.training.internal;

import java.util.Locale;

import org.crm.enlace.core.i18n.Texts;

/** The training area's user-visible texts: {@code messages.properties} (Spanish) and its translations. */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.training.internal.messages", Messages.class);

	private Messages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}

	public static String get(String key, Locale locale) {
		return TEXTS.get(key, locale);
	}

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
