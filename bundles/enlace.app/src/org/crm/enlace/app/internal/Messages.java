package org.crm.enlace.app.internal;

import org.crm.enlace.core.i18n.Texts;
import org.crm.enlace.core.user.Role;

/** The application's user-visible texts: {@code messages.properties} (Spanish) and its translations. */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.app.internal.messages", Messages.class);

	private Messages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}

	/** The role's name in the user's language. */
	public static String role(Role role) {
		return get("role." + role.name());
	}
}
