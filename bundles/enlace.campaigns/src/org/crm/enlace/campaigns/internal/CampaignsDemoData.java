package org.crm.enlace.campaigns.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.campaigns.Campaigns;
import org.crm.enlace.campaigns.model.AgeGroup;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.Channel;
import org.crm.enlace.campaigns.model.Exploitation;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.ProjectStatus;
import org.crm.enlace.campaigns.model.SponsorOrigin;
import org.crm.enlace.campaigns.model.SponsorshipKind;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.Breakdown;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Sex;
import org.osgi.service.component.annotations.Component;

/**
 * FICTITIOUS demo data: a regional project drafted by IOM, the adaptations of Guatemala, Honduras and El Salvador
 * with events and sponsors, a demo poster attached to Guatemala's, and semester statistics of the three countries
 * from three years before today's year, falling once the campaigns start. Every text says it is fictitious.
 */
@Component(service = DemoDataContributor.class)
public final class CampaignsDemoData implements DemoDataContributor {

	private static final String ADAPTATION = "demo-campaign-adaptation";
	private static final List<String> COUNTRIES = List.of("GTM", "HND", "SLV");

	@Override
	public int order() {
		return 70;
	}

	@Override
	public List<Record> demoRecords(Clock clock) {
		int year = clock.today().getYear();
		LocalDate campaignStart = LocalDate.of(year - 1, 1, 1);
		CampaignProject project = Campaigns.newProject(Messages.get("demo.project"), "2.0",
				LocalDate.of(year - 2, 11, 15));
		project.setId(ReferenceData.stableId("demo-campaign-project", "regional"));
		project.setStatus(ProjectStatus.APPROVED);
		project.setSummary(Messages.get("demo.note"));
		project.setStartDate(campaignStart);
		project.setEndDate(LocalDate.of(year, 12, 31));
		demo(project);
		List<Record> records = new ArrayList<>(List.of(project));
		List<LocalDate> starts = List.of(campaignStart, campaignStart.plusMonths(1), campaignStart.plusMonths(6));
		records.add(adaptation(project, "GTM", List.of("es", "quc"), starts.get(0)));
		records.add(adaptation(project, "HND", List.of("es", "cab"), starts.get(1)));
		records.add(adaptation(project, "SLV", List.of("es"), starts.get(2)));
		for (int c = 0; c < COUNTRIES.size(); c++) {
			for (LocalDate start = LocalDate.of(year - 3, 1, 1); !start.plusMonths(6).isAfter(clock.today()); start = start
					.plusMonths(6)) {
				records.add(statistics(COUNTRIES.get(c), start, start.isBefore(starts.get(c))));
			}
		}
		return records;
	}

	/* A demo poster, so the adaptation shows what materials look like. */
	@Override
	public void afterStored(RecordRepository repository, Clock clock) {
		String id = ReferenceData.stableId(ADAPTATION, "GTM");
		if (repository.findById(id).isPresent() && repository.attachments(id).isEmpty()) {
			String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"120\">"
					+ "<rect width=\"300\" height=\"120\" fill=\"#ffd\"/><text x=\"10\" y=\"60\">"
					+ Messages.get("demo.poster") + "</text></svg>";
			repository.attach(id, "afiche-demo.svg", "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static NationalAdaptation adaptation(CampaignProject project, String country, List<String> languages,
			LocalDate start) {
		NationalAdaptation adaptation = Campaigns.newAdaptation(project, country);
		adaptation.setId(ReferenceData.stableId(ADAPTATION, country));
		adaptation.setTitle(Messages.format("demo.adaptation", country));
		adaptation.getLanguages().addAll(languages);
		adaptation.getChannels().addAll(List.of(Channel.RADIO, Channel.SOCIAL_MEDIA, Channel.POSTERS));
		adaptation.setStartDate(start);
		adaptation.setNotes(Messages.get("demo.note"));
		Campaigns.addEvent(adaptation, start.plusDays(10), Messages.get("demo.place"), Channel.RADIO, 25_000);
		Campaigns.addEvent(adaptation, start.plusDays(40), Messages.get("demo.place"), Channel.COMMUNITY_EVENTS, 400);
		Campaigns.addSponsorship(adaptation, Messages.get("demo.sponsor.internal"), SponsorOrigin.INTERNAL,
				SponsorshipKind.IN_KIND, null, null).setDescription(Messages.get("demo.sponsor.inKind"));
		Campaigns.addSponsorship(adaptation, Messages.get("demo.sponsor.external"), SponsorOrigin.EXTERNAL,
				SponsorshipKind.CASH, new BigDecimal("5000.00"), "USD");
		demo(adaptation);
		return adaptation;
	}

	/* Counts of a fictitious semester: some cells under 11, so the publication export has something to suppress. */
	private static VictimStatistics statistics(String country, LocalDate start, boolean beforeCampaign) {
		VictimStatistics s = VictimStatisticsRecords.newStatistics(country, start, start.plusMonths(6).minusDays(1));
		s.setId(ReferenceData.stableId("demo-victim-statistics", country + start));
		s.setSource(Messages.get("demo.note"));
		demo(s);
		int base = beforeCampaign ? 12 : 8;
		int wobble = Math.floorMod((country + start).hashCode(), 5);
		cell(s, Population.TRAFFICKING_VICTIM, Sex.F, AgeGroup.AGE_18_29, Exploitation.SEXUAL, country, 4 * base + wobble);
		cell(s, Population.TRAFFICKING_VICTIM, Sex.F, AgeGroup.AGE_12_17, Exploitation.SEXUAL, country, base + wobble);
		cell(s, Population.TRAFFICKING_VICTIM, Sex.M, AgeGroup.AGE_30_49, Exploitation.LABOUR, country, 2 * base + wobble);
		cell(s, Population.TRAFFICKING_VICTIM, Sex.F, AgeGroup.AGE_UNDER_12, Exploitation.FORCED_BEGGING, country, wobble);
		cell(s, Population.VULNERABLE_SMUGGLED_MIGRANT, Sex.M, AgeGroup.AGE_18_29, Exploitation.NOT_APPLICABLE, "VEN",
				6 * base + wobble);
		cell(s, Population.VULNERABLE_SMUGGLED_MIGRANT, Sex.F, AgeGroup.AGE_12_17, Exploitation.NOT_APPLICABLE, "HTI",
				base - 2);
		return s;
	}

	private static void cell(VictimStatistics s, Population population, Sex sex, AgeGroup age,
			Exploitation exploitation, String nationality, int count) {
		VictimStatisticsRecords.addCell(s, new Breakdown(population, sex, age, exploitation, nationality), count);
	}

	private static void demo(Record record) {
		record.setProvenance(Messages.get("demo.note"));
	}
}
