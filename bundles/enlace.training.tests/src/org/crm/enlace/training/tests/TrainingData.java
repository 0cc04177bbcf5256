package org.crm.enlace.training.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Sex;
import org.crm.enlace.training.Participants;
import org.crm.enlace.training.Programmes;
import org.crm.enlace.training.model.Delivery;
import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.ProgrammeStatus;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;

/** Fictitious programmes, sessions and participants, and real Derby stores in temporary folders. */
final class TrainingData {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT,
			Role.TRAINING_COORDINATOR);
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.TRAINING_COORDINATOR);

	private TrainingData() {
	}

	/** Creates the store with {@code records} written by the system, then opens it for {@code user}. */
	static RecordStore store(Path data, CurrentUser user, List<? extends Record> records) {
		factory().openAfterSeeding(data, user, KEYS, CLOCK, system -> system.saveAll(records)).close();
		return factory().open(data, user, KEYS, CLOCK);
	}

	/** An approved programme with an id, so sessions can name it before it is stored. */
	static TrainingProgramme programme(String code, LocalDate approvedOn) {
		TrainingProgramme programme = Programmes.newProgramme(code);
		programme.setId(UUID.randomUUID().toString());
		programme.setTitle("Programa ficticio " + code);
		programme.setVersionLabel("1.0");
		programme.setVersionDate(approvedOn.minusDays(10));
		programme.setStatus(ProgrammeStatus.APPROVED);
		programme.setApprovedOn(approvedOn);
		programme.getModules().add(Programmes.newModule("M1", "Marco jurídico", false));
		programme.getModules().add(Programmes.newModule("M2", "Identificación de víctimas y debida atención", true));
		return programme;
	}

	static TrainingSession session(TrainingProgramme programme, String country, LocalDate start) {
		TrainingSession session = Programmes.newSession(country, programme, country);
		session.setId(UUID.randomUUID().toString());
		session.setTitle("Taller ficticio " + country + " " + start);
		session.setPlace("Sede ficticia");
		session.setDelivery(Delivery.IN_PERSON);
		session.setStartDate(start);
		session.setEndDate(start.plusDays(2));
		session.getModuleCodes().addAll(List.of("M1", "M2"));
		session.getOrganisers().add("Institución organizadora ficticia");
		return session;
	}

	/** A participant owned by the Secretariat, enrolled in the session; completed on {@code completedOn} if any. */
	static Participant participant(String name, String country, Sex sex, String institution,
			TrainingSession session, boolean attended, LocalDate completedOn) {
		Participant participant = Participants.newParticipant(Owners.SECRETARIAT, country);
		participant.setFullName(name);
		participant.setSex(sex);
		participant.setInstitution(institution);
		Enrolment enrolment = Participants.newEnrolment(session.getId());
		enrolment.setAttended(attended);
		enrolment.setCompletedOn(completedOn);
		participant.getEnrolments().add(enrolment);
		return participant;
	}

	private static RecordStoreFactory factory() {
		return Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
	}
}
