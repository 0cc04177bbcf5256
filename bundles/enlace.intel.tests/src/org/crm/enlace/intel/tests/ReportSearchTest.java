package org.crm.enlace.intel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.geo.Place;
import org.crm.enlace.intel.PlaceLookup;
import org.crm.enlace.intel.ReportFilter;
import org.crm.enlace.intel.ReportSearch;
import org.crm.enlace.intel.ReportSearch.Result;
import org.crm.enlace.intel.model.Modality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facets and full text over the fictitious demo reports, in a real store, as users of different members: each sees
 * only what the reports' releasability gives it. Reports are named by the country that owns them.
 */
class ReportSearchTest {

	@TempDir
	Path data;

	@BeforeEach
	void loadDemo() {
		IntelStores.openWithDemo(data, IntelStores.SECRETARIAT).close();
	}

	@Test
	void eachMemberSeesTheReportsReleasedToIt() {
		assertEquals(Set.of("PAN", "GTM", "MEX", "USA"), owners(IntelStores.USA, ReportFilter.NONE));
		assertEquals(Set.of("PAN", "GTM", "USA"), owners(IntelStores.PANAMA, ReportFilter.NONE),
				"Mexico's report is listed to USA, GTM, HND and NIC only");
		assertEquals(Set.of("PAN", "GTM", "USA", "CRI"), owners(IntelStores.COSTA_RICA, ReportFilter.NONE),
				"Costa Rica's own report is for its owner only");
	}

	@Test
	void theDemoCrossingGuatemalaAddedIsFoundByOthers() {
		try (RecordStore store = IntelStores.open(data, IntelStores.PANAMA)) {
			List<Place> found = PlaceLookup.of(store).find("el carmen – talisman", 3);
			assertEquals("GTM", found.getFirst().country(), found.toString());
			assertEquals(PlaceLookup.BORDER_CROSSING, found.getFirst().featureCode());
		}
	}

	@Test
	void facetsNarrowAndCountWhatMatches() {
		try (RecordStore store = IntelStores.open(data, IntelStores.USA)) {
			Result all = ReportSearch.run(store, ReportFilter.NONE);
			assertEquals(Map.of("LAND", 2L, "COMBINED", 1L, "AIR", 1L), all.modalities());
			assertEquals(3L, all.countries().get("MEX"));
			assertEquals(2L, all.countries().get("ECU"));
			assertEquals(2L, all.terms().get("guides"));
			assertEquals(2L, all.places().get("Tecún Umán"));
			assertEquals(2L, all.places().get("Ciudad de México"));

			Result guatemala = ReportSearch.run(store, ReportFilter.NONE.withCountry("GTM"));
			assertEquals(Set.of("GTM", "MEX"), ownersOf(guatemala));
			assertEquals(Map.of("LAND", 1L, "COMBINED", 1L), guatemala.modalities());

			assertEquals(Set.of("PAN", "GTM"), ownersOf(ReportSearch.run(store, ReportFilter.NONE.withModality(Modality.LAND))));
			assertEquals(Set.of("PAN", "GTM"), ownersOf(ReportSearch.run(store, ReportFilter.NONE.withTerm("guides"))));
			assertEquals(Set.of("GTM", "MEX"), ownersOf(ReportSearch.run(store, ReportFilter.NONE.withPlace("TECUN UMAN"))),
					"places match without case or accents");
			assertEquals(Set.of("GTM"), ownersOf(ReportSearch.run(store,
					ReportFilter.NONE.withPlace("tecún umán").withModality(Modality.LAND))));
		}
	}

	@Test
	void thePeriodMatchesReportsWhoseObservedPeriodOverlapsIt() {
		LocalDate today = IntelStores.CLOCK.today();
		try (RecordStore store = IntelStores.open(data, IntelStores.USA)) {
			assertEquals(Set.of("MEX"), ownersOf(ReportSearch.run(store,
					ReportFilter.NONE.withPeriod(today.minusDays(365), today.minusDays(150)))));
			assertEquals(Set.of("GTM", "USA"), ownersOf(ReportSearch.run(store,
					ReportFilter.NONE.withPeriod(today.minusDays(20), null))));
			assertEquals(Set.of(), ownersOf(ReportSearch.run(store,
					ReportFilter.NONE.withPeriod(today.minusDays(4), today))));
		}
	}

	@Test
	void fullTextCombinesWithTheFacets() {
		try (RecordStore store = IntelStores.open(data, IntelStores.USA)) {
			assertEquals(Set.of("MEX"), ownersOf(ReportSearch.run(store, ReportFilter.NONE.withText("haiti"))));
			assertEquals(Set.of("PAN", "GTM", "MEX", "USA"),
					ownersOf(ReportSearch.run(store, ReportFilter.NONE.withText("ficticio"))));
			Result combined = ReportSearch.run(store, ReportFilter.NONE.withText("ficticio").withCountry("ECU"));
			assertEquals(Set.of("PAN", "USA"), ownersOf(combined));
			assertEquals(Map.of("LAND", 1L, "AIR", 1L), combined.modalities());
		}
	}

	private Set<String> owners(CurrentUser user, ReportFilter filter) {
		try (RecordStore store = IntelStores.open(data, user)) {
			return ownersOf(ReportSearch.run(store, filter));
		}
	}

	private static Set<String> ownersOf(Result result) {
		List<String> owners = result.reports().stream().map(r -> r.getOwnerCountry()).toList();
		assertEquals(owners.size(), Set.copyOf(owners).size(), "one demo report per owner");
		return owners.stream().collect(Collectors.toSet());
	}
}
