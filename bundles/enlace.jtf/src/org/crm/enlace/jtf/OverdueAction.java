package org.crm.enlace.jtf;

import java.time.LocalDate;

import org.crm.enlace.jtf.model.ActionStatus;
import org.crm.enlace.jtf.model.MeetingKind;

/**
 * An action item still open or in progress after its due date: a reminder for its owner organization.
 *
 * @param meetingId   the id of the meeting that agreed it
 * @param position    its place among the meeting's action items, from 1
 * @param daysOverdue days from the due date to the day the list was made
 */
public record OverdueAction(String meetingId, MeetingKind meetingKind, LocalDate meetingDate, int position,
		String ownerOrganization, String description, LocalDate dueDate, ActionStatus status, long daysOverdue) {
}
