package org.crm.enlace.intel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.geo.Place;
import org.crm.enlace.intel.PlaceLookup;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.IntelFactory;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A border crossing a Guatemalan user adds is stored, and found by others before the gazetteer's places. */
class PlaceLookupTest {

	@TempDir
	Path data;

	@Test
	void aCrossingAUserAddsIsFoundFirstAccentsAndCaseIgnored() {
		try (RecordStore guatemala = IntelStores.open(data, IntelStores.GUATEMALA)) {
			BorderCrossing crossing = IntelFactory.eINSTANCE.createBorderCrossing();
			crossing.setName("Paso fronterizo ficticio Tecún Sur");
			crossing.setCountry("GTM");
			crossing.setLatitude(14.6701);
			crossing.setLongitude(-92.1402);
			crossing.setReleasability(Releasability.ALL_MEMBERS);
			crossing.setTlp(Tlp.GREEN);
			guatemala.save(crossing);
		}
		try (RecordStore mexico = IntelStores.open(data, IntelStores.MEXICO)) {
			List<Place> found = PlaceLookup.of(mexico).find("PASO FRONTERIZO FICTICIO TECUN", 5);
			assertEquals(1, found.size(), found.toString());
			Place place = found.getFirst();
			assertEquals(PlaceLookup.BORDER_CROSSING, place.featureCode());
			assertEquals("GTM", place.country());
			assertEquals(-92.1402, place.longitude());

			List<Place> tecun = PlaceLookup.of(mexico).find("Tec", 10);
			assertTrue(tecun.size() > 1 && tecun.size() <= 10, tecun.toString());
			assertTrue(tecun.stream().anyMatch(p -> p.name().startsWith("Tec")), tecun.toString());
			assertTrue(tecun.stream().noneMatch(p -> p.featureCode().equals(PlaceLookup.BORDER_CROSSING)),
					"the crossing's name does not start with Tec");
		}
	}
}
