package org.crm.enlace.jtf.tests;

import static org.crm.enlace.jtf.tests.JtfStores.commission;
import static org.crm.enlace.jtf.tests.JtfStores.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.jtf.CommissionValidator;
import org.crm.enlace.jtf.MeetingValidator;
import org.crm.enlace.jtf.Meetings;
import org.crm.enlace.jtf.model.AgendaItem;
import org.crm.enlace.jtf.model.JtfFactory;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingFormat;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.MeetingStatus;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.jtf.model.ParticipantRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of the meeting and commission validators, with messages that never quote what was entered. */
class ValidatorsTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-11-29");
	private static final String NAME = "Participante Ficticia Secreta";

	private Locale previous;

	@BeforeEach
	void spanish() {
		previous = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("es"));
	}

	@AfterEach
	void restore() {
		Locale.setDefault(previous);
	}

	@Test
	void aCompleteMeetingHasNoProblem() {
		Meeting meeting = meeting(MeetingKind.JOINT_TASK_FORCE, "2026-11-20", "GTM", MeetingStatus.HELD);
		Meetings.addParticipant(meeting, NAME, "Instituto de Migración", "GTM", ParticipantRole.DELEGATE);
		Meetings.addParticipant(meeting, NAME, "Secretaría Técnica", "XST", ParticipantRole.SECRETARIAT);
		Meetings.addActionItem(meeting, "Fiscalía", "Enviar el listado", LocalDate.parse("2026-12-20"));

		assertEquals(List.of(), MeetingValidator.validate(meeting, TODAY));
	}

	@Test
	void everyMeetingProblemIsListedByFieldAndPosition() {
		Meeting meeting = JtfFactory.eINSTANCE.createMeeting();
		meeting.setStatus(MeetingStatus.HELD);
		meeting.setCountry("XXX");
		agendaItem(meeting, " ");
		Meetings.addParticipant(meeting, NAME, "Instituto", "GTM", ParticipantRole.CHAIR);
		Meetings.addParticipant(meeting, NAME, null, "QQQ", ParticipantRole.DELEGATE);
		meeting.getDecisions().add(JtfFactory.eINSTANCE.createDecision());
		Meetings.addActionItem(meeting, null, null, null);

		assertEquals(List.of("kind", "date", "country", "place", "agenda", "participants", "participants",
				"decisions", "actionItems", "actionItems", "actionItems"), fields(MeetingValidator.validate(meeting, TODAY)));

		List<Problem> problems = MeetingValidator.validate(meeting, TODAY);
		assertTrue(problems.get(5).message().contains("2"), problems.get(5).message());
		assertTrue(problems.stream().noneMatch(p -> p.message().contains(NAME) || p.message().contains("QQQ")),
				problems.toString());
		assertTrue(problems.stream().noneMatch(p -> p.message().startsWith("!")), problems.toString());
	}

	@Test
	void aParticipantWithoutANameIsListedByPosition() {
		Meeting meeting = meeting(MeetingKind.JOINT_TASK_FORCE, "2026-11-20", "GTM", MeetingStatus.HELD);
		Meetings.addParticipant(meeting, NAME, "Instituto de Migración", "GTM", ParticipantRole.DELEGATE);
		Meetings.addParticipant(meeting, " ", "Secretaría Técnica", "XST", ParticipantRole.SECRETARIAT);

		List<Problem> problems = MeetingValidator.validate(meeting, TODAY);

		assertEquals(List.of("participants"), fields(problems));
		assertEquals("Participante 2: indique el nombre.", problems.getFirst().message());
		meeting.getParticipants().get(1).setName(null);
		assertEquals(List.of("participants"), fields(MeetingValidator.validate(meeting, TODAY)));
		meeting.getParticipants().get(1).setName("Otra Persona Ficticia");
		assertEquals(List.of(), MeetingValidator.validate(meeting, TODAY));
	}

	@Test
	void datesAreCheckedAgainstTodayAndTheMeeting() {
		Meeting held = meeting(MeetingKind.NETWORK, "2026-12-01", "GTM", MeetingStatus.HELD);
		Meetings.addActionItem(held, "Migración", "antes de la reunión", LocalDate.parse("2026-11-30"));

		assertEquals(List.of("date", "actionItems"), fields(MeetingValidator.validate(held, TODAY)));
		held.setStatus(MeetingStatus.PLANNED);
		assertEquals(List.of("actionItems"), fields(MeetingValidator.validate(held, TODAY)));
	}

	@Test
	void aVirtualMeetingNeedsNoPlace() {
		Meeting meeting = meeting(MeetingKind.GRCM, "2026-12-01", "PAN", MeetingStatus.PLANNED);
		meeting.setPlace(null);
		assertEquals(List.of("place"), fields(MeetingValidator.validate(meeting, TODAY)));
		meeting.setFormat(MeetingFormat.VIRTUAL);
		assertEquals(List.of(), MeetingValidator.validate(meeting, TODAY));
	}

	@Test
	void aCommissionInCoordinationGivesTheDateAndEvidenceOfItsLastJointActivity() {
		assertEquals(List.of(), CommissionValidator.validate(commission("GTM", true, TODAY.minusDays(3)), TODAY));

		NationalCommission bare = commission("GTM", true, null);
		bare.setEvidenceReference(" ");
		assertEquals(List.of("lastJointActivityDate", "evidenceReference"),
				fields(CommissionValidator.validate(bare, TODAY)));
		bare.setCoordinated(false);
		assertEquals(List.of(), CommissionValidator.validate(bare, TODAY));
	}

	@Test
	void everyCommissionProblemIsListed() {
		NationalCommission commission = commission("COL", false, TODAY.plusDays(1));
		commission.setName(" ");
		commission.getInstitutions().clear();
		assertEquals(List.of("country", "name", "institutions", "lastJointActivityDate"),
				fields(CommissionValidator.validate(commission, TODAY)));

		commission.getInstitutions().addAll(List.of("Migración", ""));
		List<Problem> problems = CommissionValidator.validate(commission, TODAY);
		assertEquals(List.of("country", "name", "institutions", "lastJointActivityDate"), fields(problems));
		assertTrue(problems.get(2).message().contains("2"), problems.get(2).message());
		assertFalse(problems.stream().anyMatch(p -> p.message().startsWith("!")), problems.toString());
	}

	private static void agendaItem(Meeting meeting, String title) {
		AgendaItem item = JtfFactory.eINSTANCE.createAgendaItem();
		item.setTitle(title);
		meeting.getAgenda().add(item);
	}

	private static List<String> fields(List<Problem> problems) {
		return problems.stream().map(Problem::field).toList();
	}
}
