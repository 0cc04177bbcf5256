package org.crm.enlace.specimens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.specimens.internal.Messages;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;

/**
 * Checks a specimen or an alert before it is stored. Every problem is listed, none is thrown; messages name the
 * field, the rule and the callout's number, never a value entered.
 * <ul>
 * <li>issuing state: an ISO 3166-1 alpha-3 code, and the specimen's owner (a country describes its own documents);
 * <li>document code: one or two letters as in the MRZ (ICAO Doc 9303), whose first letter fits the category (P for
 * passports, V for visas, I, A or C for cards);
 * <li>callouts: numbers unique in the record, drawn on one of the record's images, inside its pixels, under its light,
 * with a feature type of the {@link SecurityFeatures} vocabulary the user can see;
 * <li>links: the issuance procedure, when given, and an alert's genuine specimen are records the user can see.
 * </ul>
 */
public final class SpecimenValidator {

	private static final Pattern DOCUMENT_CODE = Pattern.compile("[A-Z][A-Z<]?");

	private SpecimenValidator() {
	}

	public static List<Problem> validate(DocumentSpecimen specimen, RecordRepository repository) {
		List<Problem> problems = new ArrayList<>();
		String state = specimen.getIssuingState();
		if (!IsoCountries.isKnown(state)) {
			problems.add(problem("issuingState", "validation.issuingState"));
		} else if (specimen.getOwnerCountry() != null && !state.equals(specimen.getOwnerCountry())) {
			problems.add(problem("issuingState", "validation.owner"));
		}
		String code = specimen.getDocumentCode();
		if (code == null || !DOCUMENT_CODE.matcher(code).matches()) {
			problems.add(problem("documentCode", "validation.documentCode"));
		} else if (!fits(code.charAt(0), specimen.getCategory())) {
			problems.add(new Problem("documentCode",
					Messages.format("validation.documentCode.category", Specimens.label(specimen.getCategory()))));
		}
		if (specimen.isStillValid() && specimen.getWithdrawnOn() != null) {
			problems.add(problem("withdrawnOn", "validation.withdrawn"));
		}
		String procedure = specimen.getProcedureId();
		if (procedure != null && !procedure.isBlank()
				&& !(repository.findById(procedure).orElse(null) instanceof DocumentProcedure)) {
			problems.add(problem("procedureId", "validation.procedure"));
		}
		List<PageImage> images = new ArrayList<>();
		List<Callout> callouts = new ArrayList<>();
		for (SpecimenPage page : specimen.getPages()) {
			images.addAll(page.getImages());
			callouts.addAll(page.getCallouts());
		}
		callouts("pages", callouts, images, Terms.load(repository), problems);
		return problems;
	}

	public static List<Problem> validate(FalseDocumentAlert alert, RecordRepository repository) {
		List<Problem> problems = new ArrayList<>();
		String specimen = alert.getSpecimenId();
		if (specimen == null || !(repository.findById(specimen).orElse(null) instanceof DocumentSpecimen)) {
			problems.add(problem("specimenId", "validation.specimen"));
		}
		callouts("deviations", alert.getDeviations(), alert.getImages(), Terms.load(repository), problems);
		return problems;
	}

	/* ICAO Doc 9303: P for passports, V for visas, I, A or C for the cards of TD1 and TD2 size. */
	private static boolean fits(char first, DocumentCategory category) {
		return switch (category) {
		case PASSPORT -> first == 'P';
		case VISA -> first == 'V';
		case IDENTITY_CARD, RESIDENCE_PERMIT, BORDER_CROSSING_CARD -> "IAC".indexOf(first) >= 0;
		case CIVIL_STATUS_DOCUMENT, MINOR_TRAVEL_PERMIT -> true;
		};
	}

	private static void callouts(String field, List<Callout> callouts, List<PageImage> images, Terms terms,
			List<Problem> problems) {
		Set<Integer> numbers = new HashSet<>();
		for (Callout callout : callouts) {
			int number = callout.getNumber();
			if (!numbers.add(number)) {
				problems.add(new Problem(field, Messages.format("validation.callout.duplicate", number)));
			}
			PageImage image = callout.getImage();
			if (image == null || !images.contains(image)) {
				problems.add(new Problem(field, Messages.format("validation.callout.image", number)));
			} else {
				if (!inside(callout, image)) {
					problems.add(new Problem(field, Messages.format("validation.callout.bounds", number,
							image.getWidth(), image.getHeight())));
				}
				if (callout.getLight() != image.getLight()) {
					problems.add(new Problem(field, Messages.format("validation.callout.light", number)));
				}
			}
			if (!terms.contains(SecurityFeatures.VOCABULARY, callout.getFeatureCode())) {
				problems.add(new Problem(field, Messages.format("validation.callout.feature", number)));
			}
		}
	}

	private static boolean inside(Callout callout, PageImage image) {
		return callout.getX() >= 0 && callout.getY() >= 0 && callout.getWidth() > 0 && callout.getHeight() > 0
				&& (long) callout.getX() + callout.getWidth() <= image.getWidth()
				&& (long) callout.getY() + callout.getHeight() <= image.getHeight();
	}

	private static Problem problem(String field, String key) {
		return new Problem(field, Messages.get(key));
	}
}
