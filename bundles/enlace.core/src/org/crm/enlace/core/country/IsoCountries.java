package org.crm.enlace.core.country;

import java.util.Collections;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every country a traveller can be a national of, by ISO 3166-1 alpha-3 code: the codes the JDK knows (the whole
 * standard, not only the conference's {@link CountryCatalog}) and {@value #KOSOVO}, the user-assigned code that the
 * European Union and travel data sets use for Kosovo, which ISO 3166-1 does not list.
 */
public final class IsoCountries {

	/** Kosovo: not in ISO 3166-1; XKX is the code in use (e.g. in the passport-index data set). */
	public static final String KOSOVO = "XKX";

	private static final SortedSet<String> CODES = codesKnown();

	private IsoCountries() {
	}

	/** True for an upper-case alpha-3 code of a country: {@code "GTM"} and {@code "XKX"} are, {@code "gtm"} is not. */
	public static boolean isKnown(String code) {
		return code != null && CODES.contains(code);
	}

	/** All of them, sorted. */
	public static SortedSet<String> codes() {
		return CODES;
	}

	private static SortedSet<String> codesKnown() {
		SortedSet<String> codes = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
		codes.add(KOSOVO);
		return Collections.unmodifiableSortedSet(codes);
	}
}
