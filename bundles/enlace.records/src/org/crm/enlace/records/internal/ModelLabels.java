package org.crm.enlace.records.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EPackage;

/**
 * The names a work area's model bundle gives its classes, attributes and literals: {@code model/labels.properties}
 * (Spanish) and its translations, read with the class loader of the package's generated code, i.e. from that bundle.
 * A package built at run time, or a bundle without the file, has none.
 */
public final class ModelLabels {

	private static final String BASE_NAME = "model.labels";
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private ModelLabels() {
	}

	public static Optional<String> find(EPackage ePackage, String key, Locale locale) {
		ClassLoader loader = ePackage.getClass().getClassLoader();
		if (loader == null) {
			return Optional.empty();
		}
		try {
			ResourceBundle labels = ResourceBundle.getBundle(BASE_NAME, locale, loader, NO_FALLBACK);
			return labels.containsKey(key) ? Optional.of(labels.getString(key)) : Optional.empty();
		} catch (MissingResourceException e) {
			return Optional.empty();
		}
	}
}
