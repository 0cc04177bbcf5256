package org.crm.enlace.linkage.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crm.enlace.linkage.Person;
import org.crm.enlace.linkage.synthetic.SyntheticPersons;

/** Generated persons of one seed and, for each person's id, the id of the person it stands for (the truth). */
record GeneratedPersons(List<Person> persons, Map<String, String> truth) {

	static GeneratedPersons of(long seed, int count) {
		List<Person> persons = new ArrayList<>();
		Map<String, String> truth = new HashMap<>();
		new SyntheticPersons(seed).generate(count, generated -> {
			persons.add(generated.person());
			truth.put(generated.person().id(), generated.personId());
		});
		return new GeneratedPersons(List.copyOf(persons), Map.copyOf(truth));
	}
}
