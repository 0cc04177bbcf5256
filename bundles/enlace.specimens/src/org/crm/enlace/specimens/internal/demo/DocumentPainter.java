package org.crm.enlace.specimens.internal.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.specimens.model.Light;

/**
 * Draws a demo document's page under one light with Java2D, headless, and says where each security feature went.
 * One layout per page serves every light: under UV the paper goes dark and only the fibres, the emblem and the
 * fluorescent overprint glow; under IR only the IR-absorbing inks stay (photo, document number, MRZ). A counterfeit
 * (for the false-document alerts) is drawn from the same layout with the features a forger gets wrong, and its
 * features are the deviations.
 */
public final class DocumentPainter {

	private static final Color UV_PAPER = new Color(0x16, 0x11, 0x30);
	private static final Color UV_BRIGHT_PAPER = new Color(0x6A, 0x7C, 0xD8);
	private static final Color IR_PAPER = new Color(0xE4, 0xE4, 0xE2);
	private static final Color OVERPRINT = new Color(0xC0, 0x10, 0x30, 120);
	private static final Color UV_OVERPRINT = new Color(0xFF, 0x70, 0xD0, 150);
	private static final Color IR_OVERPRINT = new Color(0x20, 0x20, 0x20, 90);

	private final DemoDocument document;
	private final PageKind page;
	private final Light light;
	private final boolean counterfeit;
	private final Palette palette;
	private final Layout layout;
	private final List<Feature> features = new ArrayList<>();

	private DocumentPainter(DemoDocument document, PageKind page, Light light, boolean counterfeit) {
		this.document = document;
		this.page = page;
		this.light = light;
		this.counterfeit = counterfeit;
		this.palette = Palette.of(document.country());
		this.layout = new Layout(page, page.hasMrz() ? document.mrz().size() : 0);
	}

	/** The genuine document's page, its features being the security features drawn. */
	public static Drawn paint(DemoDocument document, PageKind page, Light light) {
		return new DocumentPainter(document, page, light, false).draw();
	}

	/** A counterfeit of the document's page, its features being where it deviates from the genuine one. */
	public static Drawn paintCounterfeit(DemoDocument document, PageKind page, Light light) {
		return new DocumentPainter(document, page, light, true).draw();
	}

	private Drawn draw() {
		BufferedImage image = new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			switch (light) {
			case UV_365 -> underUv(g);
			case IR -> underIr(g);
			default -> visible(g);
			}
		} finally {
			g.dispose();
		}
		return new Drawn(light, image, List.copyOf(features));
	}

	private void visible(Graphics2D g) {
		g.setColor(palette.paper());
		g.fillRect(0, 0, page.width(), page.height());
		SecurityPrint.guillocheBackground(g, new Rectangle(0, 0, page.width(), page.height()), palette.line(),
				document.country().hashCode() % 7);
		Rectangle rosette = SecurityPrint.rosette(g, layout.rosetteX, layout.rosetteY, layout.rosetteRadius,
				palette.line(), palette.accent());
		genuineOnly("guilloche", rosette, "rosetas de curvas hipotrocoides (fórmula paramétrica)",
				"rosette of hypotrochoid curves (parametric formula)");
		Rectangle band = SecurityPrint.rainbow(g, layout.band, palette.fountainFrom(), palette.fountainTo(),
				counterfeit);
		feature("rainbow-printing", band, "impresión iris: el color pasa de una tinta a otra sin trama",
				"rainbow printing: the colour passes from one ink to the other with no dot screen",
				"dos tintas planas con un corte brusco en lugar de la impresión iris",
				"two flat inks meeting at a hard edge instead of rainbow printing");
		title(g, palette.paper());
		if (page.hasPhoto()) {
			SecurityPrint.silhouette(g, layout.photo, new Color(0xDD, 0xE2, 0xE8), new Color(0x7A, 0x84, 0x90));
			fields(g, palette.ink(), false);
			Rectangle ghost = SecurityPrint.ghost(g, layout.ghost, palette.ink());
			genuineOnly("ghost-image", ghost, "imagen fantasma: silueta repetida en trama de líneas",
					"ghost image: the silhouette repeated in a line screen");
			Rectangle ovd = SecurityPrint.ovd(g, layout.ovd, counterfeit);
			feature("ovd-hologram", ovd, "parche ópticamente variable con anillos de difracción",
					"optically variable patch with diffraction rings",
					"lámina plateada plana, sin cambio de color ni anillos",
					"flat silver foil, no colour shift and no rings");
		}
		if (page == PageKind.DATA_PAGE) {
			Rectangle holes = SecurityPrint.laserPerforation(g, layout.perforation, digits(document.number()));
			genuineOnly("laser-perforation", holes, "número del documento perforado con láser",
					"document number perforated by laser");
		}
		Rectangle micro = SecurityPrint.microprint(g, layout.microprint.x, layout.microprint.y,
				layout.microprint.width, "ESPECIMEN" + document.country() + "FICTICIO", palette.ink(), counterfeit);
		feature("microprint", micro, "línea de microimpresión con el texto ESPECIMEN y el código del país",
				"microprint line repeating ESPECIMEN and the country code",
				"línea continua donde el genuino lleva microimpresión",
				"a plain line where the genuine document has microprint");
		if (page.hasMrz()) {
			mrz(g, Color.BLACK);
		}
		SecurityPrint.overprint(g, page.width(), page.height(), OVERPRINT);
	}

	private void underUv(Graphics2D g) {
		g.setColor(counterfeit ? UV_BRIGHT_PAPER : UV_PAPER);
		g.fillRect(0, 0, page.width(), page.height());
		if (counterfeit) {
			feature("uv-fibres", layout.fibreSample, "", "", "papel que brilla bajo UV y sin fibras fluorescentes",
					"paper that glows under UV and has no fluorescent fibres");
			feature("uv-fluorescent-ink", layout.emblemBounds(), "", "",
					"falta el emblema de tinta invisible fluorescente",
					"the emblem in invisible fluorescent ink is missing");
		} else {
			SecurityPrint.fibres(g, new Rectangle(0, 0, page.width(), page.height()), document.number().hashCode(),
					page.width() * page.height() / 4000);
			feature("uv-fibres", layout.fibreSample, "fibras fluorescentes en el papel (amarillas, rojas y azules)",
					"fluorescent fibres in the paper (yellow, red and blue)", "", "");
			Rectangle emblem = SecurityPrint.uvEmblem(g, layout.emblemX, layout.emblemY, layout.emblemRadius);
			feature("uv-fluorescent-ink", emblem, "emblema abstracto en tinta invisible que brilla bajo UV",
					"abstract emblem in invisible ink that glows under UV", "", "");
		}
		title(g, new Color(0x50, 0x48, 0x80));
		if (page.hasMrz()) {
			mrzText(g, new Color(0x3A, 0x35, 0x55));
		}
		SecurityPrint.overprint(g, page.width(), page.height(), UV_OVERPRINT);
	}

	private void underIr(Graphics2D g) {
		g.setColor(IR_PAPER);
		g.fillRect(0, 0, page.width(), page.height());
		if (page.hasPhoto()) {
			SecurityPrint.silhouette(g, layout.photo, IR_PAPER, new Color(0x60, 0x60, 0x60));
			Rectangle number = fields(g, Color.BLACK, true);
			feature("ir-visible-ink", number, "número del documento en tinta que absorbe el infrarrojo",
					"document number in ink that absorbs infrared", "", "");
		}
		if (page.hasMrz()) {
			mrz(g, Color.BLACK);
		}
		SecurityPrint.overprint(g, page.width(), page.height(), IR_OVERPRINT);
	}

	private void mrz(Graphics2D g, Color ink) {
		g.setColor(light == Light.VISIBLE ? Color.WHITE : IR_PAPER);
		g.fill(layout.mrzZone);
		Rectangle zone = mrzText(g, ink);
		String es = light == Light.IR ? "MRZ impresa en tinta negra, visible en infrarrojo"
				: "zona de lectura mecánica con dígitos de control correctos (ICAO 9303)";
		String en = light == Light.IR ? "MRZ printed in black ink, visible in infrared"
				: "machine readable zone with correct check digits (ICAO 9303)";
		feature("mrz", zone, es, en, "el dígito de control del número de documento no cuadra",
				"the document number's check digit does not match");
	}

	private Rectangle mrzText(Graphics2D g, Color ink) {
		List<String> lines = counterfeit ? document.counterfeitMrz() : document.mrz();
		return SecurityPrint.mrz(g, layout.mrzText, lines, ink);
	}

	private void title(Graphics2D g, Color colour) {
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, layout.band.height * 2 / 5));
		FontMetrics metrics = g.getFontMetrics();
		int baseline = layout.band.y + (layout.band.height + metrics.getAscent()) / 2 - 2;
		String right = document.country() + " · ESPÉCIMEN FICTICIO";
		int rightX = (int) layout.band.getMaxX() - layout.margin - metrics.stringWidth(right);
		if (light == Light.VISIBLE) {
			// A shadow in the ink keeps the title readable on the light end of the fountain.
			g.setColor(palette.ink());
			g.drawString(document.title(), layout.band.x + layout.margin + 1, baseline + 1);
			g.drawString(right, rightX + 1, baseline + 1);
		}
		g.setColor(colour);
		g.drawString(document.title(), layout.band.x + layout.margin, baseline);
		g.drawString(right, rightX, baseline);
	}

	/** The data fields; returns where the document number was printed. */
	private Rectangle fields(Graphics2D g, Color ink, boolean numberOnly) {
		Holder holder = document.holder();
		String[][] rows = {
				{ "Documento N.º / Document No.", document.number() },
				{ "Apellidos / Surname", holder.surname() },
				{ "Nombres / Given names", holder.givenNames() },
				{ "Nacionalidad / Nationality", document.country() },
				{ "Fecha de nacimiento / Date of birth", holder.birthDate().toString() },
				{ "Sexo / Sex", String.valueOf(holder.sex()) },
				{ "Fecha de expedición / Date of issue", holder.issued().toString() },
				{ "Fecha de vencimiento / Date of expiry", holder.expires().toString() } };
		int rowHeight = layout.fields.height / rows.length;
		Font label = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, rowHeight * 3 / 10));
		Font value = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, rowHeight * 9 / 20));
		Rectangle number = null;
		for (int i = 0; i < rows.length; i++) {
			int top = layout.fields.y + i * rowHeight;
			if (!numberOnly) {
				g.setColor(SecurityPrint.withAlpha(ink, 170));
				g.setFont(label);
				g.drawString(rows[i][0], layout.fields.x, top + g.getFontMetrics().getAscent());
			}
			g.setFont(value);
			FontMetrics metrics = g.getFontMetrics();
			int baseline = top + rowHeight - metrics.getDescent() - 1;
			if (i == 0) {
				g.setColor(light == Light.IR ? Color.BLACK : palette.accent());
				g.drawString(rows[i][1], layout.fields.x, baseline);
				number = new Rectangle(layout.fields.x - 2, baseline - metrics.getAscent() - 1,
						metrics.stringWidth(rows[i][1]) + 4, metrics.getAscent() + metrics.getDescent() + 2);
			} else if (!numberOnly) {
				g.setColor(ink);
				g.drawString(rows[i][1], layout.fields.x, baseline);
			}
		}
		return number;
	}

	/** A genuine document's feature; a counterfeit copies it well enough to raise no deviation. */
	private void genuineOnly(String code, Rectangle bounds, String es, String en) {
		feature(code, bounds, es, en, "", "");
	}

	/** Adds the feature the page shows: the genuine description, or the deviation on a counterfeit (if any). */
	private void feature(String code, Rectangle bounds, String es, String en, String deviationEs,
			String deviationEn) {
		if (counterfeit && !deviationEs.isEmpty()) {
			features.add(new Feature(code, bounds, "Desviación ficticia (datos de demostración): " + deviationEs + ".",
					"Fictitious deviation (demo data): " + deviationEn + "."));
		} else if (!counterfeit && !es.isEmpty()) {
			features.add(new Feature(code, bounds, "Elemento ficticio (datos de demostración): " + es + ".",
					"Fictitious feature (demo data): " + en + "."));
		}
	}

	private static String digits(String number) {
		return number.replaceAll("[^0-9]", "");
	}

	/** Where everything goes on a page, in pixels, as fractions of its size: the same for every light. */
	private static final class Layout {
		final int margin;
		final Rectangle band;
		final Rectangle photo;
		final Rectangle fields;
		final Rectangle ghost;
		final Rectangle ovd;
		final Rectangle perforation;
		final Rectangle microprint;
		final Rectangle mrzZone;
		final Rectangle mrzText;
		final Rectangle fibreSample;
		final double rosetteX;
		final double rosetteY;
		final double rosetteRadius;
		final double emblemX;
		final double emblemY;
		final double emblemRadius;

		Layout(PageKind page, int mrzLines) {
			int w = page.width();
			int h = page.height();
			margin = Math.round(w * 0.03f);
			band = new Rectangle(margin, margin, w - 2 * margin, Math.round(h * 0.09f));
			int mrzHeight = mrzLines == 0 ? 0 : Math.round(h * (mrzLines == 2 ? 0.17f : 0.27f));
			mrzZone = new Rectangle(0, h - mrzHeight - margin / 2, w, mrzHeight);
			mrzText = new Rectangle(margin, mrzZone.y + margin / 3, w - 2 * margin, mrzHeight - 2 * margin / 3);
			int bodyTop = band.y + band.height + margin;
			int bodyBottom = (mrzLines == 0 ? h - margin : mrzZone.y - margin / 2) - margin;
			microprint = new Rectangle(margin, bodyBottom + margin * 2 / 3, w - 2 * margin, 6);
			photo = new Rectangle(margin, bodyTop, Math.round(w * 0.25f), bodyBottom - bodyTop);
			int fieldsX = photo.x + photo.width + 2 * margin;
			fields = new Rectangle(fieldsX, bodyTop, Math.round(w * 0.78f) - fieldsX, bodyBottom - bodyTop);
			ghost = new Rectangle(Math.round(w * 0.80f), bodyTop + (bodyBottom - bodyTop) / 3, Math.round(w * 0.15f),
					(bodyBottom - bodyTop) * 3 / 5);
			perforation = new Rectangle(Math.round(w * 0.80f), bodyTop, Math.round(w * 0.17f),
					(bodyBottom - bodyTop) / 4);
			ovd = new Rectangle(photo.x + photo.width - Math.round(w * 0.06f), bodyBottom - Math.round(h * 0.15f),
					Math.round(w * 0.17f), Math.round(h * 0.13f));
			fibreSample = new Rectangle(Math.round(w * 0.80f), bodyTop, Math.round(w * 0.17f),
					(bodyBottom - bodyTop) / 3);
			rosetteX = w * 0.60;
			rosetteY = (bodyTop + bodyBottom) / 2.0;
			rosetteRadius = (bodyBottom - bodyTop) * 0.42;
			emblemX = w * 0.55;
			emblemY = rosetteY;
			emblemRadius = (bodyBottom - bodyTop) * 0.36;
		}

		Rectangle emblemBounds() {
			return new Rectangle((int) (emblemX - emblemRadius), (int) (emblemY - emblemRadius),
					(int) (2 * emblemRadius), (int) (2 * emblemRadius));
		}
	}
}
