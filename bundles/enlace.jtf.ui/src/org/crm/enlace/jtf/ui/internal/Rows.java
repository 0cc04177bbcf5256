package org.crm.enlace.jtf.ui.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.jtf.CoordinatedCommissions;
import org.crm.enlace.jtf.MilestoneStatus;
import org.crm.enlace.jtf.OverdueActions;
import org.crm.enlace.jtf.model.ActionItem;
import org.crm.enlace.jtf.model.AgendaItem;
import org.crm.enlace.jtf.model.Decision;
import org.crm.enlace.jtf.model.JtfPackage.Literals;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.Milestone;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.jtf.model.Participant;
import org.crm.enlace.records.RecordNames;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What the part's tables and labels say, as text and without SWT: the overdue state in words (never colour alone),
 * enumerations and column titles in the user's language from the model's labels. Participants appear by
 * organization and role, never by name.
 */
public final class Rows {

	private Rows() {
	}

	public static String title(EStructuralFeature feature) {
		return RecordNames.attribute(feature, Locale.getDefault());
	}

	public static String type(EClass type) {
		return RecordNames.type(type, Locale.getDefault());
	}

	public static String literal(EEnum type, Enumerator value) {
		return value == null ? "" : RecordNames.literal(type, value, Locale.getDefault());
	}

	public static String[] meeting(Meeting meeting) {
		return new String[] { literal(Literals.MEETING_KIND, meeting.getKind()), text(meeting.getDate()),
				literal(Literals.MEETING_STATUS, meeting.getStatus()),
				String.join(", ", text(meeting.getPlace()), text(meeting.getCountry())) };
	}

	/** Agenda, participants and decisions of a meeting, one line each under its heading. */
	public static String details(Meeting meeting) {
		List<String> lines = new ArrayList<>();
		lines.add(Messages.format("details.heading", text(meeting.getTitle()),
				literal(Literals.MEETING_FORMAT, meeting.getFormat())));
		lines.add(title(Literals.MEETING__AGENDA) + ":");
		for (AgendaItem item : meeting.getAgenda()) {
			lines.add(Messages.format("details.agendaItem", text(item.getTitle()), text(item.getPresenter())));
		}
		lines.add(title(Literals.MEETING__PARTICIPANTS) + ":");
		for (Participant participant : meeting.getParticipants()) {
			lines.add(Messages.format("details.participant", text(participant.getOrganization()),
					literal(Literals.PARTICIPANT_ROLE, participant.getRole()), text(participant.getCountry())));
		}
		lines.add(title(Literals.MEETING__DECISIONS) + ":");
		for (Decision decision : meeting.getDecisions()) {
			lines.add(Messages.format("details.decision", text(decision.getText())));
		}
		return String.join("\n", lines);
	}

	public static String[] action(ActionItem item, int position, LocalDate today) {
		return new String[] { String.valueOf(position), text(item.getDescription()),
				text(item.getOwnerOrganization()), text(item.getDueDate()),
				literal(Literals.ACTION_STATUS, item.getStatus()), timeliness(item, today) };
	}

	/** "Vencido hace 10 días" for an overdue item; nothing otherwise. */
	public static String timeliness(ActionItem item, LocalDate today) {
		return OverdueActions.isOverdue(item, today)
				? Messages.format("action.overdue", ChronoUnit.DAYS.between(item.getDueDate(), today))
				: "";
	}

	public static String milestone(Milestone milestone, MilestoneStatus status) {
		String reference = status.reference().map(m -> text(m.getDate())).orElse("");
		String metBy = status.metBy().map(m -> text(m.getDate())).orElse("");
		return Messages.format("milestone." + status.state().name().toLowerCase(Locale.ROOT), text(milestone.getTitle()),
				reference, metBy);
	}

	public static String[] commission(NationalCommission commission, LocalDate today) {
		String evidence = commission.getLastJointActivityDate() == null ? ""
				: Messages.format("commission.evidence", text(commission.getLastJointActivity()),
						text(commission.getEvidenceReference()));
		return new String[] { text(commission.getCountry()), text(commission.getName()),
				Messages.format(commission.isCoordinated() ? "answer.yes" : "answer.no"),
				text(commission.getLastJointActivityDate()),
				Messages.format(CoordinatedCommissions.counts(commission, today) ? "answer.yes" : "answer.no"),
				evidence };
	}

	public static String indicator(java.util.Optional<IndicatorValue> value, LocalDate today) {
		return value.map(v -> Messages.format("indicator.value", v.value().intValue(),
				v.target().map(t -> t.intValue()).orElse(CoordinatedCommissions.TARGET), text(today),
				CoordinatedCommissions.WINDOW_MONTHS)).orElseGet(() -> Messages.format("indicator.none"));
	}

	private static String text(Object value) {
		return Objects.toString(value, "");
	}
}
