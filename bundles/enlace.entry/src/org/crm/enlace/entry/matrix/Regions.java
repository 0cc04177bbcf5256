package org.crm.enlace.entry.matrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.entry.internal.Messages;

/**
 * The region of each nationality, for filtering the matrix: read from the table shipped in this bundle
 * ({@code data/regions/nationality-regions.csv}), so that a region is changed in data, not in code. Region names are
 * in the bundle's messages as {@code region.<key>}.
 */
public final class Regions {

	static final String FILE = "/data/regions/nationality-regions.csv";
	private static final Map<String, String> BY_CODE = read();

	private Regions() {
	}

	/** The region key of a nationality, such as {@code CENTRAL_AMERICA}; empty for a code the table lacks. */
	public static Optional<String> of(String nationality) {
		return Optional.ofNullable(BY_CODE.get(nationality));
	}

	/** Every region key, in the order the table first names them. */
	public static List<String> keys() {
		return List.copyOf(new LinkedHashSet<>(BY_CODE.values()));
	}

	/** The region's name in the user's language. */
	public static String name(String key) {
		return Messages.format("region." + key);
	}

	private static Map<String, String> read() {
		InputStream in = Regions.class.getResourceAsStream(FILE);
		if (in == null) {
			throw new IllegalStateException(FILE + " is missing from the bundle");
		}
		Map<String, String> regions = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split(";"))
					.forEach(f -> regions.put(f[0].strip(), f[1].strip()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Collections.unmodifiableMap(regions);
	}
}
