package org.crm.enlace.cotravel.links;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.crm.enlace.cotravel.links.LinkPattern.Kind;
import org.crm.enlace.cotravel.links.PersonRef.Role;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.model.Person;

/**
 * What a linkage run found: candidate and confirmed pairs, the persons they make once grouped (a pair's two sides
 * are one person, transitively), and the patterns of issue 6 section 4 among them.
 */
public final class Links {

	private final AlertPersons persons;
	private final List<CandidateLink> pairs;
	private final Map<PersonRef, PersonRef> parent = new HashMap<>();

	Links(AlertPersons persons, List<CandidateLink> pairs) {
		this.persons = persons;
		this.pairs = List.copyOf(pairs);
		pairs.forEach(pair -> union(pair.a(), pair.b()));
	}

	/** Confirmed pairs first, then candidates by score, best first. */
	public List<CandidateLink> pairs() {
		return pairs;
	}

	/** An alert of the run (one the user may see). */
	public Optional<CoTravelAlert> alert(String alertId) {
		return persons.alert(alertId);
	}

	/** The shared model's person a reference names, when the run holds it. */
	public Optional<Person> person(PersonRef ref) {
		return persons.person(ref);
	}

	/** The pairs with a person of this alert on one side. */
	public List<CandidateLink> pairsOf(String alertId) {
		return pairs.stream().filter(pair -> pair.involves(alertId)).toList();
	}

	/** The persons seen in more than one alert: each a sorted set of references, in the order of its first. */
	public List<Set<PersonRef>> clusters() {
		Map<PersonRef, Set<PersonRef>> clusters = new TreeMap<>();
		for (PersonRef ref : parent.keySet()) {
			clusters.computeIfAbsent(root(ref), r -> new TreeSet<>()).add(ref);
		}
		return clusters.values().stream().sorted((x, y) -> x.iterator().next().compareTo(y.iterator().next()))
				.toList();
	}

	/** Adults seen with different children and children seen with different adults, adults first. */
	public List<LinkPattern> patterns() {
		List<LinkPattern> patterns = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			Role role = kind == Kind.ADULT_WITH_DIFFERENT_CHILDREN ? Role.ADULT : Role.CHILD;
			for (Set<PersonRef> cluster : clusters()) {
				pattern(kind, role, cluster).ifPresent(patterns::add);
			}
		}
		return patterns;
	}

	/* A pattern when the person travels in the role in two alerts or more, not always with the same companions. */
	private Optional<LinkPattern> pattern(Kind kind, Role role, Set<PersonRef> cluster) {
		Set<String> alerts = new TreeSet<>();
		cluster.stream().filter(ref -> ref.role() == role).forEach(ref -> alerts.add(ref.alertId()));
		if (alerts.size() < 2) {
			return Optional.empty();
		}
		Role other = role == Role.ADULT ? Role.CHILD : Role.ADULT;
		Set<Set<PersonRef>> companionSets = new HashSet<>();
		Set<PersonRef> companions = new TreeSet<>();
		for (String alertId : alerts) {
			Set<PersonRef> here = new TreeSet<>();
			persons.alert(alertId).ifPresent(alert -> {
				for (int i = 1; i <= count(alert, other); i++) {
					here.add(root(new PersonRef(alertId, other, i)));
				}
			});
			companionSets.add(here);
			companions.addAll(here);
		}
		List<String> byDate = alerts.stream().sorted(Comparator.comparing(
				(String id) -> persons.alert(id).map(CoTravelAlert::getDate).orElse(LocalDate.MIN))
				.thenComparing(id -> id)).toList();
		return companionSets.size() < 2 ? Optional.empty()
				: Optional.of(new LinkPattern(kind, List.copyOf(cluster), byDate, companions.size()));
	}

	private static int count(CoTravelAlert alert, Role role) {
		return role == Role.ADULT ? alert.getAdults().size() : alert.getChildren().size();
	}

	private PersonRef root(PersonRef ref) {
		PersonRef up = parent.getOrDefault(ref, ref);
		if (up.equals(ref)) {
			return ref;
		}
		PersonRef top = root(up);
		parent.put(ref, top);
		return top;
	}

	private void union(PersonRef a, PersonRef b) {
		parent.putIfAbsent(a, a);
		parent.putIfAbsent(b, b);
		PersonRef ra = root(a);
		PersonRef rb = root(b);
		if (!ra.equals(rb)) {
			// the smaller reference leads, so a cluster's name does not depend on the order of the pairs
			if (ra.compareTo(rb) < 0) {
				parent.put(rb, ra);
			} else {
				parent.put(ra, rb);
			}
		}
	}
}
