package org.crm.enlace.cotravel;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.Outcome;
import org.crm.enlace.model.Person;
import org.crm.enlace.model.PersonDocument;

/**
 * What the list of alerts asks for; every part is optional (null): the period (inclusive), the place (a crossing's
 * record id, an airport code or part of the place's name), the outcome, a person's nationality, a document number
 * and free text (names, place, carrier, flight, observations), compared without case or accents.
 */
public record AlertFilter(LocalDate from, LocalDate to, String place, Outcome outcome, String nationality,
		String documentNumber, String text) {

	public static final AlertFilter ANY = new AlertFilter(null, null, null, null, null, null, null);

	public AlertFilter inPeriod(LocalDate first, LocalDate last) {
		return new AlertFilter(first, last, place, outcome, nationality, documentNumber, text);
	}

	public AlertFilter at(String where) {
		return new AlertFilter(from, to, where, outcome, nationality, documentNumber, text);
	}

	public AlertFilter withOutcome(Outcome decided) {
		return new AlertFilter(from, to, place, decided, nationality, documentNumber, text);
	}

	public AlertFilter withNationality(String code) {
		return new AlertFilter(from, to, place, outcome, code, documentNumber, text);
	}

	public AlertFilter withDocumentNumber(String number) {
		return new AlertFilter(from, to, place, outcome, nationality, number, text);
	}

	public AlertFilter containing(String words) {
		return new AlertFilter(from, to, place, outcome, nationality, documentNumber, words);
	}

	public boolean matches(CoTravelAlert alert) {
		LocalDate date = alert.getDate();
		if (from != null && (date == null || date.isBefore(from)) || to != null && (date == null || date.isAfter(to))) {
			return false;
		}
		if (given(place) && !Stream.of(alert.getCrossingId(), alert.getAirportCode(), alert.getPlaceName())
				.anyMatch(p -> p != null && (p.equalsIgnoreCase(place.strip()) || folded(p).contains(folded(place))))) {
			return false;
		}
		if (outcome != null && (!alert.isSetOutcome() || alert.getOutcome() != outcome)) {
			return false;
		}
		if (given(nationality) && CoTravelAlerts.persons(alert).map(Person::getNationality)
				.noneMatch(n -> nationality.strip().equalsIgnoreCase(n))) {
			return false;
		}
		if (given(documentNumber) && CoTravelAlerts.persons(alert).flatMap(p -> p.getDocuments().stream())
				.map(PersonDocument::getNumber).noneMatch(n -> n != null && compact(n).equals(compact(documentNumber)))) {
			return false;
		}
		return !given(text) || searchable(alert).contains(folded(text));
	}

	private static String searchable(CoTravelAlert alert) {
		StringBuilder all = new StringBuilder();
		Stream.of(alert.getPlaceName(), alert.getAirportCode(), alert.getCarrier(), alert.getFlightOrRoute(),
				alert.getObservations()).forEach(s -> all.append(' ').append(s));
		CoTravelAlerts.persons(alert).forEach(p -> {
			Stream.of(p.getGivenNames(), p.getFirstSurname(), p.getSecondSurname(), p.getMrzName())
					.forEach(s -> all.append(' ').append(s));
			p.getDocuments().forEach(d -> all.append(' ').append(d.getNumber()));
		});
		return folded(all.toString());
	}

	private static boolean given(String value) {
		return value != null && !value.isBlank();
	}

	private static String compact(String number) {
		return number.replaceAll("[\\s<-]", "").toUpperCase(Locale.ROOT);
	}

	/* Lower case without accents, so that "Nunez" finds "Núñez" and an MRZ's "NUNEZ". */
	static String folded(String value) {
		return Normalizer.normalize(value.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT);
	}
}
