package org.crm.enlace.store.derby.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.store.derby.internal.DerbyRecordStoreFactory;

/**
 * The program {@link CrashAtomicityTest} starts in a JVM of its own, outside OSGi, on a plain class path of the
 * store's, the core's, the model's, EMF's and Derby's jars: it opens the store with the real factory and stores one
 * large batch with one {@code saveAll}, one transaction. It prints {@value #WRITING} just before the transaction and
 * {@value #COMMITTED} right after it, then waits to be killed. It must use no other class of the test bundle: only
 * this class file is copied out for it.
 * <p>
 * Arguments: the data folder, how many records, and the batch's mark (the contacts' country, an index field, so the
 * test can count the batch). The data folder's keyring must hold {@link #WRITER}'s account with {@link #PASSWORD}.
 */
public final class CrashingWriter {

	static final String WRITING = "WRITING";
	static final String COMMITTED = "COMMITTED";
	static final CurrentUser WRITER = new CurrentUser("proceso.interrumpido", "GTM", Role.ANALYST);
	/** The writer logs in with the data folder's keyring, as the workbench does. */
	static final String PASSWORD = "contrase\u00f1a-de-prueba";

	private CrashingWriter() {
	}

	public static void main(String[] arguments) throws InterruptedException {
		Path data = Path.of(arguments[0]);
		int count = Integer.parseInt(arguments[1]);
		String batch = arguments[2];
		// Inside Equinox the extension registry registers the package; on a plain class path its first use does.
		EnlacePackage.eINSTANCE.getNsURI();
		List<Record> records = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
			contact.setCountry(batch);
			contact.setRole(ContactRole.PERMANENT);
			contact.setFullName("Persona Ficticia " + i + " del " + batch);
			contact.setReleasability(Releasability.ALL_MEMBERS);
			records.add(contact);
		}
		Unlocked login;
		try (Credentials credentials = new Credentials(WRITER.userName(), PASSWORD.toCharArray())) {
			login = Keyring.read(data, Clock.system()).unlock(credentials);
		}
		RecordStore store = new DerbyRecordStoreFactory().open(data, login.account().asCurrentUser(), login.keys(),
				Clock.system());
		System.out.println(WRITING);
		System.out.flush();
		store.saveAll(records);
		System.out.println(COMMITTED);
		System.out.flush();
		// Never closed: the test kills this process, before or after the commit.
		Thread.sleep(60_000);
	}
}
