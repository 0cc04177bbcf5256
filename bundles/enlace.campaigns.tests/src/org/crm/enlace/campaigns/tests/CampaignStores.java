package org.crm.enlace.campaigns.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.campaigns.model.AgeGroup;
import org.crm.enlace.campaigns.model.Exploitation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.Breakdown;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.Sex;

/** Real Derby stores in temporary folders for (fictitious) users, and crafted statistics. */
final class CampaignStores {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	static final CurrentUser HONDURAS = new CurrentUser("hnd.ficticia", "HND", Role.LIAISON_OFFICER);

	/** A victim of trafficking: woman, 18 to 29, sexual exploitation. */
	static final Breakdown WOMEN = new Breakdown(Population.TRAFFICKING_VICTIM, Sex.F, AgeGroup.AGE_18_29,
			Exploitation.SEXUAL, "GTM");
	/** A victim of trafficking: man, 30 to 49, labour exploitation, Honduran. */
	static final Breakdown MEN = new Breakdown(Population.TRAFFICKING_VICTIM, Sex.M, AgeGroup.AGE_30_49,
			Exploitation.LABOUR, "HND");
	/** A smuggled migrant in a situation of vulnerability, Venezuelan. */
	static final Breakdown MIGRANTS = new Breakdown(Population.VULNERABLE_SMUGGLED_MIGRANT, Sex.M,
			AgeGroup.AGE_18_29, Exploitation.NOT_APPLICABLE, "VEN");

	private CampaignStores() {
	}

	static RecordStore open(Path data, CurrentUser user) {
		return open(data, user, DemoLoading.NEVER, List.of());
	}

	static RecordStore open(Path data, CurrentUser user, DemoLoading demo, List<DemoDataContributor> contributors) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, demo, List.of(), List.of(), contributors).store();
	}

	/** Statistics of {@code country} from {@code start} to {@code end} with women and men victims split as given. */
	static VictimStatistics statistics(String country, String start, String end, int women, int men) {
		VictimStatistics s = VictimStatisticsRecords.newStatistics(country, LocalDate.parse(start),
				LocalDate.parse(end));
		VictimStatisticsRecords.addCell(s, WOMEN, women);
		VictimStatisticsRecords.addCell(s, MEN, men);
		return s;
	}
}
