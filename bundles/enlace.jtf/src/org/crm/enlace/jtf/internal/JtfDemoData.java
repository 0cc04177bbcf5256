package org.crm.enlace.jtf.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.jtf.Commissions;
import org.crm.enlace.jtf.Meetings;
import org.crm.enlace.jtf.model.ActionStatus;
import org.crm.enlace.jtf.model.AgendaItem;
import org.crm.enlace.jtf.model.Decision;
import org.crm.enlace.jtf.model.JtfFactory;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingFormat;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.MeetingStatus;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.jtf.model.ParticipantRole;
import org.crm.enlace.model.Record;
import org.osgi.service.component.annotations.Component;

/**
 * FICTITIOUS demo data of the Joint Task Force area: a held Task Force meeting with a network representative
 * (which meets the milestone), the GRCM meeting in Panama still to come, action items of which one is overdue, and
 * four national commissions: two count for the indicator, one coordinated a long time ago no longer does, one is not
 * marked. Every participant is "Participante Demo", every text says it is a demonstration.
 */
@Component(service = DemoDataContributor.class)
public final class JtfDemoData implements DemoDataContributor {

	@Override
	public int order() {
		return 70;
	}

	@Override
	public List<Record> demoRecords(Clock clock) {
		LocalDate today = clock.today();
		List<Record> records = new ArrayList<>();
		Meeting taskForce = meeting("task-force", MeetingKind.JOINT_TASK_FORCE, today.minusDays(40), "GTM");
		taskForce.setStatus(MeetingStatus.HELD);
		taskForce.setFormat(MeetingFormat.VIRTUAL);
		taskForce.setPlace(Messages.format("demo.place.virtual"));
		agenda(taskForce, Messages.format("demo.agenda.commissions"));
		Meetings.addParticipant(taskForce, "Participante Demo Uno", Messages.format("demo.organization.network"),
				Owners.SECRETARIAT, ParticipantRole.NETWORK_REPRESENTATIVE);
		Meetings.addParticipant(taskForce, "Participante Demo Dos", Messages.format("demo.organization.migration"),
				"GTM", ParticipantRole.DELEGATE);
		decision(taskForce, Messages.format("demo.decision"));
		taskForce.setMinutes(Messages.format("demo.minutes"));
		Meetings.addActionItem(taskForce, Messages.format("demo.organization.migration"),
				Messages.format("demo.action.report"), today.minusDays(10));
		Meetings.addActionItem(taskForce, Messages.format("demo.organization.network"),
				Messages.format("demo.action.agenda"), today.minusDays(20)).setStatus(ActionStatus.DONE);
		Meetings.addActionItem(taskForce, Messages.format("demo.organization.network"),
				Messages.format("demo.action.contacts"), today.plusDays(30)).setStatus(ActionStatus.IN_PROGRESS);
		records.add(taskForce);

		Meeting grcm = meeting("grcm-panama", MeetingKind.GRCM, today.plusDays(60), "PAN");
		grcm.setFormat(MeetingFormat.IN_PERSON);
		grcm.setPlace(Messages.format("demo.place.panama"));
		agenda(grcm, Messages.format("demo.agenda.report"));
		records.add(grcm);

		records.add(commission("GTM", true, today.minusMonths(2)));
		records.add(commission("HND", true, today.minusMonths(1)));
		records.add(commission("SLV", true, today.minusMonths(15)));
		records.add(commission("CRI", false, null));
		return records;
	}

	private static Meeting meeting(String key, MeetingKind kind, LocalDate date, String country) {
		Meeting meeting = Meetings.newMeeting(Owners.SECRETARIAT, kind, date);
		meeting.setId(ReferenceData.stableId("demo-jtf-meeting", key));
		meeting.setCountry(country);
		meeting.setTitle(Messages.format("demo.meeting.title", key));
		meeting.setProvenance(Messages.format("demo.marker"));
		return meeting;
	}

	private static void agenda(Meeting meeting, String title) {
		AgendaItem item = JtfFactory.eINSTANCE.createAgendaItem();
		item.setTitle(title);
		item.setPresenter(Messages.format("demo.organization.network"));
		meeting.getAgenda().add(item);
	}

	private static void decision(Meeting meeting, String text) {
		Decision decision = JtfFactory.eINSTANCE.createDecision();
		decision.setText(text);
		meeting.getDecisions().add(decision);
	}

	private static NationalCommission commission(String country, boolean coordinated, LocalDate lastActivity) {
		NationalCommission commission = Commissions.newCommission(country,
				Messages.format("demo.commission.name", country));
		commission.setId(ReferenceData.stableId("demo-jtf-commission", country));
		commission.getInstitutions().addAll(List.of(Messages.format("demo.organization.migration"),
				Messages.format("demo.organization.prosecution")));
		commission.setCoordinated(coordinated);
		commission.setLastJointActivityDate(lastActivity);
		if (lastActivity != null) {
			commission.setLastJointActivity(Messages.format("demo.activity"));
			commission.setEvidenceReference(Messages.format("demo.evidence", country));
		}
		commission.setProvenance(Messages.format("demo.marker"));
		return commission;
	}
}
