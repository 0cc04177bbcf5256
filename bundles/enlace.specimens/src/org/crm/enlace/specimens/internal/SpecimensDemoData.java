package org.crm.enlace.specimens.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.specimens.ImageImport;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.internal.demo.DemoDocument;
import org.crm.enlace.specimens.internal.demo.DemoRegister;
import org.crm.enlace.specimens.internal.demo.DocumentPainter;
import org.crm.enlace.specimens.internal.demo.Drawn;
import org.crm.enlace.specimens.internal.demo.Feature;
import org.crm.enlace.specimens.internal.demo.PageKind;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensFactory;
import org.osgi.service.component.annotations.Component;

/**
 * The demo register: FICTITIOUS specimens of every member's documents and three false-document alerts (see
 * {@link DemoRegister}). The records come with the other contributors' in one transaction; their images can only be
 * attached to stored records, so they are drawn ({@link DocumentPainter}, on every core while the store writes),
 * attached and called out in {@link #afterStored}, which also links each specimen with its issuance procedure both
 * ways.
 */
@Component(service = DemoDataContributor.class)
public final class SpecimensDemoData implements DemoDataContributor {

	/** Record content, not a program text: it stays in the language it was entered in. */
	static final String PROVENANCE = "datos de demostración ficticios";

	private static final Map<DocumentCategory, DocumentKind> PROCEDURE_KINDS = Map.of(DocumentCategory.PASSPORT,
			DocumentKind.PASSPORT, DocumentCategory.IDENTITY_CARD, DocumentKind.NATIONAL_ID_CARD,
			DocumentCategory.MINOR_TRAVEL_PERMIT, DocumentKind.MINOR_TRAVEL_PERMIT);

	/** One page under one light, drawn and encoded. */
	private record Painted(Light light, int width, int height, List<Feature> features, byte[] png) {
	}

	@Override
	public int order() {
		// After the procedures (30), whose records the after-stored step links to.
		return 50;
	}

	@Override
	public List<Record> demoRecords(Clock clock) {
		List<DemoDocument> documents = DemoRegister.documents(clock.today());
		List<Record> records = new ArrayList<>();
		documents.forEach(document -> records.add(specimen(document)));
		DemoRegister.alerts(documents, clock.today()).forEach(alert -> records.add(alert(alert)));
		return records;
	}

	@Override
	public void afterStored(RecordRepository repository, Clock clock) {
		LocalDate today = clock.today();
		List<DemoDocument> documents = DemoRegister.documents(today);
		List<DemoRegister.Alert> alerts = DemoRegister.alerts(documents, today);
		List<Record> changed = new ArrayList<>();
		// Drawing and PNG encoding keep the cores busy while this thread waits for the store to write each file.
		try (ExecutorService painters = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
			Map<String, List<Future<Painted>>> painted = paintAll(painters, documents, alerts);
			for (DemoDocument document : documents) {
				stored(repository, document.specimenId(), DocumentSpecimen.class).ifPresent(specimen -> {
					addPages(repository, specimen, document.pages(), painted);
					linkProcedure(repository, specimen, changed);
					changed.add(specimen);
				});
			}
			for (DemoRegister.Alert demo : alerts) {
				stored(repository, alertId(demo), FalseDocumentAlert.class).ifPresent(alert -> {
					attach(repository, alert.getId(), painted.get(key(alert.getId(), demo.page())),
							alert.getImages()::add, alert.getDeviations()::add, new int[] { 1 });
					changed.add(alert);
				});
			}
		}
		repository.saveAll(changed);
	}

	/** The specimen's pages with their images attached and their features called out, numbered across pages. */
	private static void addPages(RecordRepository repository, DocumentSpecimen specimen, List<PageKind> pages,
			Map<String, List<Future<Painted>>> painted) {
		int[] number = { 1 };
		for (int p = 0; p < pages.size(); p++) {
			SpecimenPage page = SpecimensFactory.eINSTANCE.createSpecimenPage();
			page.setNumber(p + 1);
			page.setLabel(pages.get(p).label());
			attach(repository, specimen.getId(), painted.get(key(specimen.getId(), pages.get(p))),
					page.getImages()::add, page.getCallouts()::add, number);
			specimen.getPages().add(page);
		}
	}

	/** Starts drawing and encoding every image, by record and page, in the order they will be attached. */
	private static Map<String, List<Future<Painted>>> paintAll(ExecutorService painters,
			List<DemoDocument> documents, List<DemoRegister.Alert> alerts) {
		Map<String, List<Future<Painted>>> painted = new HashMap<>();
		for (DemoDocument document : documents) {
			for (PageKind page : document.pages()) {
				for (Light light : page.lights()) {
					painted.computeIfAbsent(key(document.specimenId(), page), k -> new ArrayList<>())
							.add(painters.submit(() -> encoded(DocumentPainter.paint(document, page, light))));
				}
			}
		}
		for (DemoRegister.Alert alert : alerts) {
			for (Light light : alert.page().lights()) {
				painted.computeIfAbsent(key(alertId(alert), alert.page()), k -> new ArrayList<>()).add(painters
						.submit(() -> encoded(DocumentPainter.paintCounterfeit(alert.imitated(), alert.page(), light))));
			}
		}
		return painted;
	}

	private static String key(String recordId, PageKind page) {
		return recordId + "/" + page;
	}

	/* Only the PNG and the geometry are kept: the pixels of every image at once would take some 180 MB. */
	private static Painted encoded(Drawn drawn) {
		return new Painted(drawn.light(), drawn.image().getWidth(), drawn.image().getHeight(), drawn.features(),
				ImageImport.png(drawn.image()));
	}

	/** Attaches the images of one page (or alert) and makes a callout of every feature drawn on them. */
	private static void attach(RecordRepository repository, String recordId, List<Future<Painted>> painted,
			Consumer<PageImage> images, Consumer<Callout> callouts, int[] number) {
		for (Future<Painted> future : painted) {
			Painted one = done(future);
			PageImage image = ImageImport.attachPng(repository, recordId, one.light(), one.png(), one.width(),
					one.height());
			images.accept(image);
			for (Feature feature : one.features()) {
				Callout callout = Specimens.callout(image, number[0]++, feature.code(), feature.bounds().x,
						feature.bounds().y, feature.bounds().width, feature.bounds().height);
				callout.setDescriptionEs(feature.descriptionEs());
				callout.setDescriptionEn(feature.descriptionEn());
				callouts.accept(callout);
			}
		}
	}

	private static Painted done(Future<Painted> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/** The specimen points to its country's procedure for the document, and the procedure back to it. */
	private static void linkProcedure(RecordRepository repository, DocumentSpecimen specimen, List<Record> changed) {
		DocumentKind kind = PROCEDURE_KINDS.get(specimen.getCategory());
		Procedures.of(repository, specimen.getIssuingState()).stream().filter(p -> p.getDocumentKind() == kind).findFirst()
				.ifPresent(procedure -> {
					specimen.setProcedureId(procedure.getId());
					procedure.getSpecimenIds().add(specimen.getId());
					changed.add(procedure);
				});
	}

	private static <T extends Record> Optional<T> stored(RecordRepository repository, String id, Class<T> type) {
		return repository.findById(id).filter(type::isInstance).map(type::cast);
	}

	private static DocumentSpecimen specimen(DemoDocument document) {
		DocumentSpecimen specimen = Specimens.newSpecimen(document.country(), document.documentCode(),
				document.category());
		specimen.setId(document.specimenId());
		specimen.setDocumentName(document.name());
		specimen.setSeries("Modelo de demostración (ficticio)");
		specimen.setFirstIssued(document.holder().issued().withDayOfYear(1).minusYears(2));
		specimen.setFormat(document.format());
		specimen.setPageCount(document.category() == DocumentCategory.PASSPORT ? 32 : 1);
		specimen.setMaterial(document.category() == DocumentCategory.PASSPORT
				? "Página de datos de policarbonato (ficticio)" : "Policarbonato (ficticio)");
		if (document.category() == DocumentCategory.PASSPORT) {
			specimen.getValidities().add(Specimens.validity(0, 17, 36));
			specimen.getValidities().add(Specimens.validity(18, null, 120));
		}
		return marked(specimen);
	}

	private static FalseDocumentAlert alert(DemoRegister.Alert demo) {
		FalseDocumentAlert alert = Specimens.newAlert(demo.reporter(), demo.kind(), demo.imitated().specimenId());
		alert.setId(alertId(demo));
		alert.setPlaceKind(demo.placeKind());
		alert.setPlace(demo.place());
		alert.setDetectedOn(demo.detectedOn());
		alert.setNote("Alerta ficticia (datos de demostración): falsificación de un espécimen ficticio.");
		return marked(alert);
	}

	private static String alertId(DemoRegister.Alert alert) {
		return ReferenceData.stableId("demo-false-document-alert",
				alert.reporter() + "/" + alert.imitated().country() + "/" + alert.imitated().key());
	}

	private static <T extends Record> T marked(T record) {
		record.setHandlingCode(HandlingCode.H0);
		record.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		record.setProvenance(PROVENANCE);
		return record;
	}

}
