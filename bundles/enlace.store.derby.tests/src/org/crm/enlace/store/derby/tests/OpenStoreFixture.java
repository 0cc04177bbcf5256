package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.USER;

import java.nio.file.Path;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** For tests that work on one store: opened for {@code USER} on a fresh data folder, closed after each test. */
abstract class OpenStoreFixture {

	@TempDir
	Path data;

	final TestClock clock = new TestClock();

	/** The store of {@link #data}; a test may close it and open another, which is closed in its turn. */
	RecordStore store;

	@BeforeEach
	void openStore() throws InterruptedException {
		store = TestSupport.factoryService().open(data, USER, TestSupport.KEYS, clock);
	}

	@AfterEach
	void closeStore() {
		store.close();
	}
}
