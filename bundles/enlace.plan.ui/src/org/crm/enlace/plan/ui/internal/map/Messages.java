package org.crm.enlace.plan.ui.internal.map;

import org.crm.enlace.core.i18n.Texts;

/**
 * The texts of the indicator map part: {@code messages.properties} (Spanish) and its translations, apart from the
 * dashboard's and the plan editor's. Every text goes through {@link java.text.MessageFormat}.
 */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.plan.ui.internal.map.messages", Messages.class);

	private Messages() {
	}

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
