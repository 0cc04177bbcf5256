package org.crm.enlace.campaigns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.campaigns.CalendarEntry.Kind;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.DisseminationEvent;
import org.crm.enlace.campaigns.model.NationalAdaptation;

/**
 * The campaign calendar, computed, never stored: the regional projects' and the national adaptations' periods and
 * every dissemination event, by start day (periods before events on the same day, then by country).
 */
public final class CampaignCalendar {

	private static final Comparator<CalendarEntry> ORDER = Comparator.comparing(CalendarEntry::start)
			.thenComparing(CalendarEntry::kind).thenComparing(CalendarEntry::country);

	private CampaignCalendar() {
	}

	public static List<CalendarEntry> of(List<CampaignProject> projects, List<NationalAdaptation> adaptations) {
		List<CalendarEntry> entries = new ArrayList<>();
		for (CampaignProject p : projects) {
			if (p.getStartDate() != null) {
				entries.add(new CalendarEntry(Kind.PROJECT, p.getStartDate(), Optional.ofNullable(p.getEndDate()), "",
						null, nonNull(p.getTitle()), p.getId()));
			}
		}
		for (NationalAdaptation a : adaptations) {
			if (a.getStartDate() != null) {
				entries.add(new CalendarEntry(Kind.ADAPTATION, a.getStartDate(), Optional.ofNullable(a.getEndDate()),
						a.getCountry(), null, nonNull(a.getTitle()), a.getId()));
			}
			for (DisseminationEvent e : a.getEvents()) {
				if (e.getDate() != null) {
					entries.add(new CalendarEntry(Kind.EVENT, e.getDate(), Optional.of(e.getDate()), a.getCountry(),
							e.getChannel(), nonNull(e.getPlace()), a.getId()));
				}
			}
		}
		entries.sort(ORDER);
		return entries;
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
