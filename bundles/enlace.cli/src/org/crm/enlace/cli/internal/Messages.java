package org.crm.enlace.cli.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's user-visible texts: {@code messages.properties} (Spanish) and its translations. */
public final class Messages {

	private static final String BUNDLE = "org.crm.enlace.cli.internal.messages";

	private Messages() {
	}

	public static String get(String key) {
		return org.crm.enlace.core.i18n.Messages.lookup(
				ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader()), key);
	}

	public static String format(String key, Object... arguments) {
		return MessageFormat.format(get(key), arguments);
	}
}
