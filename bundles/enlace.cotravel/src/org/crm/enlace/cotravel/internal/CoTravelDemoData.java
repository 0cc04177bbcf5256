package org.crm.enlace.cotravel.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.model.AdultRole;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.Direction;
import org.crm.enlace.cotravel.model.Evidence;
import org.crm.enlace.cotravel.model.EvidenceKind;
import org.crm.enlace.cotravel.model.Outcome;
import org.crm.enlace.cotravel.model.Relationship;
import org.crm.enlace.cotravel.model.TravelMode;
import org.crm.enlace.cotravel.model.TravellingAdult;
import org.crm.enlace.cotravel.model.TravellingChild;
import org.crm.enlace.cotravel.model.VerificationResult;
import org.crm.enlace.model.Person;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Sex;
import org.osgi.service.component.annotations.Component;

/**
 * FICTITIOUS demo alerts: every person is called "Demo", "Ficticia" or "Ejemplo", every document number starts with
 * DEMO, and the observations say so. The same demo adult appears in two alerts with different children, which is
 * what the linkage of persons is for.
 */
@Component(service = DemoDataContributor.class)
public final class CoTravelDemoData implements DemoDataContributor {

	@Override
	public int order() {
		return 60;
	}

	@Override
	public List<Record> demoRecords(Clock clock) {
		LocalDate today = clock.today();
		CoTravelAlert airport = alert("airport", "GTM", today.minusDays(20), "06:40", TravelMode.AIR, Direction.EXIT);
		airport.setAirportCode("GUA");
		airport.setPlaceName("Aeropuerto La Aurora (demo)");
		airport.setCarrier("Aerolínea Demo");
		airport.setFlightOrRoute("DM 101");
		TravellingAdult adult = adult(airport, "Adulta Demo", "Ficticia", "Uno", "1990-04-02", Sex.F, "GTM");
		TravellingChild child = child(airport, "Niño Ejemplo", "Ficticio", "Dos", "2019-06-15", Sex.M, "GTM");
		CoTravelAlerts.relationship(airport, child, adult).orElseThrow().setRelationship(Relationship.OTHER_RELATIVE);
		evidence(airport, EvidenceKind.NOTARIZED_CONSENT, VerificationResult.COULD_NOT_BE_VERIFIED);
		airport.getIndicators().addAll(List.of("tickets-cash-last-minute", "adult-answers-for-child"));
		airport.setOutcome(Outcome.REFERRED_TO_CHILD_PROTECTION);

		CoTravelAlert land = alert("land", "MEX", today.minusDays(5), "17:15", TravelMode.LAND, Direction.ENTRY);
		land.setPlaceName("Puesto fronterizo de demostración");
		land.setCarrier("Autobuses Demo");
		TravellingAdult same = adult(land, "Adulta Demo", "Ficticia", "Uno", "1990-04-02", Sex.F, "GTM");
		TravellingChild other = child(land, "Niña Ejemplo", "Ficticia", "Tres", "2012", Sex.F, "HND");
		other.setAgeAtTime(13);
		CoTravelAlerts.relationship(land, other, same).orElseThrow().setRelationship(Relationship.NONE_CLAIMED);
		evidence(land, EvidenceKind.BIRTH_CERTIFICATE, VerificationResult.NOT_PRESENTED);
		land.getIndicators().addAll(List.of("child-unaware-adult-name", "accounts-differ"));
		land.setOutcome(Outcome.UNDER_FOLLOW_UP);

		CoTravelAlert allowed = alert("allowed", "HND", today.minusDays(2), "11:05", TravelMode.LAND, Direction.EXIT);
		allowed.setPlaceName("Paso de demostración");
		TravellingAdult father = adult(allowed, "Padre Demo", "Ejemplo", "Cuatro", "1985-11-30", Sex.M, "HND");
		TravellingChild son = child(allowed, "Hijo Demo", "Ejemplo", "Cinco", "2016-01-09", Sex.M, "HND");
		CoTravelAlerts.relationship(allowed, son, father).orElseThrow().setRelationship(Relationship.PARENT);
		evidence(allowed, EvidenceKind.BIRTH_CERTIFICATE, VerificationResult.VERIFIED);
		allowed.setOutcome(Outcome.ALLOWED);
		List<CoTravelAlert> alerts = List.of(airport, land, allowed);
		alerts.forEach(a -> CoTravelAlerts.releaseTo(a, CoTravelAlerts.concernedCountries(a, Optional.empty())));
		return List.copyOf(alerts);
	}

	private static CoTravelAlert alert(String key, String country, LocalDate date, String time, TravelMode mode,
			Direction direction) {
		CoTravelAlert alert = CoTravelAlerts.newAlert(country, date);
		alert.setId(ReferenceData.stableId("demo-cotravel-alert", key));
		alert.setTime(time);
		alert.setMode(mode);
		alert.setDirection(direction);
		alert.setObservations(Messages.get("demo.observations"));
		alert.setProvenance(Messages.get("demo.observations"));
		return alert;
	}

	private static TravellingAdult adult(CoTravelAlert alert, String given, String first, String second,
			String birth, Sex sex, String nationality) {
		TravellingAdult adult = CoTravelAlerts.addAdult(alert, AdultRole.ACCOMPANYING_ADULT);
		adult.setPerson(demoPerson(given, first, second, birth, sex, nationality));
		return adult;
	}

	private static TravellingChild child(CoTravelAlert alert, String given, String first, String second,
			String birth, Sex sex, String nationality) {
		TravellingChild child = CoTravelAlerts.addChild(alert);
		child.setPerson(demoPerson(given, first, second, birth, sex, nationality));
		CoTravelAlerts.computeAges(alert);
		return child;
	}

	/* Document numbers start with DEMO, so nobody takes them for real ones. */
	private static Person demoPerson(String given, String first, String second, String birth, Sex sex,
			String nationality) {
		return CoTravelAlerts.person(given, first, second, birth, sex, nationality,
				"DEMO" + Math.abs((given + first + second).hashCode() % 100000));
	}

	private static void evidence(CoTravelAlert alert, EvidenceKind kind, VerificationResult result) {
		Evidence evidence = CoTravelAlerts.addEvidence(alert, kind, null);
		evidence.setResult(result);
	}
}
