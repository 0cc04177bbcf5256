package org.crm.enlace.jtf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.jtf.internal.Messages;
import org.crm.enlace.jtf.model.ActionItem;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingFormat;
import org.crm.enlace.jtf.model.MeetingStatus;
import org.crm.enlace.jtf.model.Participant;

/**
 * Checks a meeting before it is stored. Every problem is listed, none is thrown. Messages name the field and the
 * position ("participant 2", "action item 3"), never a participant's name or any other value entered.
 * <ul>
 * <li>the meeting: its kind, a date (not after today once held), the country as ISO 3166-1 alpha-3, a place when
 * met in person or hybrid;
 * <li>each agenda item a topic, each decision a text, each participant a name (never quoted back) and an organization and, when given, a known
 * country (ISO 3166-1 alpha-3 or an international organization's own code);
 * <li>each action item a description, an owner organization and a due date not before the meeting.
 * </ul>
 */
public final class MeetingValidator {

	private MeetingValidator() {
	}

	/** @param today the day it is where the user stands: a meeting after it cannot have been held */
	public static List<Problem> validate(Meeting meeting, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (!meeting.isSetKind()) {
			problems.add(problem("kind", "validation.meeting.kind"));
		}
		if (meeting.getDate() == null) {
			problems.add(problem("date", "validation.meeting.date"));
		} else if (meeting.getStatus() == MeetingStatus.HELD && meeting.getDate().isAfter(today)) {
			problems.add(problem("date", "validation.meeting.heldInFuture"));
		}
		if (!IsoCountries.isKnown(meeting.getCountry())) {
			problems.add(problem("country", "validation.meeting.country"));
		}
		if (meeting.getFormat() != MeetingFormat.VIRTUAL && Text.blank(meeting.getPlace())) {
			problems.add(problem("place", "validation.meeting.place"));
		}
		for (int i = 0; i < meeting.getAgenda().size(); i++) {
			if (Text.blank(meeting.getAgenda().get(i).getTitle())) {
				problems.add(numbered("agenda", "validation.agenda.title", i));
			}
		}
		for (int i = 0; i < meeting.getParticipants().size(); i++) {
			participant(meeting.getParticipants().get(i), i, problems);
		}
		for (int i = 0; i < meeting.getDecisions().size(); i++) {
			if (Text.blank(meeting.getDecisions().get(i).getText())) {
				problems.add(numbered("decisions", "validation.decision.text", i));
			}
		}
		for (int i = 0; i < meeting.getActionItems().size(); i++) {
			actionItem(meeting, meeting.getActionItems().get(i), i, problems);
		}
		return problems;
	}

	private static void participant(Participant participant, int index, List<Problem> problems) {
		// A participant is a person: one added in the editor and left without a name is a row to fill or remove.
		if (Text.blank(participant.getName())) {
			problems.add(numbered("participants", "validation.participant.name", index));
		}
		if (Text.blank(participant.getOrganization())) {
			problems.add(numbered("participants", "validation.participant.organization", index));
		}
		String country = participant.getCountry();
		if (!Text.blank(country) && !IsoCountries.isKnown(country) && !Owners.isOwnerCode(country)) {
			problems.add(numbered("participants", "validation.participant.country", index));
		}
	}

	private static void actionItem(Meeting meeting, ActionItem item, int index, List<Problem> problems) {
		if (Text.blank(item.getDescription())) {
			problems.add(numbered("actionItems", "validation.action.description", index));
		}
		if (Text.blank(item.getOwnerOrganization())) {
			problems.add(numbered("actionItems", "validation.action.owner", index));
		}
		if (item.getDueDate() == null) {
			problems.add(numbered("actionItems", "validation.action.due", index));
		} else if (meeting.getDate() != null && item.getDueDate().isBefore(meeting.getDate())) {
			problems.add(numbered("actionItems", "validation.action.dueBeforeMeeting", index));
		}
	}

	private static Problem problem(String field, String key) {
		return new Problem(field, Messages.format(key));
	}

	private static Problem numbered(String field, String key, int index) {
		return new Problem(field, Messages.format(key, index + 1));
	}
}
