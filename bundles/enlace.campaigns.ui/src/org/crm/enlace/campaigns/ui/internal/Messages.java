package org.crm.enlace.campaigns.ui.internal;

import org.crm.enlace.core.i18n.Texts;

/** The campaigns part's user-visible texts: {@code messages.properties} (Spanish) and its translations. */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.campaigns.ui.internal.messages", Messages.class);

	private Messages() {
	}

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
