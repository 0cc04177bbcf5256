package org.crm.enlace.specimens.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.mrz.specimens.SpecimenLookup;
import org.crm.enlace.mrz.specimens.SpecimenMatch;
import org.crm.enlace.specimens.ImageImport;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.SecurityFeatures;
import org.crm.enlace.specimens.SpecimenValidator;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DetectionPlace;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentFormat;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.DocumentType;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.FalseDocumentKind;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Specimens and alerts in a real (Derby) store: everything comes back, each member sees what it may. */
class SpecimenStoreTest {

	private static final ImageImport IMPORT = new ImageImport(ImageLimits.DEFAULT);

	@TempDir
	Path data;

	@Test
	void theRegisterAnswersTheMrzCheckerWithTheSpecimensOfAZonesStateAndCode() {
		List<SpecimenLookup> lookups = Services.all(SpecimenLookup.class);
		assertEquals(1, lookups.size(), "the register provides the MRZ checker's lookup as a service");
		String id;
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.GUATEMALA)) {
			id = store.save(described()).getId();
		}
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.MEXICO)) {
			List<SpecimenMatch> found = lookups.getFirst().find(store, "GTM", "P");
			assertEquals(List.of(id), found.stream().map(SpecimenMatch::recordId).toList());
			assertTrue(found.getFirst().title().contains("GTM") && found.getFirst().title().contains("2022"),
					found.getFirst().title());
			assertEquals(List.of(), lookups.getFirst().find(store, "GTM", "V"));
		}
	}

	@Test
	void aSpecimenComesBackWithPagesImagesAndCallouts() throws IOException {
		String id;
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.GUATEMALA)) {
			id = store.save(described()).getId();
			DocumentSpecimen specimen = (DocumentSpecimen) store.findById(id).orElseThrow();
			SpecimenPage page = SpecimenValidatorTest.page(specimen, 2, "Página de datos");
			PageImage visible = IMPORT.importImage(store, id, Light.VISIBLE,
					SpecimenImages.encoded(SpecimenImages.drawn(400, 250), "png"));
			PageImage uv = IMPORT.importImage(store, id, Light.UV_365,
					SpecimenImages.encoded(SpecimenImages.drawn(400, 250), "jpeg"));
			page.getImages().addAll(List.of(visible, uv));
			page.getCallouts().add(Specimens.callout(visible, 1, "guilloche", 10, 10, 120, 60));
			page.getCallouts().add(Specimens.callout(uv, 2, "uv-fibres", 200, 20, 50, 50));
			page.getCallouts().get(1).setDescriptionEs("Fibras rojas y azules visibles bajo UV");
			page.getCallouts().get(1).setDescriptionEn("Red and blue fibres visible under UV");
			assertEquals(List.of(), SpecimenValidator.validate(specimen, store));
			store.save(specimen);
		}
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.MEXICO)) {
			List<DocumentSpecimen> found = Specimens.of(store, "GTM", "P");
			assertEquals(1, found.size(), "released to all members: Mexico reads it by issuing state and code");
			assertEquals(List.of(), Specimens.of(store, "GTM", "ID"));
			DocumentSpecimen back = found.getFirst();
			assertEquals(id, back.getId());
			assertEquals(DocumentType.ORDINARY, back.getDocumentType());
			assertEquals("2022", back.getSeries());
			assertEquals(LocalDate.parse("2022-03-01"), back.getFirstIssued());
			assertEquals(DocumentFormat.TD3, back.getFormat());
			assertEquals(32, back.getPageCount());
			assertEquals(null, back.getValidities().get(1).getToAge());
			assertEquals(120, back.getValidities().get(1).getValidityMonths());

			SpecimenPage page = back.getPages().getFirst();
			assertEquals("Página de datos", page.getLabel());
			assertEquals(2, page.getImages().size());
			Callout fibres = page.getCallouts().get(1);
			assertSame(page.getImages().get(1), fibres.getImage(), "the callout still points at its image");
			assertEquals(Light.UV_365, fibres.getLight());
			assertEquals(List.of(200, 20, 50, 50),
					List.of(fibres.getX(), fibres.getY(), fibres.getWidth(), fibres.getHeight()));
			assertEquals("Red and blue fibres visible under UV", fibres.getDescriptionEn());
			BufferedImage image = ImageIO.read(
					new ByteArrayInputStream(store.readAttachment(page.getImages().get(1).getAttachmentId())));
			assertEquals(400, image.getWidth());

			back.setSeries("2023");
			StoreException refused = assertThrows(StoreException.class, () -> store.save(back));
			assertEquals(StoreException.Reason.FORBIDDEN, refused.reason(), "only the issuing state writes it");
			assertThrows(StoreException.class, () -> IMPORT.importImage(store, id, Light.IR,
					SpecimenImages.encoded(SpecimenImages.drawn(40, 30), "png")));
		}
	}

	@Test
	void aSpecimenKeptByItsOwnerIsNotSeenByOthers() {
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.GUATEMALA)) {
			DocumentSpecimen draft = described();
			draft.setReleasability(Releasability.OWNER_ONLY);
			store.save(draft);
			assertEquals(1, Specimens.ofState(store, "GTM").size());
		}
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.MEXICO)) {
			assertEquals(List.of(), Specimens.of(store, "GTM", "P"));
		}
	}

	@Test
	void alertsAreLinkedToTheGenuineSpecimenAndFollowTheirReleasability() {
		String specimen;
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.GUATEMALA)) {
			specimen = store.save(described()).getId();
		}
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.MEXICO)) {
			FalseDocumentAlert alert = Specimens.newAlert("MEX", FalseDocumentKind.COUNTERFEIT, specimen);
			alert.setPlaceKind(DetectionPlace.LAND_BORDER);
			alert.setPlace("Puesto fronterizo ficticio");
			alert.setDetectedOn(LocalDate.parse("2026-11-20"));
			String alertId = store.save(alert).getId();
			FalseDocumentAlert stored = (FalseDocumentAlert) store.findById(alertId).orElseThrow();
			PageImage photo = IMPORT.importImage(store, alertId, Light.VISIBLE,
					SpecimenImages.encoded(SpecimenImages.drawn(300, 200), "png"));
			stored.getImages().add(photo);
			stored.getDeviations().add(Specimens.callout(photo, 1, "microprint", 20, 150, 200, 20));
			assertEquals(List.of(), SpecimenValidator.validate(stored, store));
			store.save(stored);

			FalseDocumentAlert toUsOnly = Specimens.newAlert("MEX", FalseDocumentKind.IMPOSTOR, specimen);
			toUsOnly.setReleasability(Releasability.LISTED);
			toUsOnly.getReleasableTo().add("USA");
			store.save(toUsOnly);
			assertEquals(2, Specimens.alertsOn(store, specimen).size());
		}
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.GUATEMALA)) {
			List<FalseDocumentAlert> seen = Specimens.alertsOn(store, specimen);
			assertEquals(List.of(FalseDocumentKind.COUNTERFEIT), seen.stream().map(FalseDocumentAlert::getKind).toList(),
					"Guatemala sees the alert released to all members, not the one listed for the USA");
			FalseDocumentAlert alert = seen.getFirst();
			assertEquals("MEX", alert.getOwnerCountry());
			assertSame(alert.getImages().getFirst(), alert.getDeviations().getFirst().getImage());
			assertEquals(1, store.attachments(alert.getId()).size(), "the alert's image is readable beside it");
		}
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.USA)) {
			assertEquals(2, Specimens.alertsOn(store, specimen).size());
		}
	}

	@Test
	void theSecurityFeatureTypesAreSeededAsVocabularyTerms() {
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.GUATEMALA)) {
			Terms terms = Terms.load(store);
			assertEquals(15, terms.of(SecurityFeatures.VOCABULARY).size());
			assertEquals("Marca de agua", terms.label(SecurityFeatures.VOCABULARY, "watermark",
					Locale.forLanguageTag("es")));
			assertTrue(terms.contains(SecurityFeatures.VOCABULARY, "ovd-hologram"));
		}
	}

	/** A fictitious Guatemalan passport described without pages. */
	private static DocumentSpecimen described() {
		DocumentSpecimen specimen = Specimens.newSpecimen("GTM", "P", DocumentCategory.PASSPORT);
		specimen.setDocumentType(DocumentType.ORDINARY);
		specimen.setDocumentName("Pasaporte ordinario (ficticio)");
		specimen.setSeries("2022");
		specimen.setFirstIssued(LocalDate.parse("2022-03-01"));
		specimen.setFormat(DocumentFormat.TD3);
		specimen.setPageCount(32);
		specimen.setMaterial("Papel de seguridad; página de datos de policarbonato");
		specimen.getValidities().add(Specimens.validity(0, 17, 60));
		specimen.getValidities().add(Specimens.validity(18, null, 120));
		return specimen;
	}
}
