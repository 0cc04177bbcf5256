package org.crm.enlace.training;

import java.time.LocalDate;
import java.util.Objects;

import org.crm.enlace.training.model.TrainingProgramme;

/**
 * The period in which officials trained count towards the indicator: from the programme's approval day, for its
 * number of calendar months (six in the work plan). The last day is the day before the same day of the month
 * {@code months} later: approved on 2026-03-15, six months run to 2026-09-14.
 *
 * @param start  the approval day, the first day that counts
 * @param months the length in calendar months
 */
public record TrainingWindow(LocalDate start, int months) {

	public TrainingWindow {
		Objects.requireNonNull(start, "start");
		if (months < 1) {
			throw new IllegalArgumentException("months < 1");
		}
	}

	public static TrainingWindow of(TrainingProgramme programme) {
		return new TrainingWindow(programme.getApprovedOn(), programme.getWindowMonths());
	}

	/** The last day that counts. */
	public LocalDate end() {
		return start.plusMonths(months).minusDays(1);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(start) && !day.isAfter(end());
	}
}
