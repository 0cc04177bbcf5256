package org.crm.enlace.intel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.geo.RouteValidator;
import org.crm.enlace.intel.internal.Messages;
import org.crm.enlace.intel.model.RouteStep;
import org.crm.enlace.intel.model.SmugglerProfile;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.Tlp;

/**
 * Lists what is wrong with a report before it is saved; throws nothing. Messages name the field and the rule, never
 * a person's data or a place.
 * <p>
 * Names of suspected smugglers are personal data that travel with the report: they are allowed only when the
 * handling keeps them to law enforcement use ({@link #NAMES_HANDLING}: H0 or H1) and the TLP keeps them within the
 * recipient's organization ({@link #NAMES_TLP}: AMBER or stricter).
 */
public final class ReportValidator {

	public static final Set<HandlingCode> NAMES_HANDLING = Set.of(HandlingCode.H0, HandlingCode.H1);
	public static final Set<Tlp> NAMES_TLP = Set.of(Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED);

	private ReportValidator() {
	}

	public static List<Problem> validate(SmugglingReport report, Terms terms) {
		List<Problem> problems = new ArrayList<>();
		if (report.getTitle() == null || report.getTitle().isBlank()) {
			problems.add(new Problem("title", Messages.get("validation.title")));
		}
		if (report.getObservedFrom() != null && report.getObservedTo() != null
				&& report.getObservedFrom().isAfter(report.getObservedTo())) {
			problems.add(new Problem("observedTo", Messages.get("validation.period")));
		}
		if (!report.isSetModality()) {
			problems.add(new Problem("modality", Messages.get("validation.modality")));
		}
		for (String country : report.getCountries()) {
			if (!IsoCountries.isKnown(country)) {
				problems.add(new Problem("countries", Messages.get("validation.country")));
			}
		}
		for (String code : report.getModusOperandi()) {
			unknownTerm(problems, terms, Vocabularies.MODUS_OPERANDI, code, "modusOperandi");
		}
		problems.addAll(RouteValidator.validate(new ReportRoute(report)));
		List<RouteStep> route = report.getRoute();
		for (int i = 0; i < route.size(); i++) {
			String transport = route.get(i).getTransportToNext();
			if (transport != null && !transport.isEmpty()) {
				unknownTerm(problems, terms, Vocabularies.TRANSPORT, transport, "route[" + i + "].transportToNext");
			}
		}
		boolean namesAllowed = namesAllowed(report);
		List<SmugglerProfile> profiles = report.getProfiles();
		for (int i = 0; i < profiles.size(); i++) {
			profile(problems, terms, profiles.get(i), "profiles[" + i + "]", namesAllowed);
		}
		if (report.getId() != null && report.getLinkedReports().contains(report.getId())) {
			problems.add(new Problem("linkedReports", Messages.get("validation.selfLink")));
		}
		return problems;
	}

	/** Whether the report's handling code and TLP allow it to name suspected smugglers. */
	public static boolean namesAllowed(SmugglingReport report) {
		return NAMES_HANDLING.contains(report.getHandlingCode()) && NAMES_TLP.contains(report.getTlp());
	}

	private static void profile(List<Problem> problems, Terms terms, SmugglerProfile profile, String field,
			boolean namesAllowed) {
		for (String role : profile.getRoles()) {
			unknownTerm(problems, terms, Vocabularies.SMUGGLER_ROLE, role, field + ".roles");
		}
		for (String nationality : profile.getNationalities()) {
			if (!IsoCountries.isKnown(nationality)) {
				problems.add(new Problem(field + ".nationalities", Messages.get("validation.nationality")));
			}
		}
		Integer from = profile.getAgeFrom();
		Integer to = profile.getAgeTo();
		if ((from != null && from < 0) || (to != null && to < 0) || (from != null && to != null && from > to)) {
			problems.add(new Problem(field + ".ageFrom", Messages.get("validation.ageRange")));
		}
		if (!profile.getNames().isEmpty() && !namesAllowed) {
			problems.add(new Problem(field + ".names", Messages.get("validation.names")));
		}
	}

	/** The message names the vocabulary and the code: codes are the vocabulary's data, not a person's. */
	private static void unknownTerm(List<Problem> problems, Terms terms, String vocabulary, String code,
			String field) {
		if (!terms.contains(vocabulary, code)) {
			problems.add(new Problem(field, Messages.format("validation.unknownTerm", code, vocabulary)));
		}
	}
}
