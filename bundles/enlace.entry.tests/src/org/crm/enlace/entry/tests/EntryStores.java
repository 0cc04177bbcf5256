package org.crm.enlace.entry.tests;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.entry.EntryRuleImport;
import org.crm.enlace.entry.EntryRuleImport.Mode;
import org.crm.enlace.entry.ImportReport;
import org.crm.enlace.entry.PassportIndex;
import org.crm.enlace.entry.matrix.EntryMatrix;

/** Real Derby stores in temporary folders, imports run as the system, and the (fictitious) users who read them. */
final class EntryStores {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT, Role.SECRETARIAT);
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	static final CurrentUser MEXICO = new CurrentUser("mex.ficticia", "MEX", Role.ANALYST);
	static final CurrentUser PANAMA = new CurrentUser("pan.ficticio", "PAN", Role.LIAISON_OFFICER);
	static final CurrentUser IOM = new CurrentUser("oim.ficticia", Owners.IOM, Role.ANALYST);
	static final CurrentUser OBSERVER = new CurrentUser("col.ficticio", "COL", Role.ANALYST);
	static final String HEADER = "Passport,Destination,Requirement";

	private EntryStores() {
	}

	static RecordStoreFactory factory() {
		return Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
	}

	static RecordStore open(Path data, CurrentUser user, Clock clock) {
		return factory().open(data, user, KEYS, clock);
	}

	/** Imports the shipped passport-index file as the system, in one opening of the store. */
	static ImportReport importShipped(Path data, Clock clock) {
		return importAsSystem(data, clock, PassportIndex.open(), Mode.ALL_OR_NOTHING, Progress.NONE);
	}

	/** The shipped data set imported into a new store, read back as Mexico's analyst sees the matrix. */
	static EntryMatrix shippedMatrix(Path data, Clock clock, Locale locale) {
		importShipped(data, clock);
		try (RecordStore store = open(data, MEXICO, clock)) {
			return EntryMatrix.read(store, locale);
		}
	}

	/** Imports a file made of the header and these lines. */
	static ImportReport importLines(Path data, Clock clock, Mode mode, String... lines) {
		return importAsSystem(data, clock, new StringReader(HEADER + "\n" + String.join("\n", lines) + "\n"), mode,
				Progress.NONE);
	}

	static ImportReport importAsSystem(Path data, Clock clock, Reader csv, Mode mode, Progress progress) {
		List<ImportReport> reports = new ArrayList<>();
		factory().openAfterSeeding(data, SECRETARIAT, KEYS, clock, system -> {
			try {
				reports.add(EntryRuleImport.run(system, csv, PassportIndex.SOURCE, mode, progress));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).close();
		return reports.getFirst();
	}

	/** The CREATE and UPDATE entries of the audit log so far, which the Secretariat reads in full. */
	static long writes(Path data, Clock clock) {
		try (RecordStore store = open(data, SECRETARIAT, clock)) {
			return store.audit().entries(null).stream()
					.filter(e -> e.action() == AuditAction.CREATE || e.action() == AuditAction.UPDATE).count();
		}
	}

	/** A clock the test moves by hand. */
	static final class TestClock implements Clock {

		private Instant now = Instant.parse("2026-11-29T12:00:00Z");

		@Override
		public Instant now() {
			return now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}
	}
}
