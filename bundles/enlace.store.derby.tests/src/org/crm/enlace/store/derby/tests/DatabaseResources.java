package org.crm.enlace.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.osgi.framework.FrameworkUtil;

/** Databases made by earlier versions of the store, committed as zips in this bundle for migration tests. */
final class DatabaseResources {

	private DatabaseResources() {
	}

	/** Unzips {@code resource} (a path inside this test bundle) into {@code folder}, refusing entries outside it. */
	static void unzip(String resource, Path folder) throws IOException {
		URL zip = FrameworkUtil.getBundle(DatabaseResources.class).getEntry(resource);
		assertNotNull(zip, resource + " is in the test bundle");
		try (ZipInputStream in = new ZipInputStream(zip.openStream())) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path target = folder.resolve(entry.getName()).normalize();
				assertTrue(target.startsWith(folder), entry.getName());
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					Files.write(target, in.readAllBytes());
				}
			}
		}
	}
}
