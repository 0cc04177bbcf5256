package org.crm.enlace.training;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingFactory;

/**
 * Participants: officials, whose names and results are personal data. A participant is owned by the organization
 * that entered it and released by name to the official's country, the Secretariat and IOM (the programme's
 * partners), TLP AMBER.
 */
public final class Participants {

	private Participants() {
	}

	public static Participant newParticipant(String owner, String country) {
		Participant participant = TrainingFactory.eINSTANCE.createParticipant();
		participant.setOwnerCountry(owner);
		participant.setCountry(country);
		participant.setTlp(Tlp.AMBER);
		participant.setReleasability(Releasability.LISTED);
		Set<String> readers = new LinkedHashSet<>();
		readers.add(country);
		readers.add(Owners.SECRETARIAT);
		readers.add(Owners.IOM);
		readers.remove(owner);
		participant.getReleasableTo().addAll(readers);
		return participant;
	}

	public static Enrolment newEnrolment(String sessionId) {
		Enrolment enrolment = TrainingFactory.eINSTANCE.createEnrolment();
		enrolment.setSessionId(sessionId);
		return enrolment;
	}

	/**
	 * Who the participant is for duplicates: the name without accents, case or extra spaces, and the country. Two
	 * officials of one country with the same name are then one: the import says so and a person decides.
	 */
	public static String identity(String fullName, String country) {
		String folded = Normalizer.normalize(fullName == null ? "" : fullName, Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
		return folded + '|' + (country == null ? "" : country.toUpperCase(Locale.ROOT));
	}

	public static String identity(Participant participant) {
		return identity(participant.getFullName(), participant.getCountry());
	}

	public static Optional<Enrolment> enrolment(Participant participant, String sessionId) {
		return participant.getEnrolments().stream().filter(e -> sessionId.equals(e.getSessionId())).findFirst();
	}

	/** Completed: attended and given a completion day. */
	public static Optional<LocalDate> completedOn(Enrolment enrolment) {
		return enrolment.isAttended() ? Optional.ofNullable(enrolment.getCompletedOn()) : Optional.empty();
	}
}
