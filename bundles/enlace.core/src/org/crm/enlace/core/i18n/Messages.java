package org.crm.enlace.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The core's user-visible texts, from {@code messages.properties} (Spanish) and its translations. */
public final class Messages {

	private static final String BUNDLE = "org.crm.enlace.core.i18n.messages";

	private Messages() {
	}

	public static String get(String key) {
		return lookup(ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader()), key);
	}

	public static String format(String key, Object... arguments) {
		return MessageFormat.format(get(key), arguments);
	}

	/** Shared with other bundles' message classes: a missing key shows as !key! rather than failing. */
	public static String lookup(ResourceBundle bundle, String key) {
		try {
			return bundle.getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}
}
