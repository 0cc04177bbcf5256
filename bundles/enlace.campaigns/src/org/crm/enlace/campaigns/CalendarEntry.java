package org.crm.enlace.campaigns;

import java.time.LocalDate;
import java.util.Optional;

import org.crm.enlace.campaigns.model.Channel;

/**
 * One line of the campaign calendar.
 *
 * @param country the adaptation's country; empty for the regional project
 * @param end     the last day; the same as {@code start} for an event, empty while a period has no end
 * @param channel an event's channel; null for a period
 * @param title   the project's or the adaptation's title, or the event's place
 */
public record CalendarEntry(Kind kind, LocalDate start, Optional<LocalDate> end, String country,
		Channel channel, String title, String recordId) {

	public enum Kind {
		PROJECT, ADAPTATION, EVENT
	}
}
