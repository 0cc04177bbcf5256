package org.crm.enlace.search.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.UUID;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.OrganizationKind;
import org.crm.enlace.model.Record;

/**
 * Fictitious records for the benchmark, the same for the same seed: mostly contact points whose names are random
 * combinations of common given names and surnames (with the accents and "ñ" real names have), and one organization
 * in ten with a mandate in Spanish or English. Made one at a time, so a million need no memory.
 */
public final class SyntheticRecords implements Iterable<Record> {

	static final List<String> GIVEN_NAMES = List.of("María", "José", "Ana", "Luis", "Carmen", "Juan", "Rosa",
			"Jesús", "Sofía", "Andrés", "Lucía", "Ramón", "Inés", "Héctor", "Mónica", "Iván", "Ángela", "Joaquín",
			"Beatriz", "Óscar", "John", "Mary", "Michael", "Sarah", "David", "Emily", "Daniel", "Grace", "Kevin",
			"Olivia");
	static final List<String> SURNAMES = List.of("Núñez", "Peña", "Muñoz", "Gómez", "Pérez", "Rodríguez",
			"Hernández", "López", "González", "Martínez", "Sánchez", "Ramírez", "Cruz", "Flores", "Morales",
			"Vásquez", "Jiménez", "Castillo", "Ordóñez", "Ibáñez", "Mejía", "Quiñónez", "Zúñiga", "Chávez", "Ríos",
			"Smith", "Johnson", "Williams", "Brown", "Taylor", "Clarke", "Walker", "Young", "King", "Wright");
	private static final List<String> COUNTRIES = List.of("BLZ", "CAN", "CRI", "DOM", "SLV", "GTM", "HND", "MEX",
			"NIC", "PAN", "USA");
	private static final List<String> TITLES = List.of("Directora de Migración", "Jefe de Investigaciones",
			"Fiscal especializada en trata de personas", "Oficial de enlace", "Analista de inteligencia",
			"Liaison officer", "Senior analyst", "Head of border operations", "Prosecutor for migrant smuggling");
	private static final List<String> AGENCIES = List.of("Dirección General de Migración",
			"Instituto Nacional de Migración", "Policía Nacional Civil", "Fiscalía contra la Trata de Personas",
			"Ministerio de Relaciones Exteriores", "Border Services Agency", "Department of Homeland Security",
			"Procuraduría de Protección de Niñas, Niños y Adolescentes");
	private static final List<String> MANDATE_PARTS = List.of(
			"Investiga redes de traficantes de migrantes en la frontera", "Protege a víctimas de trata de personas",
			"Coordina el retorno asistido de niñas, niños y adolescentes no acompañados",
			"Analiza rutas marítimas y terrestres de tráfico ilícito", "Emite alertas sobre documentos falsificados",
			"Investigates smuggling networks along land and sea routes",
			"Assists victims of trafficking in persons", "Shares intelligence on forged travel documents",
			"Trains officers to identify unaccompanied migrant children", "Cooperates with consular services");
	private static final Instant MODIFIED_AT = Instant.parse("2026-11-29T12:00:00Z");

	private final long seed;
	private final int count;

	public SyntheticRecords(long seed, int count) {
		this.seed = seed;
		this.count = count;
	}

	@Override
	public Iterator<Record> iterator() {
		Random random = new Random(seed);
		return new Iterator<>() {
			private int made;

			@Override
			public boolean hasNext() {
				return made < count;
			}

			@Override
			public Record next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				made++;
				return made % 10 == 0 ? organization(random, made) : contactPoint(random, made);
			}
		};
	}

	private static ContactPoint contactPoint(Random random, int number) {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		stamp(contact, random);
		contact.setCountry(contact.getOwnerCountry());
		contact.setRole(random.nextBoolean() ? ContactRole.PERMANENT : ContactRole.ALTERNATE);
		String given = pick(random, GIVEN_NAMES);
		String surname = pick(random, SURNAMES);
		contact.setFullName(given + ' ' + surname + ' ' + pick(random, SURNAMES));
		contact.setTitle(pick(random, TITLES));
		contact.setAgency(pick(random, AGENCIES));
		contact.setEmail("enlace" + number + "@example.org");
		contact.getPhones().add(String.format("+50255%06d", number % 1_000_000));
		contact.getWorkingLanguages().add(random.nextInt(3) == 0 ? "en" : "es");
		return contact;
	}

	private static Organization organization(Random random, int number) {
		Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
		stamp(organization, random);
		organization.setCountry(organization.getOwnerCountry());
		organization.setName(pick(random, AGENCIES) + ' ' + number);
		organization.setKind(OrganizationKind.get(random.nextInt(OrganizationKind.VALUES.size())));
		organization.setMandate(pick(random, MANDATE_PARTS) + ". " + pick(random, MANDATE_PARTS) + '.');
		return organization;
	}

	private static void stamp(Record record, Random random) {
		record.setId(new UUID(random.nextLong(), random.nextLong()).toString());
		record.setOwnerCountry(pick(random, COUNTRIES));
		record.setVersion(1);
		record.setModifiedAt(MODIFIED_AT);
	}

	/**
	 * Queries of the kinds people type: a surname, a given name and a surname, capitals without accents, a prefix, a
	 * phrase, a misspelt name with a fuzzy match, words of a mandate.
	 */
	public static List<String> queries(long seed, int count) {
		Random random = new Random(seed);
		List<String> queries = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String given = pick(random, GIVEN_NAMES);
			String surname = pick(random, SURNAMES);
			queries.add(switch (i % 7) {
				case 0 -> surname;
				case 1 -> given + ' ' + surname;
				case 2 -> (unaccented(surname) + ' ' + unaccented(pick(random, SURNAMES))).toUpperCase(Locale.ROOT);
				case 3 -> surname.substring(0, 3) + '*';
				case 4 -> '"' + given + ' ' + surname + '"';
				case 5 -> unaccented(surname).substring(0, surname.length() - 1) + "x~1";
				default -> pick(random, List.of("traficantes frontera", "victims trafficking", "documentos falsificados",
						"unaccompanied children", "rutas marítimas"));
			});
		}
		return queries;
	}

	private static String unaccented(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}
}
