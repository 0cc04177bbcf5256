package org.crm.enlace.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.model.ProvenanceKind;
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
import org.crm.enlace.training.model.TrainingTarget;
import org.osgi.service.component.annotations.Component;

/**
 * A FICTITIOUS training programme approved 60 days ago (so its six-month window is open), a target of 20 officials
 * per member, three sessions (Guatemala and Costa Rica in person, one virtual by the Secretariat) and a dozen
 * participants whose names say they are fictitious: some completed, one did not attend, one has not completed yet.
 */
@Component(service = DemoDataContributor.class)
public final class TrainingDemoData implements DemoDataContributor {

	private static final String DEMO = "datos de demostración ficticios";
	/** A participant's outcome in the demo: completed on the session's last day, attended only, or absent. */
	private static final int COMPLETED = 1;
	private static final int ATTENDED = 0;
	private static final int ABSENT = -1;

	@Override
	public int order() {
		return 70;
	}

	@Override
	public List<Record> demoRecords(Clock clock) {
		LocalDate today = clock.today();
		List<Record> records = new ArrayList<>();
		TrainingProgramme programme = Programmes.newProgramme("US-OIM-DEMO");
		programme.setId(ReferenceData.stableId("demo-training", "programme"));
		programme.setTitle("Propuesta conjunta EE. UU.–OIM de capacitación de funcionarios (ficticia, demostración)");
		programme.setVersionLabel("1.1");
		programme.setVersionDate(today.minusDays(75));
		programme.setStatus(ProgrammeStatus.APPROVED);
		programme.setApprovedOn(today.minusDays(60));
		programme.getModules().add(Programmes.newModule("M1", "Marco jurídico: tráfico ilícito de migrantes y trata de personas", false));
		programme.getModules().add(Programmes.newModule("M2", "Identificación de víctimas y procedimientos de debida atención", true));
		programme.getModules().add(Programmes.newModule("M3", "Detección de documentos fraudulentos", false));
		programme.getModules().add(Programmes.newModule("M4", "Cooperación regional e intercambio de información", false));
		programme.getModules().forEach(m -> m.setHours(8));
		records.add(demo(programme));
		for (CountryCatalog.Entry member : CountryCatalog.entries()) {
			if (member.status() == CountryStatus.MEMBER) {
				TrainingTarget target = Programmes.newTarget(programme, member.code(), 20);
				target.setId(ReferenceData.stableId("demo-training", "target/" + member.code()));
				records.add(demo(target));
			}
		}
		TrainingSession guatemala = session(programme, "GTM", "GTM", "Taller presencial de Guatemala (demo)",
				"Ciudad de Guatemala, sede ficticia", Delivery.IN_PERSON, today.minusDays(45));
		TrainingSession costaRica = session(programme, "CRI", "CRI", "Taller presencial de Costa Rica (demo)",
				"San José, sede ficticia", Delivery.IN_PERSON, today.minusDays(30));
		TrainingSession virtual = session(programme, Owners.SECRETARIAT, "SLV", "Curso virtual regional (demo)",
				"Plataforma virtual ficticia", Delivery.VIRTUAL, today.minusDays(12));
		records.addAll(List.of(demo(guatemala), demo(costaRica), demo(virtual)));
		records.add(participant(guatemala, 1, "GTM", Sex.F, "Instituto Guatemalteco de Migración", 55, 85, COMPLETED));
		records.add(participant(guatemala, 2, "GTM", Sex.M, "Policía Nacional Civil", 60, 80, COMPLETED));
		records.add(participant(guatemala, 3, "GTM", Sex.F, "Ministerio Público", 40, 90, COMPLETED));
		records.add(participant(guatemala, 4, "SLV", Sex.M, "Dirección General de Migración y Extranjería", 50, 75, COMPLETED));
		records.add(participant(guatemala, 5, "HND", Sex.X, "Instituto Nacional de Migración", null, null, ABSENT));
		records.add(participant(costaRica, 6, "CRI", Sex.F, "Dirección General de Migración y Extranjería", 65, 95, COMPLETED));
		records.add(participant(costaRica, 7, "CRI", Sex.M, "Policía Profesional de Migración", 45, 70, COMPLETED));
		records.add(participant(costaRica, 8, "PAN", Sex.F, "Servicio Nacional de Migración", 70, 88, COMPLETED));
		records.add(participant(costaRica, 9, "PAN", Sex.M, "Servicio Nacional de Fronteras", 52, null, ATTENDED));
		records.add(participant(virtual, 10, "SLV", Sex.F, "Fiscalía General de la República", 58, 84, COMPLETED));
		records.add(participant(virtual, 11, "MEX", Sex.F, "Instituto Nacional de Migración", 61, 92, COMPLETED));
		records.add(participant(virtual, 12, "MEX", Sex.M, "Fiscalía General de la República", 48, 79, COMPLETED));
		return records;
	}

	private static TrainingSession session(TrainingProgramme programme, String owner, String country, String title,
			String place, Delivery delivery, LocalDate start) {
		TrainingSession session = Programmes.newSession(owner, programme, country);
		session.setId(ReferenceData.stableId("demo-training", "session/" + title));
		session.setTitle(title);
		session.setPlace(place);
		session.setDelivery(delivery);
		session.setStartDate(start);
		session.setEndDate(start.plusDays(2));
		session.getModuleCodes().addAll(List.of("M1", "M2", "M3", "M4"));
		// No comma in a name: the form lists trainers separated by commas.
		session.getTrainers().add("Capacitadora Ficticia de la OIM (demo)");
		session.getOrganisers().addAll(List.of("OIM (demo)", "Secretaría Técnica de la CRM (demo)"));
		return session;
	}

	private static Participant participant(TrainingSession session, int number, String country, Sex sex,
			String institution, Integer pre, Integer post, int status) {
		Participant participant = Participants.newParticipant(session.getOwnerCountry(), country);
		participant.setId(ReferenceData.stableId("demo-training", "participant/" + number));
		participant.setFullName("Participante Ficticio " + number + " (demo)");
		participant.setSex(sex);
		participant.setInstitution(institution);
		participant.setPosition("Oficial (ficticio)");
		Enrolment enrolment = Participants.newEnrolment(session.getId());
		enrolment.setAttended(status != ABSENT);
		enrolment.setPreScore(pre);
		enrolment.setPostScore(post);
		if (status == COMPLETED) {
			enrolment.setCompletedOn(session.getEndDate());
		}
		participant.getEnrolments().add(enrolment);
		return demo(participant);
	}

	private static <T extends Record> T demo(T record) {
		record.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		record.setProvenance(DEMO);
		return record;
	}
}
