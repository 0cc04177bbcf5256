package org.crm.enlace.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Sex;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.model.TrainingTarget;

/**
 * Computes "number of officials trained" (work plan, institutional strengthening, objective 1): the distinct
 * officials (by {@link Participants#identity}) who attended and completed a session of the programme on a day
 * inside its {@link TrainingWindow} and not after {@code asOf}, counted in the country they serve, against each
 * country's {@link TrainingTarget}. Reads only what the user may see.
 */
public final class OfficialsTrained {

	private OfficialsTrained() {
	}

	/** For the programme approved last on or before {@code asOf}; empty when there is none. */
	public static Optional<TrainedFigures> asOf(RecordRepository repository, LocalDate asOf) {
		return Programmes.approvedAsOf(repository, asOf).map(p -> of(repository, p, asOf));
	}

	public static TrainedFigures of(RecordRepository repository, TrainingProgramme programme, LocalDate asOf) {
		TrainingWindow window = TrainingWindow.of(programme);
		List<TrainingSession> sessions = Programmes.sessions(repository, programme);
		Set<String> sessionIds = sessions.stream().map(TrainingSession::getId).collect(Collectors.toSet());
		Map<String, Participant> trained = new HashMap<>();
		for (Participant participant : repository.findAll(TrainingPackage.Literals.PARTICIPANT, Participant.class)) {
			boolean counts = participant.getEnrolments().stream()
					.filter(e -> sessionIds.contains(e.getSessionId()))
					.flatMap(e -> Participants.completedOn(e).stream())
					.anyMatch(day -> window.contains(day) && !day.isAfter(asOf));
			if (counts && participant.getCountry() != null) {
				trained.putIfAbsent(Participants.identity(participant), participant);
			}
		}
		Map<String, Integer> targets = targets(repository, programme);
		Map<String, List<Participant>> byCountry = trained.values().stream()
				.collect(Collectors.groupingBy(Participant::getCountry));
		Set<String> countries = new TreeSet<>(targets.keySet());
		countries.addAll(byCountry.keySet());
		List<CountryFigures> rows = new ArrayList<>();
		for (String country : countries) {
			List<Participant> officials = byCountry.getOrDefault(country, List.of());
			Integer target = targets.get(country);
			rows.add(new CountryFigures(country, officials.size(),
					target == null ? OptionalInt.empty() : OptionalInt.of(target), bySex(officials),
					byInstitution(officials)));
		}
		List<Participant> all = List.copyOf(trained.values());
		return new TrainedFigures(programme.getId(), window, asOf, sessions.size(), List.copyOf(rows), all.size(),
				targets.values().stream().mapToInt(Integer::intValue).sum(), bySex(all), byInstitution(all));
	}

	/** The latest target per country (a correction is a new version, but two owners could each record one). */
	private static Map<String, Integer> targets(RecordRepository repository, TrainingProgramme programme) {
		Map<String, Integer> targets = new HashMap<>();
		Programmes.targets(repository, programme).stream()
				.sorted(Comparator.comparing(TrainingTarget::getModifiedAt,
						Comparator.nullsFirst(Comparator.naturalOrder())))
				.forEach(t -> targets.put(t.getCountry(), t.getOfficials()));
		return targets;
	}

	private static Map<Sex, Integer> bySex(List<Participant> officials) {
		Map<Sex, Integer> counts = new EnumMap<>(Sex.class);
		for (Sex sex : Sex.values()) {
			counts.put(sex, 0);
		}
		officials.forEach(p -> counts.merge(p.getSex(), 1, Integer::sum));
		return counts;
	}

	private static SortedMap<String, Integer> byInstitution(List<Participant> officials) {
		SortedMap<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (Participant p : officials) {
			String institution = p.getInstitution() == null ? "" : p.getInstitution().trim().replaceAll("\\s+", " ");
			counts.merge(institution, 1, Integer::sum);
		}
		return counts;
	}
}
