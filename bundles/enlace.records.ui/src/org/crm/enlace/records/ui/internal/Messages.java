package org.crm.enlace.records.ui.internal;

import org.crm.enlace.core.i18n.Texts;

/**
 * The texts of the Records, Search and History parts and of the record list: {@code messages.properties} (Spanish)
 * and its translations.
 */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.records.ui.internal.messages", Messages.class);

	private Messages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
