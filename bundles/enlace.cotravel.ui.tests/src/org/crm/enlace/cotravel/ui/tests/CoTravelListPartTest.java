package org.crm.enlace.cotravel.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.model.AdultRole;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.Outcome;
import org.crm.enlace.cotravel.ui.CoTravelEditors;
import org.crm.enlace.cotravel.ui.CoTravelListPart;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of alerts: every filter narrows it as it is typed, Enter opens the selected alert. */
class CoTravelListPartTest {

	@TempDir
	Path data;

	@Test
	void theFiltersNarrowTheListAndEnterOpensAnAlert() {
		try (RecordStore store = Booth.open(data, Booth.GUATEMALA)) {
			store.save(alert("2026-11-20", "Aeropuerto de prueba", "GUA", "HND", "Niña Prueba", Outcome.DENIED));
			store.save(alert("2026-10-02", "Paso Ficticio del Norte", null, "MEX", "Niño Ejemplo", Outcome.ALLOWED));
			store.save(alert("2026-09-15", "Paso Ficticio del Sur", null, "GTM", "Sofía Ficticia",
					Outcome.UNDER_FOLLOW_UP));
			try (PartHost booth = Booth.host(CoTravelListPart.class, store, Booth.GUATEMALA, Map.of())) {
				CoTravelListPart list = booth.part(CoTravelListPart.class);
				assertEquals(List.of("2026-11-20", "2026-10-02", "2026-09-15"), dates(list), "the latest first");
				Screenshots.saveForReview(booth.shell(), "cotravel-list-all");

				booth.widgets().typeAndTab("cotravel.list.from", "2026-10-01");
				assertEquals(List.of("2026-11-20", "2026-10-02"), dates(list));
				booth.widgets().typeAndTab("cotravel.list.to", "2026-10-31");
				assertEquals(List.of("2026-10-02"), dates(list));
				booth.widgets().typeAndTab("cotravel.list.from", "");
				booth.widgets().typeAndTab("cotravel.list.to", "");

				booth.widgets().typeAndTab("cotravel.list.place", "ficticio del");
				assertEquals(List.of("2026-10-02", "2026-09-15"), dates(list));
				booth.widgets().typeAndTab("cotravel.list.place", "gua");
				assertEquals(List.of("2026-11-20"), dates(list));
				booth.widgets().typeAndTab("cotravel.list.place", "");

				booth.widgets().choose("cotravel.list.outcome", "En seguimiento");
				assertEquals(List.of("2026-09-15"), dates(list));
				booth.widgets().choose("cotravel.list.outcome", "(todos)");

				booth.widgets().typeAndTab("cotravel.list.nationality", "MEX");
				assertEquals(List.of("2026-10-02"), dates(list));
				booth.widgets().typeAndTab("cotravel.list.nationality", "");

				booth.widgets().typeAndTab("cotravel.list.text", "sofia");
				assertEquals(List.of("2026-09-15"), dates(list), "names without accents or case");
				Screenshots.saveForReview(booth.shell(), "cotravel-list-filtered");

				Table table = booth.widgets().find("cotravel.list.table", Table.class);
				table.setFocus();
				table.select(0);
				table.notifyListeners(SWT.DefaultSelection, new Event());
				assertEquals(1, booth.opened().size());
				assertEquals(CoTravelEditors.DESCRIPTOR, booth.opened().getFirst().getElementId());
				assertEquals(list.alerts().getFirst().getId(),
						booth.opened().getFirst().getTransientData().get(CoTravelEditors.ALERT_ID));
			}
		}
	}

	private static CoTravelAlert alert(String date, String place, String airport, String nationality, String child,
			Outcome outcome) {
		CoTravelAlert alert = CoTravelAlerts.newAlert("GTM", LocalDate.parse(date));
		alert.setPlaceName(place);
		alert.setAirportCode(airport);
		CoTravelAlerts.addAdult(alert, AdultRole.DRIVER).getPerson().setNationality("GTM");
		CoTravelAlerts.addChild(alert).getPerson().setNationality(nationality);
		alert.getChildren().getFirst().getPerson().setGivenNames(child);
		alert.setOutcome(outcome);
		return alert;
	}

	private static List<String> dates(CoTravelListPart list) {
		return list.alerts().stream().map(a -> a.getDate().toString()).toList();
	}
}
