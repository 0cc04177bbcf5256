package org.crm.enlace.cotravel.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.cotravel.links.PersonRef.Role;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.linkage.Person;
import org.crm.enlace.linkage.PersonDocument;
import org.crm.enlace.model.Sex;

/**
 * The persons of co-travel alerts as linkage input: each adult and child of each alert becomes one
 * {@link org.crm.enlace.linkage.Person} whose id is its {@link PersonRef}. Holds only the alerts it was given, which
 * the caller read through the store's access rule: a person of an alert the user may not see is never here.
 */
public final class AlertPersons {

	private final Map<String, CoTravelAlert> alerts = new LinkedHashMap<>();
	private final Map<PersonRef, org.crm.enlace.model.Person> persons = new LinkedHashMap<>();

	public AlertPersons(List<CoTravelAlert> visible) {
		for (CoTravelAlert alert : visible) {
			alerts.put(alert.getId(), alert);
			for (int i = 0; i < alert.getAdults().size(); i++) {
				put(new PersonRef(alert.getId(), Role.ADULT, i + 1), alert.getAdults().get(i).getPerson());
			}
			for (int i = 0; i < alert.getChildren().size(); i++) {
				put(new PersonRef(alert.getId(), Role.CHILD, i + 1), alert.getChildren().get(i).getPerson());
			}
		}
	}

	/** Every person as the linkage engine reads one. */
	public List<Person> linkageInput() {
		List<Person> input = new ArrayList<>(persons.size());
		persons.forEach((ref, person) -> input.add(toLinkage(ref, person)));
		return input;
	}

	public Optional<Person> linkagePerson(PersonRef ref) {
		return Optional.ofNullable(persons.get(ref)).map(person -> toLinkage(ref, person));
	}

	public Optional<org.crm.enlace.model.Person> person(PersonRef ref) {
		return Optional.ofNullable(persons.get(ref));
	}

	public Optional<CoTravelAlert> alert(String alertId) {
		return Optional.ofNullable(alerts.get(alertId));
	}

	public int size() {
		return persons.size();
	}

	/** The shared model's person mapped field by field; the surname particles joined as written. */
	static Person toLinkage(PersonRef ref, org.crm.enlace.model.Person person) {
		List<PersonDocument> documents = person.getDocuments().stream()
				.map(d -> new PersonDocument(d.getType(), d.getNumber(), d.getIssuingState(),
						d.getExpiry() == null ? null : d.getExpiry().toString()))
				.toList();
		String particles = person.getSurnameParticles().isEmpty() ? null
				: String.join(" ", person.getSurnameParticles());
		String sex = !person.isSetSex() || person.getSex() == Sex.X ? null : person.getSex().getLiteral();
		return new Person(ref.toString(), person.getGivenNames(), person.getFirstSurname(), person.getSecondSurname(),
				particles, person.getDateOfBirth(), sex, person.getNationality(), documents, person.getMrzName());
	}

	private void put(PersonRef ref, org.crm.enlace.model.Person person) {
		if (person != null) {
			persons.put(ref, person);
		}
	}
}
