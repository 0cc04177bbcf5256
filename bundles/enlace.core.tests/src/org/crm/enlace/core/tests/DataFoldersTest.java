package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.store.DataFolders;
import org.crm.enlace.core.store.StoreException;
import org.junit.jupiter.api.Test;

class DataFoldersTest {

	private static final Map<String, String> HOME = Map.of("user.home", "/home/ana");

	@Test
	void theDefaultIsUnderTheUsersHome() {
		assertEquals(Path.of("/home/ana/.enlace/data"), DataFolders.resolve(Optional.empty(), HOME, Map.of()));
	}

	@Test
	void theCommandLineWinsOverThePropertyWhichWinsOverTheEnvironment() {
		Map<String, String> properties = Map.of("user.home", "/home/ana", DataFolders.PROPERTY, "/srv/propiedad");
		Map<String, String> environment = Map.of(DataFolders.ENVIRONMENT, "/srv/entorno");
		assertEquals(Path.of("/srv/orden"), DataFolders.resolve(Optional.of("/srv/orden"), properties, environment));
		assertEquals(Path.of("/srv/propiedad"), DataFolders.resolve(Optional.empty(), properties, environment));
		assertEquals(Path.of("/srv/entorno"), DataFolders.resolve(Optional.empty(), HOME, environment));
	}

	@Test
	void aFolderInsideTheInstallationIsRefusedWithAMessageNamingIt() {
		Map<String, String> installed = Map.of("user.home", "/home/ana", "eclipse.home.location", "file:/opt/enlace/");
		StoreException refused = assertThrows(StoreException.class,
				() -> DataFolders.resolve(Optional.of("/opt/enlace/data"), installed, Map.of()));
		assertEquals(StoreException.Reason.NOT_WRITABLE, refused.reason());
		assertTrue(refused.getMessage().contains("/opt/enlace/data"), refused.getMessage());
		assertEquals(Path.of("/opt/enlace-datos"),
				DataFolders.resolve(Optional.of("/opt/enlace-datos"), installed, Map.of()));
	}
}
