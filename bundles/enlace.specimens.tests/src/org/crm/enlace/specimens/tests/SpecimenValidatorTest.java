package org.crm.enlace.specimens.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.specimens.SpecimenValidator;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.FalseDocumentKind;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of the validator against a real store (its vocabulary and the records a link may point at). */
class SpecimenValidatorTest {

	@TempDir
	Path data;

	private RecordStore store;
	private Locale before;

	@BeforeEach
	void open() {
		before = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		store = SpecimenStores.open(data, SpecimenStores.GUATEMALA);
	}

	@AfterEach
	void close() {
		store.close();
		Locale.setDefault(before);
	}

	/** A passport specimen with one page, a visible and a UV image of 400 x 250 pixels and three callouts. */
	static DocumentSpecimen valid() {
		DocumentSpecimen specimen = Specimens.newSpecimen("GTM", "P", DocumentCategory.PASSPORT);
		specimen.setDocumentName("Pasaporte ordinario (ficticio)");
		SpecimenPage page = page(specimen, 2, "Página de datos");
		PageImage visible = image(page, Light.VISIBLE, "attachment-1");
		PageImage uv = image(page, Light.UV_365, "attachment-2");
		page.getCallouts().add(Specimens.callout(visible, 1, "guilloche", 10, 10, 120, 60));
		page.getCallouts().add(Specimens.callout(visible, 2, "mrz", 0, 190, 400, 60));
		page.getCallouts().add(Specimens.callout(uv, 3, "uv-fibres", 200, 20, 50, 50));
		return specimen;
	}

	static SpecimenPage page(DocumentSpecimen specimen, int number, String label) {
		SpecimenPage page = SpecimensFactory.eINSTANCE.createSpecimenPage();
		page.setNumber(number);
		page.setLabel(label);
		specimen.getPages().add(page);
		return page;
	}

	static PageImage image(SpecimenPage page, Light light, String attachmentId) {
		PageImage image = SpecimensFactory.eINSTANCE.createPageImage();
		image.setLight(light);
		image.setAttachmentId(attachmentId);
		image.setWidth(400);
		image.setHeight(250);
		page.getImages().add(image);
		return image;
	}

	@Test
	void aCompleteSpecimenHasNoProblem() {
		assertEquals(List.of(), SpecimenValidator.validate(valid(), store));
	}

	@Test
	void theIssuingStateIsAnAlpha3CodeAndTheOwner() {
		DocumentSpecimen lowerCase = valid();
		lowerCase.setIssuingState("gtm");
		assertEquals(List.of(new Problem("issuingState", "Give the issuing state as an ISO 3166-1 alpha-3 code.")),
				SpecimenValidator.validate(lowerCase, store));

		DocumentSpecimen other = valid();
		other.setIssuingState("MEX");
		assertEquals(List.of("issuingState"), fields(SpecimenValidator.validate(other, store)));
	}

	@Test
	void theDocumentCodeFitsTheCategory() {
		DocumentSpecimen card = valid();
		card.setCategory(DocumentCategory.IDENTITY_CARD);
		assertEquals(List.of(new Problem("documentCode", "The document code does not fit the category identity card"
				+ " (P for passports, V for visas, I, A or C for cards).")), SpecimenValidator.validate(card, store));
		card.setDocumentCode("ID");
		assertEquals(List.of(), SpecimenValidator.validate(card, store));
		card.setDocumentCode("IDX");
		assertEquals(List.of("documentCode"), fields(SpecimenValidator.validate(card, store)));
		DocumentSpecimen visa = valid();
		visa.setCategory(DocumentCategory.VISA);
		visa.setDocumentCode("VA");
		assertEquals(List.of(), SpecimenValidator.validate(visa, store));
		visa.setCategory(DocumentCategory.MINOR_TRAVEL_PERMIT);
		assertEquals(List.of(), SpecimenValidator.validate(visa, store), "no MRZ rule for a minors' permit");
	}

	@Test
	void aCalloutOutsideItsImageIsRefusedEdgeIncluded() {
		DocumentSpecimen specimen = valid();
		Callout mrz = specimen.getPages().getFirst().getCallouts().get(1);
		mrz.setHeight(61);
		assertEquals(List.of(new Problem("pages",
				"Callout 2: the rectangle must lie inside the image (400 x 250 pixels).")),
				SpecimenValidator.validate(specimen, store));
		mrz.setHeight(60);
		mrz.setX(-1);
		assertEquals(1, SpecimenValidator.validate(specimen, store).size());
		mrz.setX(0);
		mrz.setWidth(0);
		assertEquals(1, SpecimenValidator.validate(specimen, store).size(), "an empty rectangle marks nothing");
	}

	@Test
	void calloutNumbersAreUniqueAcrossPages() {
		DocumentSpecimen specimen = valid();
		SpecimenPage cover = page(specimen, 1, "Cubierta");
		PageImage image = image(cover, Light.VISIBLE, "attachment-3");
		cover.getCallouts().add(Specimens.callout(image, 3, "intaglio", 5, 5, 20, 20));
		assertEquals(List.of(new Problem("pages", "Callout 3: the number is already used by another callout.")),
				SpecimenValidator.validate(specimen, store));
	}

	@Test
	void aCalloutIsSeenUnderItsImagesLight() {
		DocumentSpecimen specimen = valid();
		specimen.getPages().getFirst().getCallouts().get(2).setLight(Light.IR);
		assertEquals(List.of(new Problem("pages", "Callout 3: its light must be its image's.")),
				SpecimenValidator.validate(specimen, store));
	}

	@Test
	void theFeatureTypeIsATermOfTheVocabulary() {
		DocumentSpecimen specimen = valid();
		specimen.getPages().getFirst().getCallouts().get(0).setFeatureCode("vehicle-concealment");
		assertEquals(List.of(new Problem("pages",
				"Callout 1: the security feature type is not in the vocabulary.")),
				SpecimenValidator.validate(specimen, store));
	}

	@Test
	void aCalloutIsDrawnOnAnImageOfItsOwnRecord() {
		DocumentSpecimen specimen = valid();
		DocumentSpecimen other = valid();
		specimen.getPages().getFirst().getCallouts().getFirst()
				.setImage(other.getPages().getFirst().getImages().getFirst());
		assertEquals(List.of(new Problem("pages", "Callout 1: it must be drawn on one of the record's images.")),
				SpecimenValidator.validate(specimen, store));
	}

	@Test
	void theProcedureLinkPointsAtAProcedureTheUserSees() {
		DocumentSpecimen specimen = valid();
		specimen.setProcedureId("00000000-0000-0000-0000-00000000abcd");
		assertEquals(List.of(new Problem("procedureId",
				"The linked issuance procedure does not exist or is not visible to you.")),
				SpecimenValidator.validate(specimen, store));

		String procedure = store.save(Procedures.newProcedure("GTM", DocumentKind.PASSPORT)).getId();
		specimen.setProcedureId(procedure);
		assertEquals(List.of(), SpecimenValidator.validate(specimen, store));

		String notAProcedure = store.save(valid()).getId();
		specimen.setProcedureId(notAProcedure);
		assertEquals(List.of("procedureId"), fields(SpecimenValidator.validate(specimen, store)));
	}

	@Test
	void aProcedureKeptByItsOwnerCannotBeLinkedByAnother() {
		String hidden = store.save(ownerOnlyProcedure()).getId();
		store.close();
		store = SpecimenStores.open(data, SpecimenStores.MEXICO);
		DocumentSpecimen mexican = valid();
		mexican.setOwnerCountry("MEX");
		mexican.setIssuingState("MEX");
		mexican.setProcedureId(hidden);
		assertEquals(List.of("procedureId"), fields(SpecimenValidator.validate(mexican, store)));
	}

	@Test
	void anAlertNamesAVisibleSpecimenAndItsDeviationsFollowTheCalloutRules() {
		FalseDocumentAlert alert = Specimens.newAlert("GTM", FalseDocumentKind.COUNTERFEIT, null);
		PageImage photo = SpecimensFactory.eINSTANCE.createPageImage();
		photo.setLight(Light.VISIBLE);
		photo.setWidth(300);
		photo.setHeight(200);
		alert.getImages().add(photo);
		alert.getDeviations().add(Specimens.callout(photo, 1, "microprint", 250, 150, 60, 10));
		assertEquals(List.of("specimenId", "deviations"), fields(SpecimenValidator.validate(alert, store)));

		alert.setSpecimenId(store.save(valid()).getId());
		alert.getDeviations().getFirst().setWidth(50);
		assertEquals(List.of(), SpecimenValidator.validate(alert, store));
	}

	private static DocumentProcedure ownerOnlyProcedure() {
		DocumentProcedure procedure = Procedures.newProcedure("GTM", DocumentKind.PASSPORT);
		procedure.setReleasability(Releasability.OWNER_ONLY);
		return procedure;
	}

	private static List<String> fields(List<Problem> problems) {
		return problems.stream().map(Problem::field).toList();
	}
}
