package org.crm.enlace.jtf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.jtf.internal.Messages;
import org.crm.enlace.jtf.model.JtfFactory;
import org.crm.enlace.jtf.model.JtfPackage;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.MeetingStatus;
import org.crm.enlace.jtf.model.Milestone;
import org.crm.enlace.jtf.MilestoneStatus.State;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/**
 * The plan's milestones and their status, computed from the meetings and never entered.
 * <p>
 * The reference meeting is the earliest meeting of the milestone's {@code beforeKind} in its {@code beforeCountry}
 * that is not cancelled. The milestone is met by a meeting of its {@code meetingKind} marked held, dated on or
 * before the day asked about and strictly before the reference meeting's date (the same day does not count: the
 * Task Force's conclusions must reach the GRCM). Without a reference meeting it is pending; once the reference
 * meeting's date has come without such a meeting, it is missed.
 */
public final class Milestones {

	/** The timeline of activity 1.3.1: the network meets the Joint Task Force before the GRCM meeting in Panama. */
	public static final String JTF_BEFORE_GRCM_PANAMA = "jtf-before-grcm-panama";

	private Milestones() {
	}

	/** The plan's milestone, owned by the Secretariat and seen by the whole network: every store gets it once. */
	public static Milestone jtfBeforeGrcmPanama() {
		Milestone milestone = JtfFactory.eINSTANCE.createMilestone();
		milestone.setId(ReferenceData.stableId("jtf-milestone", JTF_BEFORE_GRCM_PANAMA));
		milestone.setOwnerCountry(Owners.SECRETARIAT);
		milestone.setCode(JTF_BEFORE_GRCM_PANAMA);
		milestone.setTitle(Messages.format("milestone.jtfBeforeGrcmPanama"));
		milestone.setMeetingKind(MeetingKind.JOINT_TASK_FORCE);
		milestone.setBeforeKind(MeetingKind.GRCM);
		milestone.setBeforeCountry("PAN");
		milestone.setTlp(Tlp.CLEAR);
		milestone.setReleasability(Releasability.NETWORK);
		milestone.setProvenanceKind(ProvenanceKind.DOCUMENT);
		milestone.setProvenance(Messages.format("milestone.provenance"));
		return milestone;
	}

	/** Every milestone the user may see. */
	public static List<Milestone> all(RecordRepository records) {
		return records.findAll(JtfPackage.Literals.MILESTONE, Milestone.class);
	}

	public static MilestoneStatus status(Milestone milestone, RecordRepository records, LocalDate day) {
		return status(milestone, Meetings.all(records), day);
	}

	public static MilestoneStatus status(Milestone milestone, List<Meeting> meetings, LocalDate day) {
		Optional<Meeting> reference = meetings.stream()
				.filter(m -> m.getKind() == milestone.getBeforeKind() && m.isSetKind())
				.filter(m -> milestone.getBeforeCountry() != null && milestone.getBeforeCountry().equals(m.getCountry()))
				.filter(m -> m.getStatus() != MeetingStatus.CANCELLED && m.getDate() != null)
				.min(Meetings.BY_DATE);
		LocalDate limit = reference.map(Meeting::getDate).orElse(null);
		Optional<Meeting> metBy = meetings.stream()
				.filter(m -> m.isSetKind() && m.getKind() == milestone.getMeetingKind())
				.filter(m -> m.getStatus() == MeetingStatus.HELD && m.getDate() != null && !m.getDate().isAfter(day))
				.filter(m -> limit == null || m.getDate().isBefore(limit))
				.min(Meetings.BY_DATE);
		State state;
		if (reference.isPresent() && metBy.isPresent()) {
			state = State.MET;
		} else if (limit != null && !limit.isAfter(day)) {
			state = State.MISSED;
		} else {
			state = State.PENDING;
		}
		return new MilestoneStatus(state, reference, state == State.MET ? metBy : Optional.empty());
	}
}
