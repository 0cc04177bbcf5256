package org.crm.enlace.geo.ui.internal;

import org.crm.enlace.core.i18n.Texts;

/** The map widget's user-visible texts: {@code messages.properties} (Spanish) and its translations. */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.geo.ui.internal.messages", Messages.class);

	private Messages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}
}
