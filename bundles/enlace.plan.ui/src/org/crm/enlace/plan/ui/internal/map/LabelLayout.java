package org.crm.enlace.plan.ui.internal.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each country's label goes: on its anchor when it does not cover a label already placed, else the nearest
 * free place down or up the map (a leader line then joins it to the anchor). Countries of Central America are a few
 * pixels wide at the scale that shows Canada, so their labels would otherwise pile up.
 */
public final class LabelLayout {

	/** A label to place: its anchor (the country's centre) and its size, in pixels. */
	public record Request(String code, double anchorX, double anchorY, int width, int height) {
	}

	/** A placed label's top left corner; {@code moved} when it is not on its anchor. */
	public record Placed(Request request, int x, int y, boolean moved) {

		public boolean overlaps(Placed other) {
			return overlaps(other.x, other.y, other.request.width(), other.request.height());
		}

		boolean overlaps(int otherX, int otherY, int otherWidth, int otherHeight) {
			return x < otherX + otherWidth && otherX < x + request.width() && y < otherY + otherHeight
					&& otherY < y + request.height();
		}
	}

	private static final int GAP = 2;
	private static final int MAX_STEPS = 40;

	private LabelLayout() {
	}

	/** Places the labels from the top of the map down, each kept inside {@code width} x {@code height}. */
	public static List<Placed> place(List<Request> requests, int width, int height) {
		List<Placed> placed = new ArrayList<>();
		for (Request r : requests.stream().sorted(Comparator.comparingDouble(Request::anchorY)).toList()) {
			int x = clamp((int) Math.round(r.anchorX() - r.width() / 2.0), width - r.width());
			int y0 = clamp((int) Math.round(r.anchorY() - r.height() / 2.0), height - r.height());
			int y = y0;
			for (int step = 1; step <= MAX_STEPS && collides(placed, x, y, r); step++) {
				int offset = (step + 1) / 2 * (r.height() + GAP) * (step % 2 == 1 ? 1 : -1);
				y = clamp(y0 + offset, height - r.height());
			}
			placed.add(new Placed(r, x, y, y != y0));
		}
		return List.copyOf(placed);
	}

	private static boolean collides(List<Placed> placed, int x, int y, Request r) {
		return placed.stream().anyMatch(p -> p.overlaps(x, y, r.width(), r.height()));
	}

	private static int clamp(int value, int max) {
		return Math.max(0, Math.min(Math.max(0, max), value));
	}
}
