package org.crm.enlace.plan.ui.internal.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.crm.enlace.geo.Boundaries;
import org.crm.enlace.geo.Pixel;
import org.crm.enlace.geo.Ring;
import org.crm.enlace.geo.Viewport;

/**
 * The member countries' outlines in pixels on a map of a given size: the view fits each country's largest outline
 * (its mainland: not Alaska, Hawaii or the Arctic islands), cut at {@value #NORTH_LIMIT}° N so that Canada's north
 * does not shrink Central America; each country's label is anchored at the centre of its largest outline, kept in
 * view.
 */
public final class MemberShapes {

	/** Where the map stops northwards. */
	static final double NORTH_LIMIT = 62;
	private static final double MARGIN_DEGREES = 1;

	/** One country: its outlines as pixel polygons ({x0, y0, x1, y1...}) and where its label belongs. */
	public record Country(String code, List<int[]> outlines, Pixel anchor) {
	}

	private final Viewport viewport;
	private final List<Country> countries;
	private final List<int[]> others;

	private MemberShapes(Viewport viewport, List<Country> countries, List<int[]> others) {
		this.viewport = viewport;
		this.countries = List.copyOf(countries);
		this.others = List.copyOf(others);
	}

	/** The countries (in the order given; a code without an outline is left out) on a map of that size. */
	public static MemberShapes of(Boundaries boundaries, List<String> codes, int width, int height) {
		List<Ring> mainlands = codes.stream().map(code -> largest(boundaries, code)).filter(r -> r != null).toList();
		double south = mainlands.stream().mapToDouble(Ring::south).min().orElse(0) - MARGIN_DEGREES;
		double north = Math.min(NORTH_LIMIT, mainlands.stream().mapToDouble(Ring::north).max().orElse(0));
		double west = mainlands.stream().mapToDouble(Ring::west).min().orElse(0) - MARGIN_DEGREES;
		double east = mainlands.stream().mapToDouble(Ring::east).max().orElse(0) + MARGIN_DEGREES;
		Viewport viewport = Viewport.fitting(south, west, north, east, width, height);
		List<Country> countries = new ArrayList<>();
		for (String code : codes) {
			Ring mainland = largest(boundaries, code);
			if (mainland == null) {
				continue;
			}
			List<int[]> outlines = boundaries.rings().stream().filter(r -> r.country().equals(code))
					.map(r -> pixels(r, viewport)).filter(MemberShapes::visible).toList();
			countries.add(new Country(code, outlines, anchor(mainland, viewport)));
		}
		List<int[]> others = boundaries.rings().stream()
				.filter(r -> !codes.contains(r.country()) && inView(r, viewport))
				.map(r -> pixels(r, viewport)).filter(p -> p.length >= 6).toList();
		return new MemberShapes(viewport, countries, others);
	}

	public Viewport viewport() {
		return viewport;
	}

	public List<Country> countries() {
		return countries;
	}

	/** The land of the other countries in view, drawn for context. */
	public List<int[]> others() {
		return others;
	}

	private static boolean inView(Ring ring, Viewport viewport) {
		return ring.east() >= viewport.longitudeAt(0) && ring.west() <= viewport.longitudeAt(viewport.width())
				&& ring.north() >= viewport.latitudeAt(viewport.height()) && ring.south() <= viewport.latitudeAt(0);
	}

	/* The outline with the largest area in degrees², or null when the country has none. */
	private static Ring largest(Boundaries boundaries, String code) {
		return boundaries.rings().stream().filter(r -> r.country().equals(code))
				.max(Comparator.comparingDouble(MemberShapes::area)).orElse(null);
	}

	private static double area(Ring ring) {
		double twice = 0;
		for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
			twice += ring.longitude(j) * ring.latitude(i) - ring.longitude(i) * ring.latitude(j);
		}
		return Math.abs(twice / 2);
	}

	/* The centroid of the outline in pixels, moved into the map when the outline reaches beyond it. */
	private static Pixel anchor(Ring ring, Viewport viewport) {
		double twice = 0;
		double cx = 0;
		double cy = 0;
		for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
			Pixel a = viewport.pixel(ring.latitude(j), ring.longitude(j));
			Pixel b = viewport.pixel(ring.latitude(i), ring.longitude(i));
			double cross = a.x() * b.y() - b.x() * a.y();
			twice += cross;
			cx += (a.x() + b.x()) * cross;
			cy += (a.y() + b.y()) * cross;
		}
		double x = cx / (3 * twice);
		double y = cy / (3 * twice);
		return new Pixel(Math.clamp(x, 0, viewport.width()), Math.clamp(y, 0, viewport.height()));
	}

	/* Whether the outline covers a few pixels: an islet that shrinks to a sliver would only be a speck. */
	private static boolean visible(int[] xy) {
		double twice = 0;
		for (int i = 0, j = xy.length - 2; i < xy.length; j = i, i += 2) {
			twice += (double) xy[j] * xy[i + 1] - (double) xy[i] * xy[j + 1];
		}
		return xy.length >= 6 && Math.abs(twice) >= 8;
	}

	/* The outline in whole pixels, a point that falls on the previous one's pixel dropped, not closed again. */
	private static int[] pixels(Ring ring, Viewport viewport) {
		int[] xy = new int[ring.size() * 2];
		int count = 0;
		for (int i = 0; i < ring.size(); i++) {
			Pixel p = viewport.pixel(ring.latitude(i), ring.longitude(i));
			int x = (int) Math.round(p.x());
			int y = (int) Math.round(p.y());
			if (count == 0 || x != xy[count - 2] || y != xy[count - 1]) {
				xy[count++] = x;
				xy[count++] = y;
			}
		}
		if (count > 2 && xy[0] == xy[count - 2] && xy[1] == xy[count - 1]) {
			count -= 2; // the ring's closing point: the path closes itself
		}
		return Arrays.copyOf(xy, count);
	}
}
