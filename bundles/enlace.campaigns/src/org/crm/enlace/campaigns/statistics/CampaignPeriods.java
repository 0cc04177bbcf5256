package org.crm.enlace.campaigns.statistics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.NationalAdaptation;

/**
 * When campaigns ran: a country's are the periods of its national adaptations, the region's those of the regional
 * projects. A period without an end runs until the day asked about; one without a start is left out.
 */
public final class CampaignPeriods {

	private static final Comparator<DateRange> ORDER = Comparator.comparing(DateRange::start);

	private CampaignPeriods() {
	}

	public static List<DateRange> ofCountry(String country, List<NationalAdaptation> adaptations, LocalDate asOf) {
		return adaptations.stream().filter(a -> country.equals(a.getCountry()))
				.map(a -> range(a.getStartDate(), a.getEndDate(), asOf)).flatMap(Optional::stream).sorted(ORDER)
				.toList();
	}

	public static List<DateRange> ofRegion(List<CampaignProject> projects, LocalDate asOf) {
		return projects.stream().map(p -> range(p.getStartDate(), p.getEndDate(), asOf)).flatMap(Optional::stream)
				.sorted(ORDER).toList();
	}

	/**
	 * The day campaigns started in {@code country}: its first adaptation's start, or, when it has none, the first
	 * regional project's.
	 */
	public static Optional<LocalDate> start(String country, List<NationalAdaptation> adaptations,
			List<CampaignProject> projects, LocalDate asOf) {
		List<DateRange> own = ofCountry(country, adaptations, asOf);
		List<DateRange> periods = own.isEmpty() ? ofRegion(projects, asOf) : own;
		return periods.stream().map(DateRange::start).findFirst();
	}

	private static Optional<DateRange> range(LocalDate start, LocalDate end, LocalDate asOf) {
		if (start == null || start.isAfter(asOf)) {
			return Optional.empty();
		}
		return Optional.of(new DateRange(start, end == null || end.isAfter(asOf) ? asOf : end));
	}
}
