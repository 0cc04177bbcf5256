package org.crm.enlace.search.tests;

import static org.crm.enlace.search.tests.TestKeys.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexFactory;
import org.crm.enlace.search.VisibilityLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Lucene runs from its wrapped bundles: the codecs it finds through Java's service loader are there (reading an
 * index looks them up by name), and the index is offered as a Declarative Services component.
 */
class OsgiRuntimeTest {

	@TempDir
	Path folder;

	@Test
	void luceneComesFromItsBundlesAndFindsItsCodecsByName() {
		Bundle core = FrameworkUtil.getBundle(Codec.class);
		assertNotNull(core, "Lucene must be loaded by an OSGi bundle, not from the class path");
		assertEquals("org.apache.lucene.core", core.getSymbolicName());

		Codec codec = Codec.getDefault();
		assertEquals(codec.getClass(), Codec.forName(codec.getName()).getClass());
		assertTrue(Codec.availableCodecs().contains(codec.getName()), Codec.availableCodecs().toString());
		assertTrue(PostingsFormat.availablePostingsFormats().size() > 0);
	}

	@Test
	void theFactoryServiceOpensAWorkingIndex() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(OsgiRuntimeTest.class).getBundleContext();
		ServiceTracker<FullTextIndexFactory, FullTextIndexFactory> tracker = new ServiceTracker<>(context,
				FullTextIndexFactory.class, null);
		tracker.open();
		try {
			FullTextIndexFactory factory = tracker.waitForService(10_000);
			assertNotNull(factory, "no FullTextIndexFactory service within 10 s");
			assertEquals("enlace.search", FrameworkUtil.getBundle(factory.getClass()).getSymbolicName());

			try (FullTextIndex index = factory.open(folder, VisibilityLabels.NONE, KEY)) {
				ContactPoint contact = TestRecords.contact("Grace Ficticia Walker");
				index.index(contact);
				assertEquals(List.of(contact.getId()), TestRecords.ids(index, "walker"));
			}
			try (FullTextIndex reopened = factory.open(folder, record -> Set.of(), KEY)) {
				assertEquals(1, reopened.size());
			}
		} finally {
			tracker.close();
		}
	}
}
