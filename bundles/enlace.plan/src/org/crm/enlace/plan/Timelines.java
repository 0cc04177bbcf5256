package org.crm.enlace.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.crm.enlace.plan.model.Timeline;
import org.crm.enlace.plan.model.TimelineAnchor;

/** When a timeline falls due: its own date, or its anchor's date plus its months once the anchor is known. */
public final class Timelines {

	private Timelines() {
	}

	/**
	 * @param anchors the date of each anchor when it is known (the plan's approval, the private space's approval as
	 *                the compliance board records it)
	 */
	public static Optional<LocalDate> deadline(Timeline timeline,
			Function<TimelineAnchor, Optional<LocalDate>> anchors) {
		if (timeline.getDeadline() != null) {
			return Optional.of(timeline.getDeadline());
		}
		if (timeline.getAnchor() == null || timeline.getAnchor() == TimelineAnchor.NONE
				|| timeline.getMonthsAfter() == null) {
			return Optional.empty();
		}
		return anchors.apply(timeline.getAnchor()).map(day -> day.plusMonths(timeline.getMonthsAfter()));
	}
}
