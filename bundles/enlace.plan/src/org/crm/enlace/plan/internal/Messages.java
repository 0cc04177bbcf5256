package org.crm.enlace.plan.internal;

import org.crm.enlace.core.i18n.Texts;

/** The work plan tracker's user-visible texts: {@code messages.properties} (Spanish) and its translations. */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.plan.internal.messages", Messages.class);

	private Messages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}

	public static String get(String key, java.util.Locale locale) {
		return TEXTS.get(key, locale);
	}

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
