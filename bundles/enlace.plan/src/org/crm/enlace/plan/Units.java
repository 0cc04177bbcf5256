package org.crm.enlace.plan;

import java.util.Locale;

import org.crm.enlace.plan.internal.Messages;

/** An indicator's unit code ("members", "officials") in words; a code this bundle does not know is shown as is. */
public final class Units {

	private Units() {
	}

	public static String label(String unit, Locale locale) {
		String key = "unit." + unit;
		String label = Messages.get(key, locale);
		return label.equals("!" + key + "!") ? unit : label;
	}
}
