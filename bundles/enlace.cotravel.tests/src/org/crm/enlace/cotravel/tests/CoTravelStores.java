package org.crm.enlace.cotravel.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.internal.IndicatorSeeding;
import org.crm.enlace.cotravel.model.AdultRole;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.Direction;
import org.crm.enlace.cotravel.model.Outcome;
import org.crm.enlace.cotravel.model.TravelMode;
import org.crm.enlace.cotravel.model.TravellingAdult;
import org.crm.enlace.cotravel.model.TravellingChild;
import org.crm.enlace.model.Sex;

/** Real Derby stores in temporary folders seeded with the indicators, for (fictitious) users; fictitious alerts. */
final class CoTravelStores {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final LocalDate TODAY = CLOCK.today();
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	static final CurrentUser MEXICO = new CurrentUser("mex.ficticia", "MEX", Role.LIAISON_OFFICER);
	static final CurrentUser HONDURAS = new CurrentUser("hnd.ficticio", "HND", Role.LIAISON_OFFICER);
	static final CurrentUser COSTA_RICA = new CurrentUser("cri.ficticia", "CRI", Role.ANALYST);

	private CoTravelStores() {
	}

	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, DemoLoading.NEVER,
				List.of(new IndicatorSeeding()), List.of(), List.of()).store();
	}

	/**
	 * A valid alert of Guatemala at the airport: a Guatemalan adult with a Honduran child of 9 and a Mexican child
	 * whose age was entered, exit by air. Every name is fictitious.
	 */
	static CoTravelAlert airportAlert() {
		CoTravelAlert alert = CoTravelAlerts.newAlert("GTM", LocalDate.parse("2026-11-20"));
		alert.setTime("06:40");
		alert.setAirportCode("GUA");
		alert.setPlaceName("Aeropuerto de prueba");
		alert.setDirection(Direction.EXIT);
		alert.setMode(TravelMode.AIR);
		alert.setCarrier("Aerolínea Ficticia");
		alert.setFlightOrRoute("FX 123");
		TravellingAdult adult = CoTravelAlerts.addAdult(alert, AdultRole.ACCOMPANYING_ADULT);
		adult.setPerson(
				CoTravelAlerts.person("Adulta Prueba", "Ficticia", "Uno", "1990-04-02", Sex.F, "GTM", "FX0000001"));
		TravellingChild first = CoTravelAlerts.addChild(alert);
		first.setPerson(
				CoTravelAlerts.person("Niña Prueba", "Ficticia", "Dos", "2017-03-10", Sex.F, "HND", "FX0000002"));
		TravellingChild second = CoTravelAlerts.addChild(alert);
		second.setPerson(CoTravelAlerts.person("Niño Prueba", "Ficticio", "Tres", "2015", Sex.M, "MEX", "FX0000003"));
		second.setAgeAtTime(11);
		CoTravelAlerts.computeAges(alert);
		alert.setOutcome(Outcome.UNDER_FOLLOW_UP);
		return alert;
	}
}
