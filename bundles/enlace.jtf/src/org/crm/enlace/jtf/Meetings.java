package org.crm.enlace.jtf;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.jtf.model.ActionItem;
import org.crm.enlace.jtf.model.ActionStatus;
import org.crm.enlace.jtf.model.JtfFactory;
import org.crm.enlace.jtf.model.JtfPackage;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.MeetingStatus;
import org.crm.enlace.jtf.model.Participant;
import org.crm.enlace.jtf.model.ParticipantRole;
import org.crm.enlace.model.Tlp;

/** Creating meetings and their parts with the area's default marking, and reading them back in date order. */
public final class Meetings {

	private static final JtfFactory FACTORY = JtfFactory.eINSTANCE;

	/** Date first, then id: a stable order for lists and reports (undated meetings last). */
	public static final Comparator<Meeting> BY_DATE = Comparator
			.comparing(Meeting::getDate, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Meeting::getId, Comparator.nullsLast(Comparator.naturalOrder()));

	private Meetings() {
	}

	/**
	 * A planned meeting kept by {@code owner}, marked TLP AMBER (its participants' names are personal data) and
	 * released to the member countries and the Secretariat, who all take part in the coordination.
	 */
	public static Meeting newMeeting(String owner, MeetingKind kind, LocalDate date) {
		Meeting meeting = FACTORY.createMeeting();
		Markings.sharedWithMembers(meeting, owner, Tlp.AMBER);
		meeting.setKind(kind);
		meeting.setDate(date);
		meeting.setStatus(MeetingStatus.PLANNED);
		return meeting;
	}

	public static Participant addParticipant(Meeting meeting, String name, String organization, String country,
			ParticipantRole role) {
		Participant participant = FACTORY.createParticipant();
		participant.setName(name);
		participant.setOrganization(organization);
		participant.setCountry(country);
		participant.setRole(role);
		meeting.getParticipants().add(participant);
		return participant;
	}

	/** An open action item, added last. */
	public static ActionItem addActionItem(Meeting meeting, String ownerOrganization, String description,
			LocalDate due) {
		ActionItem item = FACTORY.createActionItem();
		item.setOwnerOrganization(ownerOrganization);
		item.setDescription(description);
		item.setDueDate(due);
		item.setStatus(ActionStatus.OPEN);
		meeting.getActionItems().add(item);
		return item;
	}

	/** Every meeting the user may see, by date. */
	public static List<Meeting> all(RecordRepository records) {
		return records.findAll(JtfPackage.Literals.MEETING, Meeting.class).stream().sorted(BY_DATE).toList();
	}
}
