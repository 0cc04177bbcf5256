package org.crm.enlace.specimens.ui.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.CountryNames;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.model.Record;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.HolderAgeValidity;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensPackage;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** How the register's parts write a specimen's, a callout's and an alert's values for the user. */
public final class SpecimenText {

	private SpecimenText() {
	}

	/** "Guatemala (GTM)"; the code alone when the catalogue does not know it. */
	public static String country(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		if (Owners.isOwnerCode(code)) {
			return Owners.name(code);
		}
		return CountryCatalog.find(code)
				.map(entry -> CountryNames.of(CountryCatalog.newCountry(entry)) + " (" + code + ")").orElse(code);
	}

	/** An enumeration value's name from the model's labels; "" for none, and for an unsettable one never given. */
	public static String literal(EObject owner, EStructuralFeature feature) {
		if (feature.isUnsettable() && !owner.eIsSet(feature)) {
			return "";
		}
		Object value = owner.eGet(feature);
		if (!(value instanceof Enumerator enumerator) || !(feature.getEType() instanceof EEnum type)) {
			return "";
		}
		return RecordNames.literal(type, enumerator, Locale.getDefault());
	}

	public static String attribute(EStructuralFeature feature) {
		return RecordNames.attribute(feature, Locale.getDefault());
	}

	public static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	public static String text(String value) {
		return value == null ? "" : value;
	}

	/** "Still valid", or "Withdrawn on 2024-01-31". */
	public static String validity(DocumentSpecimen specimen) {
		if (specimen.isStillValid()) {
			return Messages.format("viewer.stillValid");
		}
		return specimen.getWithdrawnOn() == null ? Messages.format("viewer.withdrawn")
				: Messages.format("viewer.withdrawnOn", specimen.getWithdrawnOn().toString());
	}

	/** "0–17: 60 months; 18+: 120 months". */
	public static String validityByAge(DocumentSpecimen specimen) {
		return specimen.getValidities().stream().map(SpecimenText::ageRule).collect(Collectors.joining("; "));
	}

	private static String ageRule(HolderAgeValidity rule) {
		return rule.getToAge() == null
				? Messages.format("viewer.ageFrom", rule.getFromAge(), rule.getValidityMonths())
				: Messages.format("viewer.ageRange", rule.getFromAge(), rule.getToAge(), rule.getValidityMonths());
	}

	/** "Page 2: data page". */
	public static String page(SpecimenPage page) {
		return page.getLabel() == null || page.getLabel().isBlank()
				? Messages.format("viewer.page", page.getNumber())
				: Messages.format("viewer.pageLabelled", page.getNumber(), page.getLabel());
	}

	/** The callout's description in the user's language (English or Spanish), else in the other one. */
	public static String description(Callout callout) {
		boolean english = "en".equals(Locale.getDefault().getLanguage());
		String first = english ? callout.getDescriptionEn() : callout.getDescriptionEs();
		String other = english ? callout.getDescriptionEs() : callout.getDescriptionEn();
		return first != null && !first.isBlank() ? first : text(other);
	}

	/** "TLP:AMBER, H2": how the alert may be handled, as the record store marks it. */
	public static String marking(Record record) {
		String tlp = record.getTlp() == null ? "" : "TLP:" + record.getTlp().getLiteral();
		String handling = record.getHandlingCode() == null ? "" : record.getHandlingCode().getLiteral();
		return handling.isEmpty() ? tlp : tlp + ", " + handling;
	}

	/** One line naming the specimen: "Guatemala (GTM) · passport · Ordinary passport (2022)". */
	public static String title(DocumentSpecimen specimen) {
		return Messages.format("viewer.title", country(specimen.getIssuingState()),
				literal(specimen, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__CATEGORY),
				text(specimen.getDocumentName()), text(specimen.getSeries()));
	}

	/** "Counterfeit, MEX, 2026-11-20". */
	public static String alertTitle(FalseDocumentAlert alert) {
		return Messages.format("compare.alertTitle", literal(alert, SpecimensPackage.Literals.FALSE_DOCUMENT_ALERT__KIND),
				alert.getOwnerCountry(), date(alert.getDetectedOn()));
	}
}
