package org.crm.enlace.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.EnlacePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The store reaches other bundles only as a Declarative Services component. */
class ComponentTest {

	private static final String STORE_BUNDLE = "enlace.store.derby";

	@TempDir
	Path data;

	@Test
	void theFactoryServiceComesFromTheStoreBundlesComponent() throws InterruptedException {
		RecordStoreFactory factory = TestSupport.factoryService();

		Bundle provider = FrameworkUtil.getBundle(factory.getClass());
		assertEquals(STORE_BUNDLE, provider.getSymbolicName());
		String components = provider.getHeaders("").get("Service-Component");
		assertNotNull(components, "Service-Component header generated from the annotations");
		for (String component : components.split(",")) {
			assertNotNull(provider.getEntry(component.trim()), component + " is in the bundle");
		}
	}

	@Test
	void theServiceOpensAWorkingStore() throws InterruptedException {
		try (RecordStore store = TestSupport.factoryService().open(data, TestSupport.USER, TestSupport.KEYS, new TestSupport.TestClock())) {
			Country saved = store.save(TestSupport.country());

			assertEquals(1, store.count(EnlacePackage.Literals.COUNTRY));
			assertTrue(store.findById(saved.getId()).isPresent());
		}
	}
}
