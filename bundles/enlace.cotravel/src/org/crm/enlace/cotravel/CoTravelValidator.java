package org.crm.enlace.cotravel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.cotravel.internal.Messages;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.Evidence;
import org.crm.enlace.cotravel.model.FollowUpAction;
import org.crm.enlace.cotravel.model.TravellingChild;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.model.Person;
import org.crm.enlace.model.PersonDocument;

/**
 * Checks an alert before it is stored. Every problem is listed, none is thrown. Messages name the field and the
 * person's position ("child 2", "adult 1"), never a name, a number or any other value entered: they are shown on
 * screen and may end in a log.
 * <ul>
 * <li>the event: a date not after today, a time HH:MM, the country as ISO 3166-1 alpha-3, a place (a crossing of
 * the gazetteer the user can see, a three-letter IATA code or a name), an outcome;
 * <li>persons: at least one child and one adult; every child under 18 on the alert's date (from the birth date
 * known to the day, else the age entered) and paired with at least one adult; birth dates (YYYY-MM-DD, YYYY-MM or
 * YYYY) not after the alert's date; nationalities and issuing states alpha-3;
 * <li>evidence: a verification result for each, about one of the alert's children; indicators of the
 * {@link CoTravelIndicators} vocabulary; follow-up actions with a date, what was done and a status.
 * </ul>
 */
public final class CoTravelValidator {

	private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
	private static final Pattern IATA = Pattern.compile("[A-Z]{3}");
	private static final Pattern PARTIAL_DATE = Pattern
			.compile("[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?");

	private CoTravelValidator() {
	}

	/** @param today the day it is where the user stands, after which nothing can have happened */
	public static List<Problem> validate(CoTravelAlert alert, RecordRepository repository, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		event(alert, repository, today, problems);
		if (alert.getAdults().isEmpty()) {
			problems.add(problem("adults", "validation.noAdult"));
		}
		if (alert.getChildren().isEmpty()) {
			problems.add(problem("children", "validation.noChild"));
		}
		LocalDate on = alert.getDate() == null ? today : alert.getDate();
		for (int i = 0; i < alert.getAdults().size(); i++) {
			person(alert.getAdults().get(i).getPerson(), "adults", "adult", i + 1, on, problems);
		}
		for (int i = 0; i < alert.getChildren().size(); i++) {
			TravellingChild child = alert.getChildren().get(i);
			person(child.getPerson(), "children", "child", i + 1, on, problems);
			child(alert, child, i + 1, on, problems);
		}
		evidence(alert, problems);
		Terms terms = Terms.load(repository);
		for (String code : alert.getIndicators()) {
			if (!terms.contains(CoTravelIndicators.VOCABULARY, code)) {
				problems.add(problem("indicators", "validation.indicator"));
			}
		}
		for (int i = 0; i < alert.getFollowUps().size(); i++) {
			FollowUpAction action = alert.getFollowUps().get(i);
			if (action.getDate() == null || action.getAction() == null || action.getAction().isBlank()) {
				problems.add(new Problem("followUps", Messages.format("validation.followUp", i + 1)));
			}
		}
		return problems;
	}

	private static void event(CoTravelAlert alert, RecordRepository repository, LocalDate today,
			List<Problem> problems) {
		if (alert.getDate() == null) {
			problems.add(problem("date", "validation.date"));
		} else if (alert.getDate().isAfter(today)) {
			problems.add(problem("date", "validation.date.future"));
		}
		if (alert.getTime() != null && !TIME.matcher(alert.getTime()).matches()) {
			problems.add(problem("time", "validation.time"));
		}
		if (!IsoCountries.isKnown(alert.getCountry())) {
			problems.add(problem("country", "validation.country"));
		}
		boolean crossing = given(alert.getCrossingId());
		if (crossing && CoTravelAlerts.crossing(alert, repository).isEmpty()) {
			problems.add(problem("crossingId", "validation.crossing"));
		}
		if (given(alert.getAirportCode()) && !IATA.matcher(alert.getAirportCode()).matches()) {
			problems.add(problem("airportCode", "validation.airport"));
		}
		if (!crossing && !given(alert.getAirportCode()) && !given(alert.getPlaceName())) {
			problems.add(problem("placeName", "validation.place"));
		}
		if (!alert.isSetOutcome()) {
			problems.add(problem("outcome", "validation.outcome"));
		}
	}

	private static void person(Person person, String field, String role, int position, LocalDate on,
			List<Problem> problems) {
		String who = Messages.get("person." + role);
		if (person == null) {
			problems.add(new Problem(field, Messages.format("validation.person.missing", who, position)));
			return;
		}
		String birth = person.getDateOfBirth();
		if (birth != null && !birth.isBlank()) {
			if (!PARTIAL_DATE.matcher(birth).matches() || !isDay(birth)) {
				problems.add(new Problem(field, Messages.format("validation.person.birth", who, position)));
			} else if (birth.compareTo(on.toString().substring(0, birth.length())) > 0) {
				problems.add(new Problem(field, Messages.format("validation.person.birth.after", who, position)));
			}
		}
		if (given(person.getNationality()) && !IsoCountries.isKnown(person.getNationality())) {
			problems.add(new Problem(field, Messages.format("validation.person.nationality", who, position)));
		}
		for (PersonDocument document : person.getDocuments()) {
			if (given(document.getIssuingState()) && !IsoCountries.isKnown(document.getIssuingState())) {
				problems.add(new Problem(field, Messages.format("validation.person.issuingState", who, position)));
			}
		}
	}

	private static void child(CoTravelAlert alert, TravellingChild child, int position, LocalDate on,
			List<Problem> problems) {
		Integer age = CoTravelAlerts.ageOn(child.getPerson() == null ? null : child.getPerson().getDateOfBirth(), on)
				.orElse(child.getAgeAtTime());
		if (age == null) {
			problems.add(new Problem("children", Messages.format("validation.child.age", position)));
		} else if (age < 0 || age >= CoTravelAlerts.ADULT_AGE) {
			problems.add(new Problem("children", Messages.format("validation.child.adult", position)));
		}
		boolean paired = alert.getRelationships().stream()
				.anyMatch(r -> r.getChild() == child && alert.getAdults().contains(r.getAdult()));
		if (!alert.getAdults().isEmpty() && !paired) {
			problems.add(new Problem("relationships", Messages.format("validation.child.unpaired", position)));
		}
	}

	private static void evidence(CoTravelAlert alert, List<Problem> problems) {
		for (int i = 0; i < alert.getEvidence().size(); i++) {
			Evidence evidence = alert.getEvidence().get(i);
			if (!evidence.isSetResult()) {
				problems.add(new Problem("evidence", Messages.format("validation.evidence.result", i + 1)));
			}
			if (evidence.getChild() != null && !alert.getChildren().contains(evidence.getChild())) {
				problems.add(new Problem("evidence", Messages.format("validation.evidence.child", i + 1)));
			}
		}
	}

	/* A full date must be a day of the calendar (no 2019-02-30). */
	private static boolean isDay(String date) {
		if (date.length() < 10) {
			return true;
		}
		try {
			LocalDate.parse(date);
			return true;
		} catch (java.time.DateTimeException e) {
			return false;
		}
	}

	private static boolean given(String value) {
		return value != null && !value.isBlank();
	}

	private static Problem problem(String field, String key) {
		return new Problem(field, Messages.get(key));
	}
}
