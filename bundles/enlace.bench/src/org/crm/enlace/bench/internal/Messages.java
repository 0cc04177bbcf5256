package org.crm.enlace.bench.internal;

import org.crm.enlace.core.i18n.Texts;

/** The benchmarks' user-visible texts: {@code messages.properties} (Spanish) and its translations. */
final class Messages {

	private static final Texts TEXTS = new Texts("org.crm.enlace.bench.internal.messages", Messages.class);

	private Messages() {
	}

	static String get(String key) {
		return TEXTS.get(key);
	}

	static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
