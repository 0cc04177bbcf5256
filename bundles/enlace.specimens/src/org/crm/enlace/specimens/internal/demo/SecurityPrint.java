package org.crm.enlace.specimens.internal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The security printing of the demo documents, drawn from formulas: each method draws one feature and returns the
 * rectangle it covers, the geometry callouts are made from. Nothing here traces or copies a real document.
 */
final class SecurityPrint {

	private SecurityPrint() {
	}

	/** Interleaved wave lines over the whole area: the background pattern that makes a copy show moiré. */
	static void guillocheBackground(Graphics2D g, Rectangle area, Color line, double phase) {
		// Hairlines without antialiasing: half the drawing time, and fewer colours make a smaller PNG.
		Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
		g.setStroke(new BasicStroke(1f));
		g.setColor(blend(line, Color.WHITE, 0.45f));
		double spacing = area.height / 42.0;
		for (int family = 0; family < 2; family++) {
			for (double y0 = area.y - spacing; y0 < area.getMaxY() + spacing; y0 += spacing) {
				Path2D.Double path = new Path2D.Double();
				for (int x = area.x; x <= area.getMaxX(); x += 3) {
					double y = y0 + spacing * 0.9 * Math.sin(x / 37.0 + phase + family * Math.PI + y0 / 50.0)
							+ spacing * 0.4 * Math.sin(x / 11.0 + family * 1.3);
					if (x == area.x) {
						path.moveTo(x, y);
					} else {
						path.lineTo(x, y);
					}
				}
				g.draw(path);
			}
		}
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
	}

	/** A rosette of hypotrochoids (the spirograph curve) in three turns: the guilloche callout's subject. */
	static Rectangle rosette(Graphics2D g, double cx, double cy, double radius, Color line, Color accent) {
		g.setStroke(new BasicStroke(0.8f));
		int[][] curves = { { 20, 7, 9 }, { 20, 9, 13 }, { 18, 5, 8 } };
		for (int c = 0; c < curves.length; c++) {
			double bigR = curves[c][0];
			double r = curves[c][1];
			double d = curves[c][2];
			double scale = radius / (bigR - r + d);
			Path2D.Double path = new Path2D.Double();
			int steps = 2400;
			double turns = 2 * Math.PI * r;
			for (int i = 0; i <= steps; i++) {
				double t = turns * i / steps;
				double x = cx + scale * ((bigR - r) * Math.cos(t) + d * Math.cos((bigR - r) / r * t));
				double y = cy + scale * ((bigR - r) * Math.sin(t) - d * Math.sin((bigR - r) / r * t));
				if (i == 0) {
					path.moveTo(x, y);
				} else {
					path.lineTo(x, y);
				}
			}
			g.setColor(withAlpha(c == 1 ? accent : line, 150));
			g.draw(path);
		}
		return clip(new Rectangle((int) (cx - radius) - 1, (int) (cy - radius) - 1, (int) (2 * radius) + 3,
				(int) (2 * radius) + 3), g);
	}

	/**
	 * Split-fountain printing: the band's colour changes gradually from one ink to the other with no dot screen,
	 * drawn as fine lines; a counterfeit shows two flat inks meeting at a hard edge.
	 */
	static Rectangle rainbow(Graphics2D g, Rectangle band, Color from, Color to, boolean counterfeit) {
		if (counterfeit) {
			g.setColor(from);
			g.fillRect(band.x, band.y, band.width / 2, band.height);
			g.setColor(to);
			g.fillRect(band.x + band.width / 2, band.y, band.width - band.width / 2, band.height);
			return band;
		}
		g.setPaint(new LinearGradientPaint(band.x, 0, (float) band.getMaxX(), 0, new float[] { 0f, 0.5f, 1f },
				new Color[] { from, to, from }));
		for (int y = band.y; y < band.getMaxY(); y += 2) {
			g.fillRect(band.x, y, band.width, 1);
		}
		return band;
	}

	/** A line of text too small to read without a loupe; a counterfeit prints a plain line instead. */
	static Rectangle microprint(Graphics2D g, int x, int y, int length, String text, Color ink, boolean counterfeit) {
		g.setColor(ink);
		if (counterfeit) {
			g.setStroke(new BasicStroke(1.2f));
			g.drawLine(x, y - 2, x + length, y - 2);
			return new Rectangle(x, y - 5, length, 6);
		}
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 5));
		FontMetrics metrics = g.getFontMetrics();
		StringBuilder line = new StringBuilder();
		while (metrics.stringWidth(line.toString() + text) < length) {
			line.append(text);
		}
		g.drawString(line.toString(), x, y);
		return new Rectangle(x, y - metrics.getAscent(), metrics.stringWidth(line.toString()),
				metrics.getAscent() + metrics.getDescent());
	}

	/**
	 * An optically variable patch: bands of every hue under a diffraction pattern of rings; a counterfeit has a
	 * flat silver foil.
	 */
	static Rectangle ovd(Graphics2D g, Rectangle area, boolean counterfeit) {
		Shape patch = new RoundRectangle2D.Double(area.x, area.y, area.width, area.height, area.height / 3.0,
				area.height / 3.0);
		if (counterfeit) {
			g.setColor(new Color(0xB8, 0xBC, 0xC4, 220));
			g.fill(patch);
			return area;
		}
		Color[] hues = new Color[7];
		float[] stops = new float[hues.length];
		for (int i = 0; i < hues.length; i++) {
			hues[i] = withAlpha(Color.getHSBColor(i / 6f * 0.85f, 0.45f, 1f), 170);
			stops[i] = i / (hues.length - 1f);
		}
		Shape clip = g.getClip();
		g.clip(patch);
		g.setPaint(new LinearGradientPaint(area.x, area.y, (float) area.getMaxX(), (float) area.getMaxY(), stops,
				hues));
		g.fill(patch);
		g.setStroke(new BasicStroke(0.8f));
		g.setColor(new Color(255, 255, 255, 130));
		double cx = area.getCenterX();
		double cy = area.getCenterY();
		for (double r = 4; r < area.width; r += 5) {
			g.draw(new Ellipse2D.Double(cx - r, cy - r * 0.7, 2 * r, 1.4 * r));
		}
		g.setColor(new Color(255, 255, 255, 200));
		g.fill(star(cx, cy, area.height * 0.32, area.height * 0.13, 8));
		g.setClip(clip);
		return area;
	}

	/** Head and shoulders in one tone: where a photo goes; a demo holder has no face. */
	static Rectangle silhouette(Graphics2D g, Rectangle area, Color background, Color figure) {
		g.setColor(background);
		g.fill(area);
		g.setColor(figure);
		double w = area.width;
		double h = area.height;
		g.fill(new Ellipse2D.Double(area.x + w * 0.31, area.y + h * 0.14, w * 0.38, h * 0.40));
		Path2D.Double shoulders = new Path2D.Double();
		shoulders.moveTo(area.x + w * 0.06, area.y + h);
		shoulders.curveTo(area.x + w * 0.08, area.y + h * 0.62, area.x + w * 0.30, area.y + h * 0.58,
				area.x + w * 0.5, area.y + h * 0.58);
		shoulders.curveTo(area.x + w * 0.70, area.y + h * 0.58, area.x + w * 0.92, area.y + h * 0.62,
				area.x + w * 0.94, area.y + h);
		shoulders.closePath();
		g.fill(shoulders);
		return area;
	}

	/** The photo again, small and faint, in a screen of fine lines: hard to reproduce with the main photo. */
	static Rectangle ghost(Graphics2D g, Rectangle area, Color ink) {
		silhouette(g, area, new Color(0, 0, 0, 0), withAlpha(ink, 60));
		g.setColor(withAlpha(Color.WHITE, 120));
		for (int y = area.y; y < area.getMaxY(); y += 3) {
			g.drawLine(area.x, y, (int) area.getMaxX(), y);
		}
		return area;
	}

	/** Digits burnt through the page as holes on a 3 x 5 grid, the pitch chosen to fill the area's width. */
	static Rectangle laserPerforation(Graphics2D g, Rectangle area, String digits) {
		double pitch = Math.min(area.width / (digits.length() * 4.0), area.height / 5.0);
		double dot = pitch * 0.62;
		for (int d = 0; d < digits.length(); d++) {
			String[] glyph = DOTS[digits.charAt(d) - '0'];
			for (int row = 0; row < 5; row++) {
				for (int column = 0; column < 3; column++) {
					if (glyph[row].charAt(column) == '#') {
						double x = area.x + (d * 4 + column) * pitch + (pitch - dot) / 2;
						double y = area.y + row * pitch + (pitch - dot) / 2;
						g.setColor(new Color(0x8A, 0x6A, 0x40));
						g.fill(new Ellipse2D.Double(x - 0.8, y - 0.8, dot + 1.6, dot + 1.6));
						g.setColor(new Color(0x24, 0x1C, 0x14));
						g.fill(new Ellipse2D.Double(x, y, dot, dot));
					}
				}
			}
		}
		return new Rectangle(area.x, area.y, (int) Math.ceil(digits.length() * 4 * pitch),
				(int) Math.ceil(5 * pitch));
	}

	/** The zone in a monospaced font sized so that a line fills the zone's width. */
	static Rectangle mrz(Graphics2D g, Rectangle zone, List<String> lines, Color ink) {
		g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 20));
		int natural = lines.stream().mapToInt(g.getFontMetrics()::stringWidth).max().orElse(1);
		float size = Math.min(20f * zone.width / natural, zone.height / (lines.size() * 1.15f));
		g.setFont(g.getFont().deriveFont(size));
		// Glyph advances are whole pixels: shrink until the widest line really fits.
		while (size > 6 && lines.stream().mapToInt(g.getFontMetrics()::stringWidth).max().orElse(0) > zone.width) {
			size -= 0.5f;
			g.setFont(g.getFont().deriveFont(size));
		}
		FontMetrics metrics = g.getFontMetrics();
		int lineHeight = Math.max(metrics.getHeight(), zone.height / lines.size());
		g.setColor(ink);
		int top = zone.y + (zone.height - lineHeight * lines.size()) / 2;
		int widest = 0;
		for (int i = 0; i < lines.size(); i++) {
			g.drawString(lines.get(i), zone.x, top + i * lineHeight + (lineHeight + metrics.getAscent()) / 2 - 2);
			widest = Math.max(widest, metrics.stringWidth(lines.get(i)));
		}
		return clip(new Rectangle(zone.x - 2, top, widest + 4, lineHeight * lines.size()), g);
	}

	/** Short fluorescent fibres scattered in the paper, seen under UV only. */
	static void fibres(Graphics2D g, Rectangle area, long seed, int count) {
		SplittableRandom random = new SplittableRandom(seed);
		Color[] colours = { new Color(0xEA, 0xFF, 0x3A), new Color(0xFF, 0x40, 0x70), new Color(0x40, 0xC8, 0xFF) };
		g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int i = 0; i < count; i++) {
			double x = area.x + random.nextDouble() * area.width;
			double y = area.y + random.nextDouble() * area.height;
			double angle = random.nextDouble() * Math.PI;
			double length = 8 + random.nextDouble() * 14;
			Path2D.Double fibre = new Path2D.Double();
			fibre.moveTo(x, y);
			fibre.quadTo(x + length / 2 * Math.cos(angle + 0.5), y + length / 2 * Math.sin(angle + 0.5),
					x + length * Math.cos(angle), y + length * Math.sin(angle));
			g.setColor(colours[i % colours.length]);
			g.draw(fibre);
		}
	}

	/** An abstract emblem of a star and rings in invisible ink that glows under UV: no national symbol. */
	static Rectangle uvEmblem(Graphics2D g, double cx, double cy, double radius) {
		g.setColor(new Color(0xC8, 0xFF, 0x50, 210));
		g.setStroke(new BasicStroke(2f));
		g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
		g.draw(new Ellipse2D.Double(cx - radius * 0.8, cy - radius * 0.8, 1.6 * radius, 1.6 * radius));
		g.fill(star(cx, cy, radius * 0.7, radius * 0.3, 12));
		return clip(new Rectangle((int) (cx - radius) - 2, (int) (cy - radius) - 2, (int) (2 * radius) + 5,
				(int) (2 * radius) + 5), g);
	}

	/** SPECIMEN / ESPÉCIMEN across the page and FICTICIO below it: no one may take the image for a document. */
	static void overprint(Graphics2D g, int width, int height, Color colour) {
		AffineTransform before = g.getTransform();
		g.rotate(-Math.atan2(height, width) * 0.8, width / 2.0, height / 2.0);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 9));
		g.setColor(colour);
		String text = "SPECIMEN · ESPÉCIMEN";
		FontMetrics metrics = g.getFontMetrics();
		g.drawString(text, (width - metrics.stringWidth(text)) / 2, height / 2);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 16));
		String below = "FICTICIO · FICTITIOUS";
		g.drawString(below, (width - g.getFontMetrics().stringWidth(below)) / 2, height / 2 + height / 9);
		g.setTransform(before);
	}

	private static Color blend(Color colour, Color other, float share) {
		return new Color(Math.round(colour.getRed() * (1 - share) + other.getRed() * share),
				Math.round(colour.getGreen() * (1 - share) + other.getGreen() * share),
				Math.round(colour.getBlue() * (1 - share) + other.getBlue() * share));
	}

	static Color withAlpha(Color colour, int alpha) {
		return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
	}

	private static Shape star(double cx, double cy, double outer, double inner, int points) {
		Path2D.Double star = new Path2D.Double();
		for (int i = 0; i < 2 * points; i++) {
			double r = i % 2 == 0 ? outer : inner;
			double angle = Math.PI * i / points - Math.PI / 2;
			if (i == 0) {
				star.moveTo(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
			} else {
				star.lineTo(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
			}
		}
		star.closePath();
		return star;
	}

	/* A callout must lie inside its image: a rectangle drawn partly off the page is cut to the page. */
	private static Rectangle clip(Rectangle bounds, Graphics2D g) {
		Rectangle page = g.getDeviceConfiguration().getBounds();
		return bounds.intersection(page);
	}

	private static final String[][] DOTS = { { "###", "#.#", "#.#", "#.#", "###" },
			{ ".#.", "##.", ".#.", ".#.", "###" }, { "###", "..#", "###", "#..", "###" },
			{ "###", "..#", ".##", "..#", "###" }, { "#.#", "#.#", "###", "..#", "..#" },
			{ "###", "#..", "###", "..#", "###" }, { "###", "#..", "###", "#.#", "###" },
			{ "###", "..#", ".#.", ".#.", ".#." }, { "###", "#.#", "###", "#.#", "###" },
			{ "###", "#.#", "###", "..#", "###" } };
}
