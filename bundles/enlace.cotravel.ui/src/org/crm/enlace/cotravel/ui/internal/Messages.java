package org.crm.enlace.cotravel.ui.internal;

import org.crm.enlace.core.i18n.Texts;

/** The co-travel alert views' user-visible texts: {@code messages.properties} (Spanish) and its translations. */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.cotravel.ui.internal.messages", Messages.class);

	private Messages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
