package org.crm.enlace.plan.ui.internal.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crm.enlace.geo.ui.MapColors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Paints the member countries shaded by value class on the sea and the other countries' land, each labelled with
 * its code and value ("sin dato" when it has none), and a legend. Classes differ by hatching as well as by shade, and
 * the value is printed, so the map reads without telling colours apart (and in black and white).
 */
public final class ChoroplethPainter {

	/** Light to dark blue (ColorBrewer "Blues"), one per class. */
	private static final RGB[] SHADES = { new RGB(222, 235, 247), new RGB(158, 202, 225), new RGB(66, 146, 198),
			new RGB(8, 81, 156) };
	private static final RGB NO_DATA = new RGB(255, 255, 255);
	private static final RGB HATCH = new RGB(40, 40, 40);
	private static final int PADDING = 3;
	private static final int SWATCH = 18;

	/** What to paint: the shapes at the canvas's size, each member's value, the classes and the legend's title. */
	public record Picture(MemberShapes shapes, Map<String, BigDecimal> values, ValueClasses classes,
			String legendTitle) {
	}

	private ChoroplethPainter() {
	}

	public static void paint(GC gc, Rectangle area, Picture picture) {
		Hatching hatching = new Hatching(gc.getDevice());
		try {
			paint(gc, area, picture, hatching);
		} finally {
			hatching.dispose();
		}
	}

	private static void paint(GC gc, Rectangle area, Picture picture, Hatching hatching) {
		gc.setAntialias(SWT.ON);
		fill(gc, MapColors.SEA);
		gc.fillRectangle(area);
		fill(gc, MapColors.LAND);
		gc.setForeground(color(MapColors.BORDER));
		for (int[] outline : picture.shapes().others()) {
			gc.fillPolygon(outline);
			gc.drawPolygon(outline);
		}
		List<LabelLayout.Request> labels = new ArrayList<>();
		for (MemberShapes.Country country : picture.shapes().countries()) {
			BigDecimal value = picture.values().get(country.code());
			int shade = value == null ? -1 : picture.classes().classOf(value);
			Path path = path(gc, country.outlines());
			try {
				hatching.use(gc, shade);
				gc.fillPath(path);
				gc.setBackgroundPattern(null);
				gc.setForeground(color(MapColors.MARKER_OUTLINE));
				gc.setLineStyle(value == null ? SWT.LINE_DOT : SWT.LINE_SOLID);
				gc.drawPath(path);
				gc.setLineStyle(SWT.LINE_SOLID);
			} finally {
				path.dispose();
			}
			String text = label(country.code(), value);
			Point size = gc.textExtent(text);
			labels.add(new LabelLayout.Request(country.code(), country.anchor().x(), country.anchor().y(),
					size.x + 2 * PADDING, size.y + 2 * PADDING));
		}
		for (LabelLayout.Placed placed : LabelLayout.place(labels, area.width, area.height)) {
			drawLabel(gc, placed, picture.values().get(placed.request().code()));
		}
		legend(gc, area, picture, hatching);
	}

	/** "GTM 4", or "GTM sin dato": what a country's label says. */
	public static String label(String code, BigDecimal value) {
		return value == null ? Messages.format("label.noData", code)
				: Messages.format("label.value", code, value.stripTrailingZeros().toPlainString());
	}

	private static void drawLabel(GC gc, LabelLayout.Placed placed, BigDecimal value) {
		LabelLayout.Request r = placed.request();
		gc.setForeground(color(MapColors.MARKER_OUTLINE));
		if (placed.moved()) {
			gc.drawLine((int) Math.round(r.anchorX()), (int) Math.round(r.anchorY()), placed.x() + r.width() / 2,
					placed.y() + (placed.y() > r.anchorY() ? 0 : r.height()));
		}
		fill(gc, MapColors.PANEL);
		gc.fillRoundRectangle(placed.x(), placed.y(), r.width(), r.height(), 6, 6);
		gc.drawRoundRectangle(placed.x(), placed.y(), r.width(), r.height(), 6, 6);
		gc.setForeground(color(MapColors.TEXT));
		gc.drawText(label(r.code(), value), placed.x() + PADDING, placed.y() + PADDING, true);
	}

	/* The legend at the bottom left: the title, a swatch per class with its values, and "sin dato". */
	private static void legend(GC gc, Rectangle area, Picture picture, Hatching hatching) {
		List<String> texts = new ArrayList<>();
		picture.classes().classes().forEach(c -> texts.add(c.label()));
		texts.add(Messages.format("legend.noData"));
		int line = Math.max(SWATCH, gc.getFontMetrics().getHeight()) + PADDING;
		int width = gc.textExtent(picture.legendTitle()).x;
		for (String text : texts) {
			width = Math.max(width, SWATCH + PADDING * 2 + gc.textExtent(text).x);
		}
		int height = line * (texts.size() + 1) + PADDING;
		int x = area.x + 8;
		int y = area.y + area.height - height - 8;
		fill(gc, MapColors.PANEL);
		gc.setForeground(color(MapColors.BORDER));
		gc.fillRectangle(x, y, width + 4 * PADDING, height);
		gc.drawRectangle(x, y, width + 4 * PADDING, height);
		gc.setForeground(color(MapColors.TEXT));
		gc.drawText(picture.legendTitle(), x + 2 * PADDING, y + PADDING, true);
		for (int i = 0; i < texts.size(); i++) {
			int shade = i < picture.classes().count() ? i : -1;
			Rectangle swatch = new Rectangle(x + 2 * PADDING, y + line * (i + 1) + PADDING, SWATCH, SWATCH);
			hatching.use(gc, shade);
			gc.fillRectangle(swatch);
			gc.setBackgroundPattern(null);
			gc.setForeground(color(MapColors.MARKER_OUTLINE));
			gc.setLineStyle(shade < 0 ? SWT.LINE_DOT : SWT.LINE_SOLID);
			gc.drawRectangle(swatch);
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setForeground(color(MapColors.TEXT));
			gc.drawText(texts.get(i), swatch.x + SWATCH + 2 * PADDING, swatch.y + 1, true);
		}
	}

	/*
	 * The fill of each class as a tiled pattern, the shade under the hatching: class 0 plain, 1 sparse diagonal
	 * lines, 2 dense ones, 3 cross-hatched, so the class shows without its shade. A pattern rather than lines
	 * clipped to the country: GTK's clipping to a path with many islets lets stray hatching into the sea.
	 */
	private static final class Hatching {

		private static final int TILE = 8;
		private final Image[] tiles = new Image[SHADES.length];
		private final Pattern[] patterns = new Pattern[SHADES.length];

		Hatching(Device device) {
			for (int shade = 0; shade < SHADES.length; shade++) {
				tiles[shade] = new Image(device, TILE, TILE);
				GC tile = new GC(tiles[shade]);
				try {
					tile.setBackground(color(SHADES[shade]));
					tile.fillRectangle(0, 0, TILE, TILE);
					tile.setForeground(color(shade >= 2 ? SHADES[0] : HATCH));
					if (shade >= 1) {
						tile.drawLine(0, TILE - 1, TILE - 1, 0);
					}
					if (shade == 2) {
						tile.drawLine(0, TILE / 2 - 1, TILE / 2 - 1, 0);
						tile.drawLine(TILE / 2, TILE - 1, TILE - 1, TILE / 2);
					}
					if (shade == 3) {
						tile.drawLine(0, 0, TILE - 1, TILE - 1);
					}
				} finally {
					tile.dispose();
				}
				patterns[shade] = new Pattern(device, tiles[shade]);
			}
		}

		/** The GC fills in the class's pattern, or in white for "sin dato" ({@code shade} < 0). */
		void use(GC gc, int shade) {
			gc.setBackground(color(NO_DATA));
			gc.setBackgroundPattern(shade < 0 ? null : patterns[shade]);
		}

		void dispose() {
			for (int shade = 0; shade < SHADES.length; shade++) {
				patterns[shade].dispose();
				tiles[shade].dispose();
			}
		}
	}

	private static Path path(GC gc, List<int[]> outlines) {
		Path path = new Path(gc.getDevice());
		for (int[] xy : outlines) {
			path.moveTo(xy[0], xy[1]);
			for (int i = 2; i < xy.length; i += 2) {
				path.lineTo(xy[i], xy[i + 1]);
			}
			path.close();
		}
		return path;
	}

	private static void fill(GC gc, RGB rgb) {
		gc.setBackground(color(rgb));
	}

	/* Colours are plain objects since SWT 3.120: no handle to dispose. */
	private static Color color(RGB rgb) {
		return new Color(rgb);
	}
}
