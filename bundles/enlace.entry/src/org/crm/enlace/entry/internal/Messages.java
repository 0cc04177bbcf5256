package org.crm.enlace.entry.internal;

import org.crm.enlace.core.i18n.Texts;

/** The entry matrix's user-visible texts: {@code messages.properties} (Spanish) and its translations. */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.entry.internal.messages", Messages.class);

	private Messages() {
	}

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
