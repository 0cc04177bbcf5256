package org.crm.enlace.country.gtm.internal;

import java.util.List;

import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.OrganizationKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.osgi.service.component.annotations.Component;

/**
 * Guatemala's national agencies that take part in the fight against migrant smuggling and trafficking in persons,
 * as public reference data owned by Guatemala, released to all members and TLP CLEAR. Institutions only: no
 * persons.
 */
@Component(service = ReferenceDataContributor.class)
public final class GuatemalaAgencies implements ReferenceDataContributor {

	static final String COUNTRY = "GTM";

	@Override
	public List<Record> referenceRecords() {
		return List.of(
				agency("IGM", "Instituto Guatemalteco de Migración", OrganizationKind.MIGRATION_AUTHORITY,
						"Control migratorio, documentos de viaje y enlace de la red."),
				agency("PGN", "Procuraduría General de la Nación", OrganizationKind.CHILD_PROTECTION,
						"Protección de la niñez; activa la Alerta Alba-Keneth (Decreto 28-2010)."),
				agency("SVET", "Secretaría contra la Violencia Sexual, Explotación y Trata de Personas",
						OrganizationKind.VICTIM_SERVICES, "Coordinación nacional contra la trata y atención a víctimas."),
				agency("MP-FCTP", "Ministerio Público — Fiscalía contra la Trata de Personas",
						OrganizationKind.PROSECUTION, "Persecución penal de la trata de personas."),
				agency("PNC", "Policía Nacional Civil", OrganizationKind.POLICE,
						"Investigación del tráfico ilícito de migrantes."),
				agency("MINEX", "Ministerio de Relaciones Exteriores", OrganizationKind.FOREIGN_AFFAIRS,
						"Visas consulares y asistencia a connacionales en el exterior."));
	}

	private static Organization agency(String acronym, String name, OrganizationKind kind, String mandate) {
		Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
		organization.setId(ReferenceData.stableId("organization", COUNTRY + ":" + acronym));
		organization.setOwnerCountry(COUNTRY);
		organization.setReleasability(Releasability.NETWORK);
		organization.setTlp(Tlp.CLEAR);
		organization.setCountry(COUNTRY);
		organization.setAcronym(acronym);
		organization.setName(name);
		organization.setKind(kind);
		organization.setMandate(mandate);
		return organization;
	}
}
