package org.crm.enlace.jtf.ui.internal;

import org.crm.enlace.core.i18n.Texts;

/**
 * The Joint Task Force part's user-visible texts: {@code messages.properties} (Spanish) and its
 * translations.
 */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.jtf.ui.internal.messages", Messages.class);

	private Messages() {
	}

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
