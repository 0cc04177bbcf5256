package org.crm.enlace.intel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.intel.RouteSteps;
import org.crm.enlace.intel.Vocabularies;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.CrossingKind;
import org.crm.enlace.intel.model.CrossingStatus;
import org.crm.enlace.intel.model.IntelFactory;
import org.crm.enlace.intel.model.Modality;
import org.crm.enlace.intel.model.SmugglerProfile;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.model.StepKind;
import org.crm.enlace.intel.model.VocabularyTerm;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.InformationAccuracy;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.SourceReliability;
import org.crm.enlace.model.Tlp;
import org.osgi.service.component.annotations.Component;

/**
 * FICTITIOUS demo reports: the routes follow corridors described in public reporting (Ecuador, Colombia and Haiti
 * through the Darién, Central America and Mexico to the United States border), but every report, profile, date and
 * evaluation is invented, and each title and summary says so. Different owners and releasabilities, so that a user
 * of one country sees some and not others; one border crossing added by Guatemala and one term Guatemala added to
 * the modus-operandi vocabulary show what users add.
 */
@Component(service = DemoDataContributor.class)
public final class IntelDemoData implements DemoDataContributor {

	/** Record content, not a text of the program: it stays in the language it was entered in. */
	static final String PROVENANCE = "datos de demostración ficticios";
	static final String TERM_BY_GUATEMALA = "river-rafts";

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<Record> demoRecords(Clock clock) {
		LocalDate today = clock.today();
		List<Record> records = new ArrayList<>();
		SmugglingReport darien = report("darien", "PAN", "Corredor Darién: Ecuador y Colombia hacia Panamá (FICTICIO)",
				Modality.LAND, Releasability.ALL_MEMBERS, Tlp.GREEN, HandlingCode.H2, today.minusDays(120), today.minusDays(30));
		darien.getCountries().addAll(List.of("ECU", "COL", "PAN", "CRI"));
		darien.getModusOperandi().addAll(List.of("guides", "fees-payments", "messaging-apps", "irregular-crossing"));
		step(darien, "Quito", "ECU", -0.22985, -78.52495, StepKind.ORIGIN, "bus");
		step(darien, "Necoclí", "COL", 8.42604, -76.78316, StepKind.TRANSIT, "boat");
		step(darien, "Acandí", "COL", 8.51231, -77.27812, StepKind.BORDER_CROSSING, "on-foot");
		step(darien, "Metetí", "PAN", 8.49918, -77.97687, StepKind.TRANSIT, "bus");
		step(darien, "Paso Canoas", "PAN", 8.53333, -82.83333, StepKind.DESTINATION, "");
		profile(darien, "Grupo que cobra por tramos y organiza por chats de mensajería (ficticio)",
				List.of("guide", "money-collector"), List.of("COL", "PAN"), 20, 45);
		records.add(darien);

		SmugglingReport isthmus = report("isthmus", "GTM", "Tránsito por Centroamérica hasta Tecún Umán (FICTICIO)",
				Modality.LAND, Releasability.ALL_MEMBERS, Tlp.AMBER, HandlingCode.H1, today.minusDays(90), today.minusDays(10));
		isthmus.getCountries().addAll(List.of("CRI", "NIC", "HND", "GTM", "MEX"));
		isthmus.getModusOperandi().addAll(List.of("vehicle-concealment", "guides", TERM_BY_GUATEMALA));
		step(isthmus, "Paso Canoas", "CRI", 8.53333, -82.83333, StepKind.ORIGIN, "bus");
		step(isthmus, "Peñas Blancas", "NIC", 11.21667, -85.61667, StepKind.BORDER_CROSSING, "bus");
		step(isthmus, "Managua", "NIC", 12.13282, -86.2504, StepKind.TRANSIT, "bus");
		step(isthmus, "Trojes", "HND", 14.06667, -85.98333, StepKind.BORDER_CROSSING, "bus");
		step(isthmus, "Tegucigalpa", "HND", 14.0818, -87.20681, StepKind.TRANSIT, "truck");
		step(isthmus, "Ciudad de Guatemala", "GTM", 14.64072, -90.51327, StepKind.TRANSIT, "car");
		step(isthmus, "Tecún Umán", "GTM", 14.67667, -92.13722, StepKind.DESTINATION, "");
		SmugglerProfile named = profile(isthmus, "Conductores de tráiler con compartimentos ocultos (ficticio)",
				List.of("driver", "organizer"), List.of("GTM", "HND"), 30, 50);
		named.getNames().add("Alias Ficticio «El Demo»");
		records.add(isthmus);

		SmugglingReport haiti = report("haiti", "MEX", "Vuelos desde Haití a Managua y ruta al norte (FICTICIO)",
				Modality.COMBINED, Releasability.LISTED, Tlp.AMBER, HandlingCode.H2, today.minusDays(200), today.minusDays(60));
		haiti.getReleasableTo().addAll(List.of("USA", "GTM", "HND", "NIC"));
		haiti.getCountries().addAll(List.of("HTI", "NIC", "HND", "GTM", "MEX", "USA"));
		haiti.getModusOperandi().addAll(List.of("visa-abuse", "fees-payments", "irregular-crossing"));
		step(haiti, "Port-au-Prince", "HTI", 18.54349, -72.33881, StepKind.ORIGIN, "flight");
		step(haiti, "Managua", "NIC", 12.13282, -86.2504, StepKind.TRANSIT, "bus");
		step(haiti, "Tegucigalpa", "HND", 14.0818, -87.20681, StepKind.TRANSIT, "bus");
		step(haiti, "Tecún Umán", "GTM", 14.67667, -92.13722, StepKind.BORDER_CROSSING, "boat");
		step(haiti, "Tapachula", "MEX", 14.90385, -92.25749, StepKind.TRANSIT, "bus");
		step(haiti, "Ciudad de México", "MEX", 19.42847, -99.12766, StepKind.TRANSIT, "bus");
		step(haiti, "Reynosa", "MEX", 26.08061, -98.28835, StepKind.DESTINATION, "");
		records.add(haiti);

		SmugglingReport pacific = report("pacific", "USA", "Ruta aérea y terrestre hasta Ciudad Juárez (FICTICIO)",
				Modality.AIR, Releasability.ALL_MEMBERS, Tlp.GREEN, HandlingCode.H0, today.minusDays(60), today.minusDays(5));
		pacific.getCountries().addAll(List.of("ECU", "MEX", "USA"));
		pacific.getModusOperandi().addAll(List.of("fraudulent-documents", "impostor", "borrowed-documents"));
		step(pacific, "Guayaquil", "ECU", -2.19616, -79.88621, StepKind.ORIGIN, "flight");
		step(pacific, "Cancún", "MEX", 21.17429, -86.84656, StepKind.TRANSIT, "bus");
		step(pacific, "Ciudad de México", "MEX", 19.42847, -99.12766, StepKind.TRANSIT, "train");
		step(pacific, "Ciudad Juárez", "MEX", 31.72024, -106.46084, StepKind.BORDER_CROSSING, "on-foot");
		step(pacific, "El Paso", "USA", 31.75872, -106.48693, StepKind.DESTINATION, "");
		profile(pacific, "Red que presta pasaportes auténticos a personas de parecido físico (ficticio)",
				List.of("document-forger", "recruiter"), List.of("MEX", "ECU"), 25, 40);
		records.add(pacific);

		SmugglingReport sea = report("sea", "CRI", "Lanchas por el Pacífico desde Colombia (FICTICIO, solo propietario)",
				Modality.SEA, Releasability.OWNER_ONLY, Tlp.RED, HandlingCode.H0, today.minusDays(45), today.minusDays(15));
		sea.getCountries().addAll(List.of("COL", "CRI"));
		sea.getModusOperandi().add("guides");
		step(sea, "Tumaco", "COL", 1.79861, -78.81556, StepKind.ORIGIN, "boat");
		step(sea, "Puntarenas", "CRI", 9.97625, -84.83836, StepKind.DESTINATION, "");
		records.add(sea);

		isthmus.getLinkedReports().add(darien.getId());
		haiti.getLinkedReports().add(isthmus.getId());

		VocabularyTerm rafts = Vocabularies.newTerm(Vocabularies.MODUS_OPERANDI, TERM_BY_GUATEMALA,
				"Balsas en el río Suchiate", "Rafts across the Suchiate river");
		rafts.setOwnerCountry("GTM");
		rafts.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		rafts.setProvenance(PROVENANCE);
		records.add(0, rafts);

		// A real crossing point (coordinates approximate) that the gazetteer lacks, as a Guatemalan user would add it.
		BorderCrossing carmen = IntelFactory.eINSTANCE.createBorderCrossing();
		carmen.setName("El Carmen – Talismán (puente fronterizo)");
		carmen.setCountry("GTM");
		carmen.setOtherCountry("MEX");
		carmen.setKind(CrossingKind.LAND);
		carmen.setStatus(CrossingStatus.OFFICIAL);
		carmen.setNote("Puente sobre el río Suchiate; nota de demostración ficticia.");
		carmen.setLatitude(14.9633);
		carmen.setLongitude(-92.1461);
		carmen.setOwnerCountry("GTM");
		carmen.setReleasability(Releasability.ALL_MEMBERS);
		carmen.setTlp(Tlp.GREEN);
		carmen.setHandlingCode(HandlingCode.H0);
		carmen.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		carmen.setProvenance(PROVENANCE);
		records.add(carmen);
		return records;
	}

	private static SmugglingReport report(String key, String owner, String title, Modality modality,
			Releasability releasability, Tlp tlp, HandlingCode handling, LocalDate from, LocalDate to) {
		SmugglingReport report = IntelFactory.eINSTANCE.createSmugglingReport();
		report.setId(ReferenceData.stableId("demo-smuggling-report", key));
		report.setOwnerCountry(owner);
		report.setTitle(title);
		report.setSummary("Informe de demostración ficticio: no describe hechos reales.");
		report.setModality(modality);
		report.setReleasability(releasability);
		report.setTlp(tlp);
		report.setHandlingCode(handling);
		report.setSourceReliability(SourceReliability.B);
		report.setInformationAccuracy(InformationAccuracy.ACCURACY_2);
		report.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		report.setProvenance(PROVENANCE);
		report.setObservedFrom(from);
		report.setObservedTo(to);
		return report;
	}

	private static void step(SmugglingReport report, String place, String country, double latitude, double longitude,
			StepKind kind, String transport) {
		report.getRoute().add(RouteSteps.create(place, country, latitude, longitude, kind, transport));
	}

	private static SmugglerProfile profile(SmugglingReport report, String characteristics, List<String> roles,
			List<String> nationalities, int ageFrom, int ageTo) {
		SmugglerProfile profile = IntelFactory.eINSTANCE.createSmugglerProfile();
		profile.setCharacteristics(characteristics);
		profile.getRoles().addAll(roles);
		profile.getNationalities().addAll(nationalities);
		profile.setAgeFrom(ageFrom);
		profile.setAgeTo(ageTo);
		report.getProfiles().add(profile);
		return profile;
	}
}
