package org.crm.enlace.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One bundle's user-visible texts: a base {@code .properties} file in Spanish, the product's default language, and
 * its translations ({@code _en}, {@code _fr}). A missing key shows as {@code !key!} instead of failing.
 */
public final class Texts {

	/** No fallback to the JVM's locale: a Spanish request on an English machine must still get Spanish. */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final String baseName;
	private final ClassLoader loader;

	/**
	 * @param baseName the properties file's name as a class name, e.g. {@code org.crm.enlace.cli.internal.messages}
	 * @param owner    a class of the bundle holding the files (its class loader finds them inside OSGi)
	 */
	public Texts(String baseName, Class<?> owner) {
		this.baseName = baseName;
		this.loader = owner.getClassLoader();
	}

	/** The text in the user's language (the JVM's default locale, which the launcher sets). */
	public String get(String key) {
		return get(key, Locale.getDefault());
	}

	public String get(String key, Locale locale) {
		try {
			return ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK).getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	public String format(String key, Object... arguments) {
		return new MessageFormat(get(key), Locale.getDefault()).format(arguments);
	}
}
