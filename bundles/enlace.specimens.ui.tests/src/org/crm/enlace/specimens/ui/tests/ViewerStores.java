package org.crm.enlace.specimens.ui.tests;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.specimens.ImageImport;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.SecurityFeatures;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DetectionPlace;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.DocumentType;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.FalseDocumentKind;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensFactory;

/**
 * Real Derby stores in temporary folders with the security feature types, and (fictitious) specimens whose images
 * are drawn here and imported through {@link ImageImport}, as a liaison officer's would be.
 */
final class ViewerStores {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	static final CurrentUser MEXICO = new CurrentUser("mex.ficticia", "MEX", Role.LIAISON_OFFICER);
	static final ImageImport IMPORT = new ImageImport(ImageLimits.DEFAULT);
	/** The page images' size: not the canvas' proportions, so the fit leaves bands that the geometry must get right. */
	static final int WIDTH = 600;
	static final int HEIGHT = 400;
	static final Color VISIBLE_PAPER = new Color(0xE8F0E0);
	static final Color UV_PAPER = new Color(0x1A1450);

	/** What the specimen fixture holds: the specimen and the alert on it (as stored). */
	record Fixture(DocumentSpecimen specimen, FalseDocumentAlert alert) {
	}

	private ViewerStores() {
	}

	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		ReferenceDataContributor features = () -> List.copyOf(SecurityFeatures.seed());
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, DemoLoading.NEVER, List.of(features), List.of(),
				List.of()).store();
	}

	/**
	 * A Guatemalan passport: page 1 under visible light (callout 1) and UV (callout 2), page 2 under visible light
	 * (callout 3); and Mexico's counterfeit alert on it, with one image of half the resolution and one deviation.
	 */
	static Fixture passportWithAlert(Path data) {
		String id;
		try (RecordStore store = open(data, GUATEMALA)) {
			DocumentSpecimen specimen = described("GTM", DocumentCategory.PASSPORT, "Pasaporte ordinario (ficticio)");
			id = store.save(specimen).getId();
			specimen = (DocumentSpecimen) store.findById(id).orElseThrow();
			SpecimenPage first = page(specimen, 1, "Página de datos");
			PageImage visible = imported(store, id, Light.VISIBLE, drawn(WIDTH, HEIGHT, VISIBLE_PAPER));
			PageImage uv = imported(store, id, Light.UV_365, drawn(WIDTH, HEIGHT, UV_PAPER));
			first.getImages().addAll(List.of(visible, uv));
			first.getCallouts().add(described(Specimens.callout(visible, 1, "guilloche", 50, 40, 120, 60),
					"Guilloches en el fondo", "Guilloche background"));
			first.getCallouts().add(described(Specimens.callout(uv, 2, "uv-fibres", 420, 280, 100, 80),
					"Fibras rojas y azules", null));
			SpecimenPage second = page(specimen, 2, "Página de visados");
			PageImage secondVisible = imported(store, id, Light.VISIBLE, drawn(WIDTH, HEIGHT, VISIBLE_PAPER));
			second.getImages().add(secondVisible);
			second.getCallouts().add(Specimens.callout(secondVisible, 3, "watermark", 200, 100, 200, 150));
			store.save(specimen);
		}
		String alertId;
		try (RecordStore store = open(data, MEXICO)) {
			FalseDocumentAlert alert = Specimens.newAlert("MEX", FalseDocumentKind.COUNTERFEIT, id);
			alert.setPlaceKind(DetectionPlace.LAND_BORDER);
			alert.setPlace("Puesto fronterizo ficticio");
			alert.setDetectedOn(LocalDate.parse("2026-11-20"));
			alertId = store.save(alert).getId();
			alert = (FalseDocumentAlert) store.findById(alertId).orElseThrow();
			PageImage photo = imported(store, alertId, Light.VISIBLE, drawn(WIDTH / 2, HEIGHT / 2, VISIBLE_PAPER));
			alert.getImages().add(photo);
			alert.getDeviations().add(Specimens.callout(photo, 1, "microprint", 25, 20, 60, 30));
			store.save(alert);
		}
		try (RecordStore store = open(data, GUATEMALA)) {
			return new Fixture((DocumentSpecimen) store.findById(id).orElseThrow(),
					(FalseDocumentAlert) store.findById(alertId).orElseThrow());
		}
	}

	static DocumentSpecimen described(String state, DocumentCategory category, String name) {
		DocumentSpecimen specimen = Specimens.newSpecimen(state, category == DocumentCategory.PASSPORT ? "P" : "I",
				category);
		specimen.setDocumentType(DocumentType.ORDINARY);
		specimen.setDocumentName(name);
		specimen.setSeries("2022");
		specimen.setFirstIssued(LocalDate.parse("2022-03-01"));
		specimen.setPageCount(32);
		specimen.setMaterial("Papel de seguridad");
		return specimen;
	}

	static PageImage imported(RecordStore store, String recordId, Light light, BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return IMPORT.importImage(store, recordId, light, out.toByteArray());
	}

	/** A card with the word SPECIMEN across it, never a real document; plain paper where the callouts are. */
	static BufferedImage drawn(int width, int height, Color paper) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(paper);
		g.fillRect(0, 0, width, height);
		g.setColor(paper.getRed() > 128 ? new Color(0xB00020) : new Color(0x80FFEE));
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 6)));
		g.drawString("SPECIMEN", width / 6, height / 2 + height / 12);
		g.dispose();
		return image;
	}

	private static SpecimenPage page(DocumentSpecimen specimen, int number, String label) {
		SpecimenPage page = SpecimensFactory.eINSTANCE.createSpecimenPage();
		page.setNumber(number);
		page.setLabel(label);
		specimen.getPages().add(page);
		return page;
	}

	private static Callout described(Callout callout, String spanish, String english) {
		callout.setDescriptionEs(spanish);
		callout.setDescriptionEn(english);
		return callout;
	}
}
