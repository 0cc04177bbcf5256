package org.crm.enlace.intel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.geo.Place;
import org.crm.enlace.intel.CrossingValidator;
import org.crm.enlace.intel.Crossings;
import org.crm.enlace.intel.PlaceLookup;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.CrossingKind;
import org.crm.enlace.intel.model.CrossingStatus;
import org.crm.enlace.intel.model.IntelPackage.Literals;
import org.crm.enlace.model.Releasability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A border crossing a Guatemalan liaison officer adds, through a real Derby store: every field comes back to other
 * members' users, the index finds it by the country it joins, the place lookup offers it, and only Guatemala may
 * change it.
 */
class CrossingRoundTripTest {

	@TempDir
	Path data;

	@Test
	void everyFieldComesBackAndOnlyTheOwnerMayChangeIt() {
		String id;
		try (RecordStore guatemala = IntelStores.openWithDemo(data, IntelStores.GUATEMALA)) {
			BorderCrossing crossing = Crossings.newCrossing("GTM", 14.6767, -92.1484);
			crossing.setName("Balsas ficticias del Suchiate");
			crossing.setOtherCountry("MEX");
			crossing.setKind(CrossingKind.RIVER);
			crossing.setStatus(CrossingStatus.IRREGULAR);
			crossing.setNote("Cruce en balsas de neumáticos a la vista del puente (ficticio).");
			assertEquals(List.of(), CrossingValidator.validate(crossing));
			id = guatemala.save(crossing).getId();
		}
		try (RecordStore mexico = IntelStores.open(data, IntelStores.MEXICO)) {
			BorderCrossing stored = (BorderCrossing) mexico.findById(id).orElseThrow();
			assertEquals(List.of("Balsas ficticias del Suchiate", "GTM", "MEX", CrossingKind.RIVER,
					CrossingStatus.IRREGULAR, 14.6767, -92.1484,
					"Cruce en balsas de neumáticos a la vista del puente (ficticio).", "GTM",
					Releasability.ALL_MEMBERS, 1),
					List.of(stored.getName(), stored.getCountry(), stored.getOtherCountry(), stored.getKind(),
							stored.getStatus(), stored.getLatitude(), stored.getLongitude(), stored.getNote(),
							stored.getOwnerCountry(), stored.getReleasability(), stored.getVersion()));

			List<BorderCrossing> joiningMexico = mexico.find(
					RecordQuery.of(Literals.BORDER_CROSSING).where(Literals.BORDER_CROSSING__OTHER_COUNTRY, "MEX"),
					BorderCrossing.class);
			assertEquals(List.of("Balsas ficticias del Suchiate", "El Carmen – Talismán (puente fronterizo)"),
					joiningMexico.stream().map(BorderCrossing::getName).sorted().toList(),
					"the user's crossing and the demo's");
			assertEquals(joiningMexico.size(), Crossings.visible(mexico).size());

			List<Place> offered = PlaceLookup.of(mexico).find("balsas fict", 5);
			assertEquals(List.of(PlaceLookup.BORDER_CROSSING), offered.stream().map(Place::featureCode).toList());

			stored.setNote("Cambio que México no puede hacer.");
			assertThrows(StoreException.class, () -> mexico.save(stored));
		}
	}
}
