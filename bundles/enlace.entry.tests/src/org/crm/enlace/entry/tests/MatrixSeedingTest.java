package org.crm.enlace.entry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.StartupImport;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.entry.EntryRules;
import org.crm.enlace.entry.internal.MatrixSeeding;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.model.EnlacePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every store gets the matrix at its first start, as the system, and only then. */
class MatrixSeedingTest {

	@TempDir
	Path data;

	private final EntryStores.TestClock clock = new EntryStores.TestClock();

	@Test
	void theBundleRegistersItsImportAsAService() {
		List<StartupImport> imports = Services.all(StartupImport.class);
		assertTrue(imports.stream().anyMatch(MatrixSeeding.class::isInstance), imports.toString());
	}

	@Test
	void aNewStoreGetsTheMatrixAtItsFirstStartAndLaterStartsWriteNothing(@TempDir Path without) {
		long started = System.nanoTime();
		StoreStartup.open(EntryStores.factory(), without, EntryStores.MEXICO, EntryStores.KEYS, clock,
				DemoLoading.NEVER, List.of(), List.of(), List.of()).store().close();
		long withoutImport = System.nanoTime() - started;
		started = System.nanoTime();
		try (RecordStore store = start(EntryStores.MEXICO)) {
			// What the matrix adds to the first start of a data folder, for docs and reviews; no limit asserted.
			System.out.printf("first start: %d ms with the matrix, %d ms without%n",
					(System.nanoTime() - started) / 1_000_000, withoutImport / 1_000_000);
			assertEquals(2_189, store.count(EntryPackage.Literals.ENTRY_RULE));
			assertEquals(16, store.count(EnlacePackage.Literals.COUNTRY), "reference data as before");
		}
		long writes = EntryStores.writes(data, clock);
		started = System.nanoTime();
		try (RecordStore store = start(EntryStores.GUATEMALA)) {
			System.out.printf("later start: %d ms%n", (System.nanoTime() - started) / 1_000_000);
			assertTrue(store.delete(EntryRules.stableId("GTM", "AFG")));
		}
		try (RecordStore store = start(EntryStores.SECRETARIAT)) {
			assertEquals(2_188, store.count(EntryPackage.Literals.ENTRY_RULE), "a deleted rule stays deleted");
		}
		assertEquals(writes, EntryStores.writes(data, clock), "no start after the first wrote a rule");
	}

	@Test
	void aStartTellsItsWindowEachStepAndNamesTheMatrixImport() {
		List<String> steps = new ArrayList<>();
		try (Credentials credentials = new Credentials("gtm.liaison", "enlace-demo".toCharArray());
				RecordStore store = StoreStartup.login(data, credentials, clock, DemoLoading.INTO_NEW_STORE,
						(step, detail) -> steps.add(detail.isEmpty() ? step.name() : step + ": " + detail))
						.store()) {
			assertEquals(2_189, store.count(EntryPackage.Literals.ENTRY_RULE));
		}
		assertEquals(List.of("UNLOCKING", "OPENING", "REFERENCE_DATA", "IMPORTING: " + new MatrixSeeding().title(),
				"DEMO_DATA"), steps);
		assertFalse(new MatrixSeeding().title().startsWith("!"), "the title comes from the bundle's messages");
	}

	private RecordStore start(CurrentUser user) {
		return StoreStartup.open(EntryStores.factory(), data, user, EntryStores.KEYS, clock, DemoLoading.NEVER,
				List.of(), Services.all(StartupImport.class), List.of()).store();
	}
}
