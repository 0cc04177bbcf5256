package org.crm.enlace.specimens.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.crm.enlace.compliance.CompliancePeriod;
import org.crm.enlace.compliance.ComplianceStatus;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.store.StoreStartup.Opened;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.mrz.Mrz;
import org.crm.enlace.mrz.MrzChecker;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.specimens.SpecimenValidator;
import org.crm.enlace.specimens.internal.SpecimenRegisterSpace;
import org.crm.enlace.specimens.internal.SpecimensDemoData;
import org.crm.enlace.specimens.internal.demo.DemoDocument;
import org.crm.enlace.specimens.internal.demo.DemoRegister;
import org.crm.enlace.specimens.internal.demo.PageKind;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensPackage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo register loaded the way a first start loads it ({@link StoreStartup}, as the system, into real Derby):
 * drawn images attached and decodable, callouts on them, valid MRZs, alerts and procedure links that resolve, and a
 * compliance board with complete and partial members.
 */
class DemoSpecimensTest {

	private static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT,
			Role.SECRETARIAT);
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@TempDir
	static Path data;

	private static RecordStore store;
	private static int loaded;

	@BeforeAll
	static void loadTheDemoDataSet() {
		Opened opened = open(DemoLoading.INTO_NEW_STORE);
		store = opened.store();
		loaded = opened.demoRecordsLoaded();
	}

	@AfterAll
	static void close() {
		store.close();
	}

	@Test
	void everyDemoDocumentIsStoredAsAValidSpecimenWithItsImages() throws IOException {
		List<DemoDocument> documents = DemoRegister.documents(SpecimenStores.CLOCK.today());
		List<DocumentSpecimen> specimens = store.findAll(SpecimensPackage.Literals.DOCUMENT_SPECIMEN,
				DocumentSpecimen.class);
		assertEquals(documents.size(), specimens.size());
		assertEquals(othersRecords() + specimens.size() + 3, loaded, "the specimens and alerts, once each");
		for (DocumentSpecimen specimen : specimens) {
			assertEquals(List.of(), SpecimenValidator.validate(specimen, store), specimen.getDocumentName());
			assertFalse(specimen.getPages().isEmpty(), specimen.getDocumentName());
			int lights = 0;
			for (SpecimenPage page : specimen.getPages()) {
				lights += page.getImages().size();
				assertFalse(page.getCallouts().isEmpty(), "every page has features called out");
				imagesDecodeAtTheirSize(page.getImages());
				calloutsLieOnTheirImage(page.getCallouts(), page.getImages());
			}
			assertEquals(lights, store.attachments(specimen.getId()).size(), "one attachment per image");
		}
		DocumentSpecimen passport = specimens.stream()
				.filter(s -> s.getIssuingState().equals("GTM") && s.getDocumentCode().equals("P")).findFirst()
				.orElseThrow();
		assertEquals(List.of(Light.VISIBLE, Light.UV_365, Light.IR),
				passport.getPages().getFirst().getImages().stream().map(PageImage::getLight).toList());
		assertEquals(List.of("guilloche", "rainbow-printing", "ghost-image", "ovd-hologram", "laser-perforation",
				"microprint", "mrz", "uv-fibres", "uv-fluorescent-ink", "ir-visible-ink", "mrz"),
				passport.getPages().getFirst().getCallouts().stream().map(Callout::getFeatureCode).toList());
		assertTrue(passport.getPages().getFirst().getCallouts().stream()
				.allMatch(c -> c.getDescriptionEs().contains("ficticio") && c.getDescriptionEn().contains("ictitious")),
				"every description says the feature is fictitious");
		saveForReview(passport, "demo-specimen-gtm-passport");
		saveForReview(specimens.stream().filter(s -> s.getIssuingState().equals("CRI")
				&& s.getDocumentCode().equals("ID")).findFirst().orElseThrow(), "demo-specimen-cri-identity-card");
	}

	@Test
	void everyMrzPrintedOnADemoDocumentPassesTheCheckerAndTheCounterfeitsDoNot() {
		int checked = 0;
		for (DemoDocument document : DemoRegister.documents(SpecimenStores.CLOCK.today())) {
			if (!document.pages().contains(PageKind.DATA_PAGE) && !document.pages().contains(PageKind.CARD_BACK)) {
				continue;
			}
			Mrz mrz = MrzChecker.check(document.mrz());
			assertTrue(mrz.valid(), document.number() + " " + mrz.checks());
			assertEquals(document.number(), mrz.documentNumber());
			assertEquals(document.country(), mrz.issuingState());
			assertEquals(document.documentCode(), mrz.documentCode());
			assertFalse(MrzChecker.check(document.counterfeitMrz()).valid(), "the counterfeit's wrong digit");
			checked++;
		}
		assertEquals(19, checked, "11 passports, 7 identity cards, 1 border crossing card");
	}

	@Test
	void alertsImitateAnotherMembersSpecimenAndCallOutTheirDeviations() throws IOException {
		List<FalseDocumentAlert> alerts = store.findAll(SpecimensPackage.Literals.FALSE_DOCUMENT_ALERT,
				FalseDocumentAlert.class);
		assertEquals(3, alerts.size());
		for (FalseDocumentAlert alert : alerts) {
			assertEquals(List.of(), SpecimenValidator.validate(alert, store));
			DocumentSpecimen imitated = (DocumentSpecimen) store.findById(alert.getSpecimenId()).orElseThrow();
			assertNotEquals(imitated.getIssuingState(), alert.getOwnerCountry(), "reported by another member");
			assertEquals(imitated.getPages().getFirst().getImages().stream().map(PageImage::getLight).toList(),
					alert.getImages().stream().map(PageImage::getLight).toList(), "the lights of the genuine page");
			imagesDecodeAtTheirSize(alert.getImages());
			calloutsLieOnTheirImage(alert.getDeviations(), alert.getImages());
			assertTrue(alert.getDeviations().stream().map(Callout::getFeatureCode).toList()
					.containsAll(List.of("microprint", "rainbow-printing", "ovd-hologram")), "what a forger gets wrong");
		}
		FalseDocumentAlert guatemalan = alerts.stream().filter(a -> a.getOwnerCountry().equals("MEX")).findFirst()
				.orElseThrow();
		assertTrue(guatemalan.getDeviations().stream().map(Callout::getFeatureCode).toList()
				.containsAll(List.of("mrz", "uv-fibres", "uv-fluorescent-ink")),
				"the counterfeit passport's check digit, paper and UV emblem");
		byte[] png = store.readAttachment(guatemalan.getImages().getFirst().getAttachmentId());
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("demo-alert-mex-counterfeit-gtm-passport.png"), png);
	}

	@Test
	void proceduresAndSpecimensPointToEachOther() {
		Map<String, String> links = new TreeMap<>();
		for (DocumentProcedure procedure : Procedures.all(store)) {
			for (String id : procedure.getSpecimenIds()) {
				DocumentSpecimen specimen = (DocumentSpecimen) store.findById(id).orElseThrow();
				assertEquals(procedure.getId(), specimen.getProcedureId());
				assertEquals(procedure.getIssuingCountry(), specimen.getIssuingState());
				links.put(specimen.getIssuingState() + " " + specimen.getCategory(), procedure.getDocumentKind().getName());
			}
		}
		for (DocumentSpecimen specimen : store.findAll(SpecimensPackage.Literals.DOCUMENT_SPECIMEN,
				DocumentSpecimen.class)) {
			if (specimen.getProcedureId() != null) {
				DocumentProcedure procedure = (DocumentProcedure) store.findById(specimen.getProcedureId())
						.orElseThrow();
				assertTrue(procedure.getSpecimenIds().contains(specimen.getId()));
			}
		}
		assertEquals(Map.of("GTM PASSPORT", "PASSPORT", "GTM IDENTITY_CARD", "NATIONAL_ID_CARD",
				"GTM MINOR_TRAVEL_PERMIT", "MINOR_TRAVEL_PERMIT", "MEX PASSPORT", "PASSPORT",
				"MEX MINOR_TRAVEL_PERMIT", "MINOR_TRAVEL_PERMIT"), links);
	}

	@Test
	void theBoardShowsMembersWithAPassportAndAnIdentityCardCompleteAndTheOthersPartial() {
		CompliancePeriod period = new CompliancePeriod(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-11-29"));
		SpecimenRegisterSpace space = new SpecimenRegisterSpace();
		Map<String, ComplianceStatus> statuses = new TreeMap<>();
		DemoRegister.MEMBERS.forEach(country -> statuses.put(country, space.check(store, country, period).status()));
		Map<String, ComplianceStatus> expected = new TreeMap<>();
		List.of("CRI", "DOM", "SLV", "GTM", "HND", "NIC", "PAN")
				.forEach(country -> expected.put(country, ComplianceStatus.COMPLETE));
		List.of("BLZ", "CAN", "MEX", "USA").forEach(country -> expected.put(country, ComplianceStatus.PARTIAL));
		assertEquals(expected, statuses);
	}

	@Test
	void aSecondStartLoadsNothingAgain() {
		long attachments = attachmentCount(store);
		store.close();
		Opened again = open(DemoLoading.INTO_NEW_STORE);
		store = again.store();
		assertEquals(0, again.demoRecordsLoaded());
		assertEquals(DemoRegister.documents(SpecimenStores.CLOCK.today()).size(),
				store.count(SpecimensPackage.Literals.DOCUMENT_SPECIMEN));
		assertEquals(attachments, attachmentCount(store));
	}

	private static Opened open(DemoLoading loading) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000).orElseThrow();
		List<DemoDataContributor> demo = Services.all(DemoDataContributor.class);
		assertTrue(demo.stream().anyMatch(SpecimensDemoData.class::isInstance), "the contributor is a DS service");
		return StoreStartup.open(factory, data, SECRETARIAT, SpecimenStores.KEYS, SpecimenStores.CLOCK, loading,
				Services.all(ReferenceDataContributor.class), List.of(), demo);
	}

	/* What the other contributors add to a first start: records made in memory, nothing stored. */
	private static int othersRecords() {
		return Services.all(DemoDataContributor.class).stream().filter(c -> !(c instanceof SpecimensDemoData))
				.mapToInt(c -> c.demoRecords(SpecimenStores.CLOCK).size()).sum();
	}

	private static long attachmentCount(RecordRepository repository) {
		return repository.findAll(SpecimensPackage.Literals.DOCUMENT_SPECIMEN, DocumentSpecimen.class).stream()
				.mapToLong(s -> repository.attachments(s.getId()).size()).sum();
	}

	private static void imagesDecodeAtTheirSize(List<PageImage> images) throws IOException {
		assertFalse(images.isEmpty());
		for (PageImage image : images) {
			BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(store.readAttachment(image.getAttachmentId())));
			assertEquals(image.getWidth(), pixels.getWidth());
			assertEquals(image.getHeight(), pixels.getHeight());
		}
	}

	/** Inside its image's pixels, under the image's light, on an image of the same page or alert. */
	private static void calloutsLieOnTheirImage(List<Callout> callouts, List<PageImage> images) {
		for (Callout callout : callouts) {
			PageImage image = callout.getImage();
			assertTrue(images.contains(image), "callout " + callout.getNumber());
			assertEquals(image.getLight(), callout.getLight(), "callout " + callout.getNumber());
			assertTrue(callout.getX() >= 0 && callout.getY() >= 0 && callout.getWidth() > 0
					&& callout.getHeight() > 0 && callout.getX() + callout.getWidth() <= image.getWidth()
					&& callout.getY() + callout.getHeight() <= image.getHeight(), "callout " + callout.getNumber());
		}
	}

	private static void saveForReview(DocumentSpecimen specimen, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		List<PageImage> images = new ArrayList<>();
		specimen.getPages().forEach(page -> images.addAll(page.getImages()));
		for (PageImage image : images) {
			Files.write(SCREENSHOTS.resolve(name + "-" + image.getLight().getName().toLowerCase() + "-"
					+ images.indexOf(image) + ".png"), store.readAttachment(image.getAttachmentId()));
		}
	}
}
