package org.crm.enlace.directory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.osgi.service.component.annotations.Component;

/**
 * Demo contact points: every person, address and number is FICTITIOUS (names say "Ficticio", addresses are under
 * example.org, numbers use the 555 range). Three members are left incomplete on purpose so that the completeness rule
 * has something to show: Belize has no alternate, Honduras' permanent contact is not verified for 250 days, Panama's
 * alternate expired ten days ago. Every contact is released to all members, TLP GREEN, handling code H0, and says
 * where it came from: a manual entry of fictitious demo data.
 */
@Component(service = DemoDataContributor.class)
public final class DirectoryDemoData implements DemoDataContributor {

	/** Country, calling code, agency (a real institution; the people in it are not). */
	private static final String[][] MEMBERS = {
			{ "BLZ", "501", "Immigration and Nationality Department" },
			{ "CAN", "1", "Canada Border Services Agency" },
			{ "CRI", "506", "Dirección General de Migración y Extranjería" },
			{ "DOM", "1", "Dirección General de Migración" },
			{ "SLV", "503", "Dirección General de Migración y Extranjería" },
			{ "GTM", "502", "Instituto Guatemalteco de Migración" },
			{ "HND", "504", "Instituto Nacional de Migración" },
			{ "MEX", "52", "Instituto Nacional de Migración" },
			{ "NIC", "505", "Dirección General de Migración y Extranjería" },
			{ "PAN", "507", "Servicio Nacional de Migración" },
			{ "USA", "1", "U.S. Department of Homeland Security" } };

	/** Record content, not a user-visible text of the program: it stays in the language it was entered in. */
	static final String PROVENANCE = "datos de demostración ficticios";

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<Record> demoRecords(Clock clock) {
		LocalDate today = clock.today();
		List<Record> records = new ArrayList<>();
		for (String[] member : MEMBERS) {
			String country = member[0];
			records.add(contact(country, ContactRole.PERMANENT, member, today));
			if (!country.equals("BLZ")) {
				records.add(contact(country, ContactRole.ALTERNATE, member, today));
			}
		}
		return records;
	}

	private static ContactPoint contact(String country, ContactRole role, String[] member, LocalDate today) {
		boolean permanent = role == ContactRole.PERMANENT;
		String suffix = permanent ? "permanente" : "alterno";
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setOwnerCountry(country);
		contact.setReleasability(Releasability.ALL_MEMBERS);
		contact.setTlp(Tlp.GREEN);
		contact.setHandlingCode(HandlingCode.H0);
		contact.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		contact.setProvenance(PROVENANCE);
		contact.setCountry(country);
		contact.setRole(role);
		contact.setFullName((permanent ? "Ana Ficticia " : "Luis Ficticio ") + country);
		contact.setTitle(permanent ? "Enlace nacional (ficticio, datos de demostración)"
				: "Enlace alterno (ficticio, datos de demostración)");
		contact.setAgency(member[2]);
		contact.setEmail(suffix + "." + country.toLowerCase(java.util.Locale.ROOT) + "@example.org");
		contact.getPhones().add("+" + member[1] + (permanent ? "5550100" : "5550199") + (member[1].length() == 1 ? "00" : ""));
		contact.getWorkingLanguages().addAll(workingLanguages(country));
		contact.setValidFrom(today.minusDays(400));
		contact.setLastVerifiedOn(today.minusDays(30));
		if (country.equals("HND") && permanent) {
			contact.setLastVerifiedOn(today.minusDays(250));
		}
		if (country.equals("PAN") && !permanent) {
			contact.setValidTo(today.minusDays(10));
		}
		return contact;
	}

	private static List<String> workingLanguages(String country) {
		return switch (country) {
		case "CAN" -> List.of("en", "fr");
		case "BLZ", "USA" -> List.of("en", "es");
		default -> List.of("es", "en");
		};
	}
}
