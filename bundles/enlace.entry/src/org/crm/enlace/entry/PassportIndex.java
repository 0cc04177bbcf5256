package org.crm.enlace.entry;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The passport-index data set shipped in this bundle ({@code data/passport-index/}, MIT, with its PROVENANCE.md):
 * visa requirements scraped from passportindex.org, 2025-01-12, 39,601 rows. Not official: every rule imported from
 * it says so and stays unconfirmed until its destination confirms it.
 */
public final class PassportIndex {

	/** The provenance every imported rule carries. Record content: the same on every node, in no one language. */
	public static final ImportSource SOURCE = new ImportSource(
			"passport-index, passportindex.org via ilyankou/passport-index-dataset 2025-01-12, MIT, not official",
			"passportindex.org");

	static final String FILE = "/data/passport-index/passport-index-tidy-iso3.csv";

	private PassportIndex() {
	}

	/** The shipped file, as UTF-8. */
	public static Reader open() {
		InputStream in = PassportIndex.class.getResourceAsStream(FILE);
		if (in == null) {
			throw new IllegalStateException(FILE + " is missing from the bundle");
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}
}
