import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.OrganizationKind;
import org.crm.enlace.store.derby.internal.DerbyRecordStoreFactory;

/**
 * Made v1-database.zip, once, with the store of commit a3eaa29 (schema version 1, before records had releasability
 * or history). Kept as the record of how the resource was made; it is not compiled by the build and does not compile
 * against later versions of the store on purpose.
 *
 * <pre>
 * git archive a3eaa29 | tar -x -C /tmp/enlace-v1 &amp;&amp; (cd /tmp/enlace-v1 &amp;&amp; ./enlace build)
 * java -cp enlace.model.jar:enlace.core.jar:enlace.store.derby.jar:derby.jar:derbyshared.jar:derbytools.jar:\
 *   org.eclipse.emf.common.jar:org.eclipse.emf.ecore.jar:org.eclipse.emf.ecore.xmi.jar MakeV1Database.java /tmp/v1
 * (cd /tmp/v1 &amp;&amp; zip -r -X v1-database.zip db)
 * </pre>
 *
 * Everything in it is fictitious. What the test expects is listed at the end of main.
 */
public class MakeV1Database {

	public static void main(String[] arguments) throws Exception {
		Path data = Path.of(arguments[0]);
		if (Files.exists(data)) {
			throw new IllegalStateException(data + " exists");
		}
		MovingClock clock = new MovingClock(Instant.parse("2026-11-01T10:00:00Z"));
		CurrentUser maker = new CurrentUser("v1.maker", "GTM", Role.LIAISON_OFFICER);
		try (RecordStore store = new DerbyRecordStoreFactory().open(data, maker, clock)) {
			store.saveAll(CountryCatalog.newCountries());
			clock.advance();
			store.save(organization("v1-org-igm", "IGM", "Instituto Guatemalteco de Migración",
					"Control migratorio <entradas> & \"salidas\"."));
			Organization gone = store.save(organization("v1-org-gone", "BORRADA", "Organización borrada en V1", "-"));
			clock.advance();
			ContactPoint permanent = store.save(contact("v1-contact-gtm-permanent", ContactRole.PERMANENT,
					"Ana Ficticia Versión Uno"));
			store.save(contact("v1-contact-gtm-alternate", ContactRole.ALTERNATE, "Luis Ficticio Versión Uno"));
			clock.advance();
			permanent.setTitle("Enlace nacional (cambio 1)");
			permanent = store.save(permanent);
			clock.advance();
			permanent.setTitle("Enlace nacional (cambio 2)");
			store.save(permanent);
			store.delete(gone.getId());
		}
		// Expected: 16 countries (v1) + organization v1-org-igm (v1) + contacts v1-contact-gtm-alternate (v1) and
		// v1-contact-gtm-permanent (v3, title "Enlace nacional (cambio 2)", modified 2026-11-01T14:00:00Z);
		// v1-org-gone was deleted in V1 and is not there.
	}

	private static Organization organization(String id, String acronym, String name, String mandate) {
		Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
		organization.setId(id);
		organization.setOwnerCountry("GTM");
		organization.setCountry("GTM");
		organization.setAcronym(acronym);
		organization.setName(name);
		organization.setKind(OrganizationKind.MIGRATION_AUTHORITY);
		organization.setMandate(mandate);
		return organization;
	}

	private static ContactPoint contact(String id, ContactRole role, String name) {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setId(id);
		contact.setOwnerCountry("GTM");
		contact.setCountry("GTM");
		contact.setRole(role);
		contact.setFullName(name);
		contact.setTitle("Enlace nacional");
		contact.setAgency("Instituto Guatemalteco de Migración");
		contact.setEmail(id + "@example.org");
		contact.getPhones().addAll(List.of("+5025550100"));
		contact.getWorkingLanguages().addAll(List.of("es", "en"));
		contact.setValidFrom(LocalDate.of(2025, 1, 15));
		contact.setLastVerifiedOn(LocalDate.of(2026, 10, 30));
		return contact;
	}

	/** Moves one hour at each step, so that every stage has its own time stamp. */
	private static final class MovingClock implements Clock {

		private Instant now;

		MovingClock(Instant start) {
			now = start;
		}

		@Override
		public Instant now() {
			return now;
		}

		void advance() {
			now = now.plus(Duration.ofHours(1));
		}
	}
}
