package org.crm.enlace.bench.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.OrganizationKind;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/**
 * Fictitious records for the store benchmark, the same for the same seed and count, made a batch at a time so that a
 * million need little memory. Nine in ten are contact points whose names combine common given names and surnames
 * (with the accents and "ñ" real names have) around "Ficticia"/"Ficticio", the others organizations with a mandate
 * in Spanish or English. Every record says what it is in its provenance, e-mail addresses are under
 * {@code example.org} and telephone numbers in the 555 range. All are owned by one organization (the benchmark's
 * user's), with a mix of markings: TLP, handling code and releasability vary as in a node's real work, so that reads
 * are audited for some (AMBER, RED) and the access rule has something to decide for another organization's user.
 * The store assigns the ids.
 */
final class FictitiousRecords {

	static final String PROVENANCE = "Registro ficticio generado por ./enlace bench (no es un dato real)";

	/* Given names with the marker that follows them in a full name. */
	private static final List<String> WOMEN = List.of("María", "Ana", "Carmen", "Rosa", "Sofía", "Lucía", "Inés",
			"Mónica", "Ángela", "Beatriz", "Mary", "Sarah", "Emily", "Grace", "Olivia");
	private static final List<String> MEN = List.of("José", "Luis", "Juan", "Jesús", "Andrés", "Ramón", "Héctor",
			"Iván", "Joaquín", "Óscar", "John", "Michael", "David", "Daniel", "Kevin");
	static final List<String> SURNAMES = List.of("Núñez", "Peña", "Muñoz", "Gómez", "Pérez", "Rodríguez",
			"Hernández", "López", "González", "Martínez", "Sánchez", "Ramírez", "Cruz", "Flores", "Morales", "Vásquez",
			"Jiménez", "Castillo", "Ordóñez", "Ibáñez", "Mejía", "Quiñónez", "Zúñiga", "Chávez", "Ríos", "Smith",
			"Johnson", "Williams", "Brown", "Taylor", "Clarke", "Walker", "Young", "King", "Wright");
	private static final List<String> MEMBERS = List.of("BLZ", "CAN", "CRI", "DOM", "SLV", "GTM", "HND", "MEX", "NIC",
			"PAN", "USA");
	private static final List<String> TITLES = List.of("Directora de Migración", "Jefe de Investigaciones",
			"Fiscal especializada en trata de personas", "Oficial de enlace", "Analista de inteligencia",
			"Liaison officer", "Senior analyst", "Head of border operations", "Prosecutor for migrant smuggling");
	private static final List<String> AGENCIES = List.of("Dirección General de Migración",
			"Instituto Nacional de Migración", "Policía Nacional Civil", "Fiscalía contra la Trata de Personas",
			"Ministerio de Relaciones Exteriores", "Border Services Agency", "Department of Homeland Security",
			"Procuraduría de Protección de Niñas, Niños y Adolescentes");
	private static final List<String> MANDATES = List.of(
			"Investiga redes de traficantes de migrantes en la frontera", "Protege a víctimas de trata de personas",
			"Coordina el retorno asistido de niñas, niños y adolescentes no acompañados",
			"Analiza rutas marítimas y terrestres de tráfico ilícito", "Emite alertas sobre documentos falsificados",
			"Investigates smuggling networks along land and sea routes", "Assists victims of trafficking in persons",
			"Shares intelligence on forged travel documents",
			"Trains officers to identify unaccompanied migrant children", "Cooperates with consular services");
	private static final List<String> MANDATE_QUERIES = List.of("traficantes frontera", "víctimas de trata",
			"documentos falsificados", "smuggling networks", "unaccompanied children", "rutas marítimas");
	private static final LocalDate VALID_FROM = LocalDate.of(2026, 1, 1);

	private final String owner;
	private final Random random;
	private final int count;
	private int made;

	FictitiousRecords(long seed, int count, String owner) {
		this.random = new Random(seed);
		this.count = count;
		this.owner = owner;
	}

	boolean hasMore() {
		return made < count;
	}

	/** The next records, at most {@code size}. */
	List<Record> next(int size) {
		List<Record> batch = new ArrayList<>(Math.min(size, count - made));
		while (batch.size() < size && made < count) {
			made++;
			batch.add(made % 10 == 0 ? organization(made) : contactPoint(made));
		}
		return batch;
	}

	private ContactPoint contactPoint(int number) {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		mark(contact);
		boolean woman = random.nextBoolean();
		String given = pick(woman ? WOMEN : MEN);
		contact.setFullName(given + (woman ? " Ficticia " : " Ficticio ") + pick(SURNAMES) + ' ' + pick(SURNAMES));
		contact.setCountry(pick(MEMBERS));
		contact.setRole(random.nextBoolean() ? ContactRole.PERMANENT : ContactRole.ALTERNATE);
		contact.setTitle(pick(TITLES));
		contact.setAgency(pick(AGENCIES));
		contact.setEmail("enlace.ficticio." + number + "@example.org");
		contact.getPhones().add(String.format(Locale.ROOT, "+502 555-%04d", number % 10_000));
		contact.getWorkingLanguages().add(random.nextInt(3) == 0 ? "en" : "es");
		contact.setValidFrom(VALID_FROM.plusDays(random.nextInt(300)));
		return contact;
	}

	private Organization organization(int number) {
		Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
		mark(organization);
		organization.setName(pick(AGENCIES) + " (ficticia) " + number);
		organization.setCountry(pick(MEMBERS));
		organization.setKind(OrganizationKind.get(random.nextInt(OrganizationKind.VALUES.size())));
		organization.setMandate(pick(MANDATES) + ". " + pick(MANDATES) + '.');
		return organization;
	}

	/*
	 * Marking mix: TLP CLEAR 10 %, GREEN 45 %, AMBER 35 %, RED 10 %; releasable to all members 60 %, listed for two
	 * or three members 20 %, owner only 15 %, Secretariat only 5 %.
	 */
	private void mark(Record record) {
		record.setOwnerCountry(owner);
		record.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		record.setProvenance(PROVENANCE);
		int tlp = random.nextInt(100);
		record.setTlp(tlp < 10 ? Tlp.CLEAR : tlp < 55 ? Tlp.GREEN : tlp < 90 ? Tlp.AMBER : Tlp.RED);
		record.setHandlingCode(HandlingCode.get(random.nextInt(HandlingCode.VALUES.size())));
		int releasability = random.nextInt(100);
		if (releasability < 60) {
			record.setReleasability(Releasability.ALL_MEMBERS);
		} else if (releasability < 80) {
			record.setReleasability(Releasability.LISTED);
			int listed = 2 + random.nextInt(2);
			while (record.getReleasableTo().size() < listed) {
				String member = pick(MEMBERS);
				if (!member.equals(owner) && !record.getReleasableTo().contains(member)) {
					record.getReleasableTo().add(member);
				}
			}
		} else if (releasability < 95) {
			record.setReleasability(Releasability.OWNER_ONLY);
		} else {
			record.setReleasability(Releasability.SECRETARIAT_ONLY);
		}
	}

	private String pick(List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * Queries of the kinds people type, the same for the same seed: a surname; a given name and a surname; two
	 * surnames in capitals without accents; a prefix; a phrase; a misspelt surname with a fuzzy match; words of a
	 * mandate.
	 */
	static List<String> queries(long seed, int count) {
		Random random = new Random(seed);
		List<String> queries = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			boolean woman = random.nextBoolean();
			List<String> names = woman ? WOMEN : MEN;
			String given = names.get(random.nextInt(names.size()));
			String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
			String other = SURNAMES.get(random.nextInt(SURNAMES.size()));
			queries.add(switch (i % 7) {
			case 0 -> surname;
			case 1 -> given + ' ' + surname;
			case 2 -> (unaccented(surname) + ' ' + unaccented(other)).toUpperCase(Locale.ROOT);
			case 3 -> surname.substring(0, 3) + '*';
			case 4 -> '"' + given + (woman ? " Ficticia " : " Ficticio ") + surname + '"';
			case 5 -> unaccented(surname).substring(0, surname.length() - 1) + "x~1";
			default -> MANDATE_QUERIES.get(random.nextInt(MANDATE_QUERIES.size()));
			});
		}
		return queries;
	}

	private static String unaccented(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}
}
