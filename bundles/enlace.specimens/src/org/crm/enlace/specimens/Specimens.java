package org.crm.enlace.specimens;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.specimens.internal.Messages;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.FalseDocumentKind;
import org.crm.enlace.specimens.model.HolderAgeValidity;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimensFactory;
import org.crm.enlace.specimens.model.SpecimensPackage;

/** Starts and reads document specimens and false-document alerts (work plan item 1.4.1). */
public final class Specimens {

	/** What the compliance board asks of every member: the documents its nationals travel on. */
	public static final Set<DocumentCategory> REQUIRED = EnumSet.of(DocumentCategory.PASSPORT,
			DocumentCategory.IDENTITY_CARD);

	private static final SpecimensPackage PACKAGE = SpecimensPackage.eINSTANCE;

	private Specimens() {
	}

	/**
	 * A new, unsaved specimen of the user's country, released to all members, TLP GREEN: what a genuine document
	 * looks like is what every border officer of the region needs to know.
	 */
	public static DocumentSpecimen newSpecimen(String country, String documentCode, DocumentCategory category) {
		DocumentSpecimen specimen = releasedToMembers(SpecimensFactory.eINSTANCE.createDocumentSpecimen(), country,
				Tlp.GREEN);
		specimen.setIssuingState(country);
		specimen.setDocumentCode(documentCode);
		specimen.setCategory(category);
		return specimen;
	}

	/**
	 * A new, unsaved alert of the user's country, released to all members but TLP AMBER: how a forgery was spotted
	 * helps forgers too, so it stays with the members' services.
	 */
	public static FalseDocumentAlert newAlert(String country, FalseDocumentKind kind, String specimenId) {
		FalseDocumentAlert alert = releasedToMembers(SpecimensFactory.eINSTANCE.createFalseDocumentAlert(), country,
				Tlp.AMBER);
		alert.setKind(kind);
		alert.setSpecimenId(specimenId);
		return alert;
	}

	private static <T extends Record> T releasedToMembers(T record, String country, Tlp tlp) {
		record.setOwnerCountry(country);
		record.setReleasability(Releasability.ALL_MEMBERS);
		record.setTlp(tlp);
		return record;
	}

	/** How long the document is valid for holders from {@code fromAge} to {@code toAge} (null: no upper limit). */
	public static HolderAgeValidity validity(int fromAge, Integer toAge, int validityMonths) {
		HolderAgeValidity validity = SpecimensFactory.eINSTANCE.createHolderAgeValidity();
		validity.setFromAge(fromAge);
		validity.setToAge(toAge);
		validity.setValidityMonths(validityMonths);
		return validity;
	}

	/** A numbered callout on {@code image}, under the image's light. */
	public static Callout callout(PageImage image, int number, String featureCode, int x, int y, int width,
			int height) {
		Callout callout = SpecimensFactory.eINSTANCE.createCallout();
		callout.setImage(image);
		callout.setNumber(number);
		callout.setFeatureCode(featureCode);
		callout.setLight(image.getLight());
		callout.setX(x);
		callout.setY(y);
		callout.setWidth(width);
		callout.setHeight(height);
		return callout;
	}

	/** The specimens of this issuing state and MRZ document code that the user may see: what the MRZ checker shows. */
	public static List<DocumentSpecimen> of(RecordRepository repository, String issuingState, String documentCode) {
		return repository.find(RecordQuery.of(PACKAGE.getDocumentSpecimen())
				.where(PACKAGE.getDocumentSpecimen_IssuingState(), issuingState)
				.where(PACKAGE.getDocumentSpecimen_DocumentCode(), documentCode), DocumentSpecimen.class);
	}

	/** One issuing state's specimens that the user may see. */
	public static List<DocumentSpecimen> ofState(RecordRepository repository, String issuingState) {
		return repository.find(RecordQuery.of(PACKAGE.getDocumentSpecimen())
				.where(PACKAGE.getDocumentSpecimen_IssuingState(), issuingState), DocumentSpecimen.class);
	}

	/** The alerts on false documents that imitate this specimen, as far as the user may see them. */
	public static List<FalseDocumentAlert> alertsOn(RecordRepository repository, String specimenId) {
		return repository.find(RecordQuery.of(PACKAGE.getFalseDocumentAlert())
				.where(PACKAGE.getFalseDocumentAlert_SpecimenId(), specimenId), FalseDocumentAlert.class);
	}

	/** The required categories a country has no specimen of yet, in the enum's order. */
	public static Set<DocumentCategory> missingRequired(List<DocumentSpecimen> specimens) {
		Set<DocumentCategory> missing = EnumSet.copyOf(REQUIRED);
		specimens.forEach(s -> missing.remove(s.getCategory()));
		return missing;
	}

	/** The category's name for the user, e.g. "pasaporte". */
	public static String label(DocumentCategory category) {
		return Messages.get("category." + category.name());
	}
}
