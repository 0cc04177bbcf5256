package org.crm.enlace.core.i18n;

/** The core's user-visible texts. */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.core.i18n.messages", Messages.class);

	private Messages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
