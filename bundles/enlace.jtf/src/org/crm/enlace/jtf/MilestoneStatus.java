package org.crm.enlace.jtf;

import java.util.Optional;

import org.crm.enlace.jtf.model.Meeting;

/**
 * Where a milestone stands on a day, with the meetings that decide it.
 *
 * @param reference the meeting before whose date the milestone must be met (the GRCM meeting in Panama), when one
 *                  is recorded
 * @param metBy     the first held meeting that meets it
 */
public record MilestoneStatus(State state, Optional<Meeting> reference, Optional<Meeting> metBy) {

	public enum State {
		/** A meeting of the required kind was held before the reference meeting's date. */
		MET,
		/** Not met yet, and still possible: the reference meeting is not recorded yet or has not taken place. */
		PENDING,
		/** The reference meeting's date has come without a meeting of the required kind held before it. */
		MISSED
	}
}
