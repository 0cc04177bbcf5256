package org.crm.enlace.geo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.crm.enlace.geo.internal.ByteReader;
import org.crm.enlace.geo.internal.ShippedFiles;

/**
 * The country outlines the product ships (Natural Earth 4.1.0, public domain, via the npm package world-atlas): the
 * Americas, the Caribbean and Greenland at 1:50m, the rest of the world at 1:110m, Antarctica left out. Read once,
 * on first use; about 40,000 points.
 */
public final class Boundaries {

	private static final String MAGIC = "EGB1";

	private final String source;
	private final List<Ring> rings;

	private Boundaries(String source, List<Ring> rings) {
		this.source = source;
		this.rings = List.copyOf(rings);
	}

	/** The shipped outlines, read on the first call. */
	public static Boundaries shipped() {
		return Shipped.BOUNDARIES;
	}

	/* Initialised when first used, once, by the JVM's class initialisation. */
	private static final class Shipped {
		static final Boundaries BOUNDARIES = read();

		private static Boundaries read() {
			try {
				return Boundaries.read(ShippedFiles.read(ShippedFiles.BOUNDARIES));
			} catch (IOException e) {
				throw ShippedFiles.failure(ShippedFiles.BOUNDARIES, e);
			}
		}
	}

	/** Reads a boundary file (format in releng/geodata/convert.js). */
	public static Boundaries read(byte[] file) throws IOException {
		ByteReader in = new ByteReader(file);
		if (!in.startsWith(MAGIC)) {
			throw new IOException("not a boundary file");
		}
		String source = in.string();
		int layerCount = in.varint();
		double[][] transforms = new double[layerCount][];
		for (int layer = 0; layer < layerCount; layer++) {
			in.string(); // the layer's name, for people reading the file
			transforms[layer] = new double[] { in.doubleValue(), in.doubleValue(), in.doubleValue(), in.doubleValue() };
		}
		String[] countries = new String[in.varint()];
		for (int i = 0; i < countries.length; i++) {
			countries[i] = in.string();
			in.string(); // Natural Earth's English name, for people reading the file
		}
		int ringCount = in.varint();
		List<Ring> rings = new ArrayList<>(ringCount);
		for (int r = 0; r < ringCount; r++) {
			int layer = in.varint();
			String country = countries[in.varint()];
			double[] transform = transforms[layer];
			int points = in.varint();
			double[] longitudes = new double[points];
			double[] latitudes = new double[points];
			int x = 0;
			int y = 0;
			for (int i = 0; i < points; i++) {
				x += in.zigzag();
				y += in.zigzag();
				longitudes[i] = x * transform[0] + transform[2];
				latitudes[i] = y * transform[1] + transform[3];
			}
			rings.add(new Ring(country, layer == 0, longitudes, latitudes));
		}
		if (!in.atEnd()) {
			throw new IOException("bytes after the last ring");
		}
		return new Boundaries(source, rings);
	}

	/** Where the outlines come from, as the file says (for an About box or a log). */
	public String source() {
		return source;
	}

	public List<Ring> rings() {
		return rings;
	}

	/** The alpha-3 codes of the countries that have an outline, in file order. */
	public Set<String> countries() {
		Set<String> codes = new LinkedHashSet<>();
		for (Ring ring : rings) {
			if (!ring.country().isEmpty()) {
				codes.add(ring.country());
			}
		}
		return codes;
	}

	/** The country whose land holds the point; empty at sea (or in a territory without an ISO code). */
	public Optional<String> countryAt(double latitude, double longitude) {
		for (Ring ring : rings) {
			if (!ring.country().isEmpty() && ring.contains(latitude, longitude)) {
				return Optional.of(ring.country());
			}
		}
		return Optional.empty();
	}

	/**
	 * How far the point is from the country's land, in kilometres (0 on it); empty for a country without an outline.
	 * What a border crossing's coordinates are checked against: a crossing lies near both countries it joins.
	 */
	public OptionalDouble distanceKm(String country, double latitude, double longitude) {
		return rings.stream().filter(r -> r.country().equals(country))
				.mapToDouble(r -> r.distanceKm(latitude, longitude)).min();
	}
}
