package org.crm.enlace.geo.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.geo.Boundaries;
import org.crm.enlace.geo.Ring;
import org.crm.enlace.geo.Viewport;
import org.crm.enlace.geo.WebMercator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;

/**
 * The land: every outline projected once into Web Mercator world units, then per paint only those in view, turned
 * into pixels with consecutive points that fall on the same pixel dropped (at the zoom of the whole Americas most
 * do). Filled first, outlined after, so no country's fill covers its neighbour's border.
 */
public final class LandLayer {

	/** One outline in world units, interleaved x, y, with its bounding box. */
	private record Outline(double[] xy, double minX, double minY, double maxX, double maxY) {
	}

	private final List<Outline> outlines;
	private int[] scratch = new int[0];

	public LandLayer(Boundaries boundaries) {
		List<Outline> projected = new ArrayList<>(boundaries.rings().size());
		for (Ring ring : boundaries.rings()) {
			double[] xy = new double[ring.size() * 2];
			for (int i = 0; i < ring.size(); i++) {
				xy[2 * i] = WebMercator.x(ring.longitude(i));
				xy[2 * i + 1] = WebMercator.y(ring.latitude(i));
			}
			projected.add(new Outline(xy, WebMercator.x(ring.west()), WebMercator.y(ring.north()),
					WebMercator.x(ring.east()), WebMercator.y(ring.south())));
		}
		this.outlines = List.copyOf(projected);
	}

	/**
	 * Fills the land in the GC's background colour and outlines it in the foreground colour, each in one go, with
	 * one path for every outline in view. The winding rule fills an enclave and the country around it alike.
	 */
	public void draw(GC gc, Viewport viewport) {
		double left = viewport.worldX(0);
		double right = viewport.worldX(viewport.width());
		double top = viewport.worldY(0);
		double bottom = viewport.worldY(viewport.height());
		Path land = new Path(gc.getDevice());
		try {
			for (Outline outline : outlines) {
				if (outline.maxX() < left || outline.minX() > right || outline.maxY() < top
						|| outline.minY() > bottom) {
					continue;
				}
				int count = pixels(outline.xy(), viewport);
				if (count >= 6) {
					land.moveTo(scratch[0], scratch[1]);
					for (int i = 2; i < count; i += 2) {
						land.lineTo(scratch[i], scratch[i + 1]);
					}
					land.close();
				}
			}
			gc.setFillRule(SWT.FILL_WINDING);
			gc.fillPath(land);
			gc.drawPath(land);
		} finally {
			land.dispose();
		}
	}

	/* The outline in pixels, into scratch, without repeating a pixel; returns how many ints it wrote. */
	private int pixels(double[] xy, Viewport viewport) {
		if (scratch.length < xy.length) {
			scratch = new int[xy.length];
		}
		double size = viewport.worldSize();
		double offsetX = viewport.width() / 2.0 - viewport.centerX() * size;
		double offsetY = viewport.height() / 2.0 - viewport.centerY() * size;
		int count = 0;
		for (int i = 0; i < xy.length; i += 2) {
			int x = (int) Math.round(xy[i] * size + offsetX);
			int y = (int) Math.round(xy[i + 1] * size + offsetY);
			if (count == 0 || x != scratch[count - 2] || y != scratch[count - 1]) {
				scratch[count++] = x;
				scratch[count++] = y;
			}
		}
		return count;
	}
}
