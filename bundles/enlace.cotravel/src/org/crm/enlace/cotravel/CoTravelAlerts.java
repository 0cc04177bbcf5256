package org.crm.enlace.cotravel;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.cotravel.model.AdultRole;
import org.crm.enlace.cotravel.model.ClaimedRelationship;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.CoTravelFactory;
import org.crm.enlace.cotravel.model.CoTravelPackage;
import org.crm.enlace.cotravel.model.Evidence;
import org.crm.enlace.cotravel.model.EvidenceKind;
import org.crm.enlace.cotravel.model.Relationship;
import org.crm.enlace.cotravel.model.TravellingAdult;
import org.crm.enlace.cotravel.model.TravellingChild;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.Person;
import org.crm.enlace.model.PersonDocument;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Sex;
import org.crm.enlace.model.Tlp;

/** Starts, completes and finds co-travel alerts (work plan item 1.3.2; docs/cotravel.md). */
public final class CoTravelAlerts {

	/** The age from which a person is no longer a child (Convention on the Rights of the Child, art. 1). */
	public static final int ADULT_AGE = 18;

	private static final CoTravelFactory FACTORY = CoTravelFactory.eINSTANCE;

	private CoTravelAlerts() {
	}

	/**
	 * A new, unsaved alert of the user's country on {@code date}, marked for children's data: TLP AMBER, handling
	 * code H2 (not passed on without the reporting country's permission) and released to the countries concerned
	 * only ({@link #releaseToConcerned}), never to all members by default.
	 */
	public static CoTravelAlert newAlert(String country, LocalDate date) {
		CoTravelAlert alert = FACTORY.createCoTravelAlert();
		alert.setOwnerCountry(country);
		alert.setCountry(country);
		alert.setDate(date);
		markAsChildrensData(alert, country);
		return alert;
	}

	/**
	 * The marking of a record about children, entered by hand: TLP AMBER, handling code H2 and released to
	 * {@code country} alone (the countries concerned are added later, or by the user).
	 */
	public static void markAsChildrensData(Record record, String country) {
		record.setTlp(Tlp.AMBER);
		record.setHandlingCode(HandlingCode.H2);
		record.setReleasability(Releasability.LISTED);
		record.getReleasableTo().add(country);
		record.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
	}

	/** A travelling adult with an empty person, added last, paired with every child as {@code UNKNOWN}. */
	public static TravellingAdult addAdult(CoTravelAlert alert, AdultRole role) {
		TravellingAdult adult = FACTORY.createTravellingAdult();
		adult.setPerson(EnlaceFactory.eINSTANCE.createPerson());
		adult.setRole(role);
		alert.getAdults().add(adult);
		pairAll(alert);
		return adult;
	}

	/** A travelling child with an empty person, added last, paired with every adult as {@code UNKNOWN}. */
	public static TravellingChild addChild(CoTravelAlert alert) {
		TravellingChild child = FACTORY.createTravellingChild();
		child.setPerson(EnlaceFactory.eINSTANCE.createPerson());
		alert.getChildren().add(child);
		pairAll(alert);
		return child;
	}

	/** The claimed relationship of every child with every adult, the missing pairs added as {@code UNKNOWN}. */
	public static void pairAll(CoTravelAlert alert) {
		for (TravellingChild child : alert.getChildren()) {
			for (TravellingAdult adult : alert.getAdults()) {
				if (relationship(alert, child, adult).isEmpty()) {
					ClaimedRelationship pair = FACTORY.createClaimedRelationship();
					pair.setChild(child);
					pair.setAdult(adult);
					pair.setRelationship(Relationship.UNKNOWN);
					alert.getRelationships().add(pair);
				}
			}
		}
	}

	public static Optional<ClaimedRelationship> relationship(CoTravelAlert alert, TravellingChild child,
			TravellingAdult adult) {
		return alert.getRelationships().stream().filter(r -> r.getChild() == child && r.getAdult() == adult)
				.findFirst();
	}

	/** Evidence presented, its result not yet given; {@code child} null when it concerns every child. */
	public static Evidence addEvidence(CoTravelAlert alert, EvidenceKind kind, TravellingChild child) {
		Evidence evidence = FACTORY.createEvidence();
		evidence.setKind(kind);
		evidence.setChild(child);
		alert.getEvidence().add(evidence);
		return evidence;
	}

	/**
	 * Completed years on {@code on} of a person born on {@code birth} (a partial date): only a birth date known to
	 * the day gives an age; a month or a year alone could be off by one, and the 18th birthday is what counts.
	 */
	public static Optional<Integer> ageOn(String birth, LocalDate on) {
		if (birth == null || on == null || birth.length() != 10) {
			return Optional.empty();
		}
		try {
			LocalDate born = LocalDate.parse(birth);
			return born.isAfter(on) ? Optional.empty() : Optional.of(Period.between(born, on).getYears());
		} catch (java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

	/** Sets each child's age at the time from the birth date where it is known to the day; leaves the others. */
	public static void computeAges(CoTravelAlert alert) {
		for (TravellingChild child : alert.getChildren()) {
			ageOn(child.getPerson() == null ? null : child.getPerson().getDateOfBirth(), alert.getDate())
					.ifPresent(child::setAgeAtTime);
		}
	}

	/** A person with a passport, as the demo data and the tests write one; any value may be null. */
	public static Person person(String givenNames, String firstSurname, String secondSurname, String dateOfBirth,
			Sex sex, String nationality, String passportNumber) {
		Person person = EnlaceFactory.eINSTANCE.createPerson();
		person.setGivenNames(givenNames);
		person.setFirstSurname(firstSurname);
		person.setSecondSurname(secondSurname);
		person.setDateOfBirth(dateOfBirth);
		if (sex != null) {
			person.setSex(sex);
		}
		person.setNationality(nationality);
		PersonDocument passport = EnlaceFactory.eINSTANCE.createPersonDocument();
		passport.setType("P");
		passport.setNumber(passportNumber);
		passport.setIssuingState(nationality);
		person.getDocuments().add(passport);
		return person;
	}

	/** Every person of the alert: adults first, then children, in the order entered. */
	public static Stream<Person> persons(CoTravelAlert alert) {
		return Stream.concat(alert.getAdults().stream().map(TravellingAdult::getPerson),
				alert.getChildren().stream().map(TravellingChild::getPerson)).filter(p -> p != null);
	}

	/**
	 * The countries an alert concerns: the reporting country, the country of the place, the crossing's neighbour
	 * (from the gazetteer) and every person's nationality, in that order. Releasing to them and to no one else keeps
	 * children's data with the authorities that may have to act on it (docs/cotravel.md).
	 */
	public static Set<String> concernedCountries(CoTravelAlert alert, RecordRepository repository) {
		return concernedCountries(alert, crossing(alert, repository));
	}

	/** As {@link #concernedCountries(CoTravelAlert, RecordRepository)}, the crossing already looked up. */
	public static Set<String> concernedCountries(CoTravelAlert alert, Optional<BorderCrossing> crossing) {
		Set<String> countries = new LinkedHashSet<>();
		add(countries, alert.getOwnerCountry());
		add(countries, alert.getCountry());
		crossing.ifPresent(c -> {
			add(countries, c.getCountry());
			add(countries, c.getOtherCountry());
		});
		persons(alert).forEach(p -> add(countries, p.getNationality()));
		return countries;
	}

	/**
	 * Adds the concerned countries to a LISTED alert's releasability (the ones listed by hand stay); an alert
	 * released otherwise is left as the user marked it.
	 */
	public static void releaseToConcerned(CoTravelAlert alert, RecordRepository repository) {
		releaseTo(alert, concernedCountries(alert, repository));
	}

	/** Adds the countries to a LISTED alert's releasability; an alert released otherwise is left as marked. */
	public static void releaseTo(CoTravelAlert alert, Set<String> concerned) {
		if (alert.getReleasability() != Releasability.LISTED) {
			return;
		}
		List<String> missing = new ArrayList<>(concerned);
		missing.removeAll(alert.getReleasableTo());
		alert.getReleasableTo().addAll(missing);
	}

	/** The border crossing the alert names, when it exists and the user may see it. */
	public static Optional<BorderCrossing> crossing(CoTravelAlert alert, RecordRepository repository) {
		String id = alert.getCrossingId();
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		return repository.findById(id).filter(BorderCrossing.class::isInstance).map(BorderCrossing.class::cast);
	}

	/** The alerts the user may see that match the filter, the latest first. */
	public static List<CoTravelAlert> find(RecordRepository repository, AlertFilter filter) {
		return repository.findAll(CoTravelPackage.Literals.CO_TRAVEL_ALERT, CoTravelAlert.class).stream()
				.filter(filter::matches).sorted(LATEST_FIRST).toList();
	}

	/** The alerts the user may see in which a person holds a document of this number (case and spaces ignored). */
	public static List<CoTravelAlert> withDocumentNumber(RecordRepository repository, String number) {
		return find(repository, AlertFilter.ANY.withDocumentNumber(number));
	}

	private static final Comparator<CoTravelAlert> LATEST_FIRST = Comparator
			.comparing((CoTravelAlert a) -> a.getDate() == null ? LocalDate.MIN : a.getDate())
			.thenComparing(a -> a.getTime() == null ? "" : a.getTime()).reversed();

	private static void add(Set<String> countries, String code) {
		if (code != null && !code.isBlank()) {
			countries.add(code);
		}
	}
}
