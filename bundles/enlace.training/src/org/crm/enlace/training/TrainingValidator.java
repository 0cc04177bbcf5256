package org.crm.enlace.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.training.internal.Messages;
import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.ProgrammeStatus;
import org.crm.enlace.training.model.TrainingModule;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.model.TrainingTarget;

/**
 * What is wrong with a programme, a session, a participant or a target, as a list of problems by field; messages
 * name the field (and the position of a module or enrolment), never a value, so no personal data reaches them.
 */
public final class TrainingValidator {

	public static final int MIN_SCORE = 0;
	public static final int MAX_SCORE = 100;

	private TrainingValidator() {
	}

	public static List<Problem> programme(TrainingProgramme programme) {
		List<Problem> problems = new ArrayList<>();
		required(problems, "code", programme.getCode());
		required(problems, "title", programme.getTitle());
		required(problems, "versionLabel", programme.getVersionLabel());
		if (programme.getVersionDate() == null) {
			problems.add(problem("versionDate", "required"));
		}
		if (programme.getStatus() == ProgrammeStatus.APPROVED && programme.getApprovedOn() == null) {
			problems.add(problem("approvedOn", "approvedWithoutDate"));
		}
		if (programme.getWindowMonths() < 1) {
			problems.add(problem("windowMonths", "windowMonths"));
		}
		Set<String> codes = new HashSet<>();
		int position = 0;
		for (TrainingModule module : programme.getModules()) {
			position++;
			if (blank(module.getCode())) {
				problems.add(new Problem("modules", Messages.format("problem.module.code", position)));
			} else if (!codes.add(module.getCode())) {
				problems.add(new Problem("modules", Messages.format("problem.module.repeated", position)));
			}
			if (blank(module.getTitle())) {
				problems.add(new Problem("modules", Messages.format("problem.module.title", position)));
			}
		}
		long victimModules = programme.getModules().stream().filter(TrainingModule::isVictimIdentification).count();
		if (victimModules != 1) {
			problems.add(problem("modules", "victimModule"));
		}
		return problems;
	}

	public static List<Problem> session(TrainingSession session, TrainingProgramme programme) {
		List<Problem> problems = new ArrayList<>();
		required(problems, "programmeId", session.getProgrammeId());
		required(problems, "title", session.getTitle());
		required(problems, "place", session.getPlace());
		country(problems, "country", session.getCountry());
		if (session.getStartDate() == null) {
			problems.add(problem("startDate", "required"));
		} else if (session.getEndDate() != null && session.getEndDate().isBefore(session.getStartDate())) {
			problems.add(problem("endDate", "endBeforeStart"));
		}
		if (session.getOrganisers().isEmpty()) {
			problems.add(problem("organisers", "required"));
		}
		Set<String> known = new HashSet<>();
		programme.getModules().forEach(m -> known.add(m.getCode()));
		if (session.getModuleCodes().isEmpty()) {
			problems.add(problem("moduleCodes", "required"));
		} else if (!known.containsAll(session.getModuleCodes())) {
			problems.add(problem("moduleCodes", "unknownModule"));
		}
		return problems;
	}

	public static List<Problem> participant(Participant participant) {
		List<Problem> problems = new ArrayList<>();
		required(problems, "fullName", participant.getFullName());
		required(problems, "institution", participant.getInstitution());
		country(problems, "country", participant.getCountry());
		if (IsoCountries.isKnown(participant.getCountry()) && !readableByItsCountry(participant)) {
			problems.add(problem("releasableTo", "countryNotReader"));
		}
		int position = 0;
		for (Enrolment enrolment : participant.getEnrolments()) {
			position++;
			if (blank(enrolment.getSessionId())) {
				problems.add(new Problem("enrolments", Messages.format("problem.enrolment.session", position)));
			}
			if (outOfRange(enrolment.getPreScore()) || outOfRange(enrolment.getPostScore())) {
				problems.add(new Problem("enrolments", Messages.format("problem.enrolment.score", position,
						MIN_SCORE, MAX_SCORE)));
			}
			if (enrolment.getCompletedOn() != null && !enrolment.isAttended()) {
				problems.add(new Problem("enrolments", Messages.format("problem.enrolment.notAttended", position)));
			}
		}
		return problems;
	}

	/**
	 * The enrolments in {@code session} of its participants, as the session's editor lists them: each participant is
	 * named by its position in {@code participants} (the editor's rows), never by name. A score from 0 to 100, no
	 * completion day without attendance, none before the session started.
	 */
	public static List<Problem> sessionEnrolments(TrainingSession session, List<Participant> participants) {
		List<Problem> problems = new ArrayList<>();
		for (int row = 1; row <= participants.size(); row++) {
			Optional<Enrolment> found = session.getId() == null ? Optional.empty()
					: Participants.enrolment(participants.get(row - 1), session.getId());
			if (found.isEmpty()) {
				continue;
			}
			Enrolment enrolment = found.get();
			if (outOfRange(enrolment.getPreScore()) || outOfRange(enrolment.getPostScore())) {
				problems.add(new Problem("enrolments", Messages.format("problem.row.score", row, MIN_SCORE,
						MAX_SCORE)));
			}
			LocalDate completed = enrolment.getCompletedOn();
			if (completed != null && !enrolment.isAttended()) {
				problems.add(new Problem("enrolments", Messages.format("problem.row.notAttended", row)));
			}
			if (completed != null && session.getStartDate() != null && completed.isBefore(session.getStartDate())) {
				problems.add(new Problem("enrolments", Messages.format("problem.row.beforeStart", row)));
			}
		}
		return problems;
	}

	public static List<Problem> target(TrainingTarget target) {
		List<Problem> problems = new ArrayList<>();
		required(problems, "programmeId", target.getProgrammeId());
		country(problems, "country", target.getCountry());
		if (target.getOfficials() < 1) {
			problems.add(problem("officials", "targetPositive"));
		}
		return problems;
	}

	/** The official's country always sees its officials' records, whoever entered them (docs/training.md). */
	private static boolean readableByItsCountry(Participant participant) {
		String country = participant.getCountry();
		boolean released = switch (participant.getReleasability()) {
		case NETWORK, ALL_MEMBERS -> true;
		case LISTED -> participant.getReleasableTo().contains(country);
		default -> false;
		};
		return released || country.equals(participant.getOwnerCountry());
	}

	static boolean outOfRange(Integer score) {
		return score != null && (score < MIN_SCORE || score > MAX_SCORE);
	}

	private static void required(List<Problem> problems, String field, String value) {
		if (blank(value)) {
			problems.add(problem(field, "required"));
		}
	}

	private static void country(List<Problem> problems, String field, String code) {
		if (blank(code) || !IsoCountries.isKnown(code)) {
			problems.add(problem(field, "country"));
		}
	}

	private static Problem problem(String field, String key) {
		return new Problem(field, Messages.get("problem." + key));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
