package org.crm.enlace.core.country;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.i18n.Texts;

/**
 * The owners of records that are not countries, with user-assigned ISO 3166 alpha-3 codes (the X.. range is kept
 * for users, so no country will ever be given these). Users of these bodies carry the code as their "country".
 */
public final class Owners {

	/** The Technical Secretariat of the Regional Conference on Migration. */
	public static final String SECRETARIAT = "XST";
	/** IOM, the International Organization for Migration. */
	public static final String IOM = "XOM";

	private static final Texts NAMES = new Texts("org.crm.enlace.core.country.messages", Owners.class);

	private Owners() {
	}

	/** Both codes, the Secretariat first. */
	public static List<String> codes() {
		return List.of(SECRETARIAT, IOM);
	}

	public static boolean isOwnerCode(String code) {
		return codes().contains(code);
	}

	/** The body's name in the language of {@code locale}, Spanish unless English or French. */
	public static String name(String code, Locale locale) {
		return NAMES.get("owner." + code, locale);
	}

	/** In the user's language (the JVM's default locale, which the launcher sets). */
	public static String name(String code) {
		return name(code, Locale.getDefault());
	}
}
