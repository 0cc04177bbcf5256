package org.crm.enlace.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Sex;
import org.crm.enlace.training.OfficialsTrained;
import org.crm.enlace.training.Programmes;
import org.crm.enlace.training.TrainedFigures;
import org.crm.enlace.training.TrainingValidator;
import org.crm.enlace.training.internal.Messages;
import org.crm.enlace.training.internal.TrainingDemoData;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.model.TrainingTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator's problems by field, and the demo data: valid, and what the indicator makes of it. */
class TrainingValidatorTest {

	private static final TrainingProgramme PROGRAMME = TrainingData.programme("P1", LocalDate.parse("2026-03-01"));

	@Test
	void aProgrammeNeedsExactlyOneVictimIdentificationModuleAndUniqueCodes() {
		assertEquals(List.of(), TrainingValidator.programme(PROGRAMME));
		TrainingProgramme programme = TrainingData.programme("P2", LocalDate.parse("2026-03-01"));
		programme.getModules().get(1).setVictimIdentification(false);
		programme.getModules().get(1).setCode("M1");
		programme.setApprovedOn(null);
		assertEquals(List.of("approvedOn", "modules", "modules"), fields(TrainingValidator.programme(programme)));
	}

	@Test
	void aSessionCoversModulesOfItsProgrammeAndEndsAfterItStarts() {
		TrainingSession session = TrainingData.session(PROGRAMME, "GTM", LocalDate.parse("2026-05-12"));
		assertEquals(List.of(), TrainingValidator.session(session, PROGRAMME));
		session.getModuleCodes().add("M9");
		session.setEndDate(session.getStartDate().minusDays(1));
		session.setCountry("Guatemala");
		assertEquals(List.of("country", "endDate", "moduleCodes"), fields(TrainingValidator.session(session, PROGRAMME)));
		session.setTitle(" ");
		assertEquals("title", fields(TrainingValidator.session(session, PROGRAMME)).getFirst(), "a session has a title");
	}

	@Test
	void theOfficialsCountryMustSeeTheParticipant() {
		TrainingSession session = TrainingData.session(PROGRAMME, "GTM", LocalDate.parse("2026-05-12"));
		Participant participant = TrainingData.participant("Ana Ficticia", "GTM", Sex.F, "Migración", session, true,
				null);
		assertEquals(List.of(), TrainingValidator.participant(participant), "released to GTM when made");
		participant.setCountry("HND");
		assertEquals(List.of("releasableTo"), fields(TrainingValidator.participant(participant)),
				"the country changed, the readers did not");
		participant.getReleasableTo().add("HND");
		assertEquals(List.of(), TrainingValidator.participant(participant));
		participant.setReleasability(org.crm.enlace.model.Releasability.OWNER_ONLY);
		assertEquals(List.of("releasableTo"), fields(TrainingValidator.participant(participant)));
		participant.setOwnerCountry("HND");
		assertEquals(List.of(), TrainingValidator.participant(participant), "the owner always sees its records");
	}

	@Test
	void aSessionsEnrolmentsAreCheckedByRowAndNeverNameThePerson() {
		TrainingSession session = TrainingData.session(PROGRAMME, "GTM", LocalDate.parse("2026-05-12"));
		TrainingSession other = TrainingData.session(PROGRAMME, "GTM", LocalDate.parse("2026-06-01"));
		Participant fine = TrainingData.participant("Ana Ficticia", "GTM", Sex.F, "Migración", session, true,
				LocalDate.parse("2026-05-14"));
		Participant early = TrainingData.participant("Bea Ficticia", "GTM", Sex.F, "Migración", session, true,
				LocalDate.parse("2026-05-11"));
		Participant absent = TrainingData.participant("Cid Ficticio", "GTM", Sex.M, "Policía", session, false,
				LocalDate.parse("2026-05-14"));
		absent.getEnrolments().getFirst().setPreScore(-1);
		Participant elsewhere = TrainingData.participant("Dan Ficticio", "GTM", Sex.M, "Policía", other, false,
				LocalDate.parse("2026-01-01"));
		assertEquals(List.of(), TrainingValidator.sessionEnrolments(session, List.of(fine, elsewhere)),
				"only the enrolments in this session count");
		List<Problem> problems = TrainingValidator.sessionEnrolments(session, List.of(fine, early, absent, elsewhere));
		assertEquals(List.of(Messages.format("problem.row.beforeStart", 2),
				Messages.format("problem.row.score", 3, 0, 100), Messages.format("problem.row.notAttended", 3)),
				problems.stream().map(Problem::message).toList());
		problems.forEach(p -> assertFalse(p.message().contains("Ficticia") || p.message().contains("-1"), p.message()));
		early.getEnrolments().getFirst().setCompletedOn(session.getStartDate());
		absent.getEnrolments().getFirst().setAttended(true);
		absent.getEnrolments().getFirst().setPreScore(100);
		assertEquals(List.of(), TrainingValidator.sessionEnrolments(session, List.of(early, absent)),
				"the first day and the bounds are allowed");
	}

	@Test
	void aParticipantsProblemsNameTheEnrolmentNeverThePerson() {
		TrainingSession session = TrainingData.session(PROGRAMME, "GTM", LocalDate.parse("2026-05-12"));
		Participant participant = TrainingData.participant("Ana Ficticia", "XXX", Sex.F, "", session, false,
				LocalDate.parse("2026-05-14"));
		participant.getEnrolments().getFirst().setPostScore(120);
		List<Problem> problems = TrainingValidator.participant(participant);
		assertEquals(List.of("institution", "country", "enrolments", "enrolments"), fields(problems));
		problems.forEach(p -> assertFalse(p.message().contains("Ficticia") || p.message().contains("120"), p.message()));
	}

	@Test
	void theDemoDataIsValidAndCountsTenOfficialsTrained(@TempDir Path data) {
		List<Record> demo = new TrainingDemoData().demoRecords(TrainingData.CLOCK);
		TrainingProgramme programme = only(demo, TrainingProgramme.class).getFirst();
		assertEquals(List.of(), TrainingValidator.programme(programme));
		only(demo, TrainingSession.class).forEach(s -> assertEquals(List.of(), TrainingValidator.session(s, programme)));
		only(demo, Participant.class).forEach(p -> assertEquals(List.of(), TrainingValidator.participant(p)));
		only(demo, TrainingTarget.class).forEach(t -> assertEquals(List.of(), TrainingValidator.target(t)));
		assertTrue(Programmes.victimIdentificationModule(programme).isPresent());
		try (RecordStore store = TrainingData.store(data, TrainingData.SECRETARIAT, demo)) {
			TrainedFigures figures = OfficialsTrained.asOf(store, TrainingData.CLOCK.today()).orElseThrow();
			assertEquals(10, figures.trained(), "12 participants, one absent, one not completed");
			assertEquals(11 * 20, figures.target());
			assertEquals(3, figures.sessions());
		}
	}

	private static <T> List<T> only(List<Record> records, Class<T> type) {
		return records.stream().filter(type::isInstance).map(type::cast).toList();
	}

	private static List<String> fields(List<Problem> problems) {
		return problems.stream().map(Problem::field).toList();
	}
}
