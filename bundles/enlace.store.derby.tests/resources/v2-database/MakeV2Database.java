import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.OrganizationKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.store.derby.internal.DerbyRecordStoreFactory;

/**
 * Made v2-database.zip, once, with the store of commit a81bac5 (schema version 2: releasability, history, soft
 * deletion and scrubbing, before the audit log). Kept as the record of how the resource was made; it is not compiled
 * by the build and need not compile against later versions of the store.
 *
 * <pre>
 * git archive a81bac5 | tar -x -C /tmp/enlace-v2
 * (cd /tmp/enlace-v2 &amp;&amp; ./mvnw -B verify -DskipTests -pl bundles/enlace.model,bundles/enlace.core,bundles/enlace.store.derby)
 * java -cp enlace.model.jar:enlace.core.jar:enlace.store.derby.jar:derby.jar:derbyshared.jar:derbytools.jar:\
 *   org.eclipse.emf.common.jar:org.eclipse.emf.ecore.jar:org.eclipse.emf.ecore.xmi.jar MakeV2Database.java /tmp/v2
 * (cd /tmp/v2 &amp;&amp; zip -r -X v2-database.zip db)
 * </pre>
 *
 * Everything in it is fictitious. What the test expects is listed at the end of main.
 */
public class MakeV2Database {

	public static void main(String[] arguments) throws Exception {
		Path data = Path.of(arguments[0]);
		if (Files.exists(data)) {
			throw new IllegalStateException(data + " exists");
		}
		EnlacePackage.eINSTANCE.getNsURI();
		MovingClock clock = new MovingClock(Instant.parse("2026-11-20T10:00:00Z"));
		CurrentUser guatemala = new CurrentUser("v2.maker", "GTM", Role.LIAISON_OFFICER);
		new DerbyRecordStoreFactory().openAfterSeeding(data, guatemala, clock, system -> system.saveAll(List.of(
				contact("v2-mex-listed", "MEX", Releasability.LISTED, Tlp.AMBER, "GTM"),
				contact("v2-xst-secretariat", "XST", Releasability.SECRETARIAT_ONLY, Tlp.RED),
				contact("v2-hnd-all", "HND", Releasability.ALL_MEMBERS, Tlp.GREEN)))).close();
		try (RecordStore store = new DerbyRecordStoreFactory().open(data, guatemala, clock)) {
			clock.advance();
			Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
			organization.setId("v2-gtm-organization");
			organization.setAcronym("IGM");
			organization.setName("Instituto Ficticio de Migración");
			organization.setCountry("GTM");
			organization.setKind(OrganizationKind.MIGRATION_AUTHORITY);
			store.save(organization);
			ContactPoint changed = store.save(contact("v2-gtm-changed", "GTM", Releasability.OWNER_ONLY, Tlp.RED));
			clock.advance();
			changed.setTitle("Enlace (cambio 1)");
			changed = store.save(changed);
			clock.advance();
			changed.setTitle("Enlace (cambio 2)");
			changed.setReleasability(Releasability.ALL_MEMBERS);
			store.save(changed);
			store.save(contact("v2-gtm-deleted", "GTM", Releasability.ALL_MEMBERS, Tlp.GREEN));
			store.delete("v2-gtm-deleted");
			store.save(contact("v2-gtm-scrubbed", "GTM", Releasability.ALL_MEMBERS, Tlp.GREEN));
			store.scrub("v2-gtm-scrubbed");
		}
		// Expected: 7 records (3 by the system, 4 by GTM); v2-gtm-changed at version 3, ALL_MEMBERS, history of
		// 3 versions (the first OWNER_ONLY); v2-gtm-deleted deleted at version 2; v2-gtm-scrubbed scrubbed.
	}

	private static ContactPoint contact(String id, String owner, Releasability releasability, Tlp tlp,
			String... releasableTo) {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setId(id);
		contact.setOwnerCountry(owner);
		contact.setCountry(owner);
		contact.setRole(ContactRole.PERMANENT);
		contact.setFullName("Persona Ficticia Versión Dos de " + owner);
		contact.setReleasability(releasability);
		contact.setTlp(tlp);
		contact.getReleasableTo().addAll(List.of(releasableTo));
		return contact;
	}

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
