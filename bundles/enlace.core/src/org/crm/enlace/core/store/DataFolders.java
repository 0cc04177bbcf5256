package org.crm.enlace.core.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a user's data lives: the folder named on the command line, else the {@code enlace.data} system property,
 * else the {@code ENLACE_DATA} environment variable, else {@code ~/.enlace/data}. Never inside the installation,
 * which may be read-only and is replaced on upgrade.
 */
public final class DataFolders {

	public static final String PROPERTY = "enlace.data";
	public static final String ENVIRONMENT = "ENLACE_DATA";

	private DataFolders() {
	}

	public static Path resolve(Optional<String> explicit) {
		return resolve(explicit, System.getProperties().entrySet().stream()
				.collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().toString())),
				System.getenv());
	}

	/** The same, with the system properties and environment given: for tests and for callers that know better. */
	public static Path resolve(Optional<String> explicit, Map<String, String> properties,
			Map<String, String> environment) {
		Path folder = explicit.filter(s -> !s.isBlank())
				.or(() -> Optional.ofNullable(properties.get(PROPERTY)).filter(s -> !s.isBlank()))
				.or(() -> Optional.ofNullable(environment.get(ENVIRONMENT)).filter(s -> !s.isBlank()))
				.map(Path::of)
				.orElseGet(() -> Path.of(properties.getOrDefault("user.home", "."), ".enlace", "data"));
		Path absolute = folder.toAbsolutePath().normalize();
		installation(properties).filter(absolute::startsWith).ifPresent(install -> {
			throw new StoreException(StoreException.Reason.NOT_WRITABLE, absolute.toString());
		});
		return absolute;
	}

	/**
	 * Creates the folder (and its parents) when missing.
	 *
	 * @throws StoreException {@code NOT_WRITABLE} naming the folder when it cannot be created
	 */
	public static void create(Path dataFolder) {
		try {
			java.nio.file.Files.createDirectories(dataFolder);
		} catch (java.io.IOException | SecurityException e) {
			throw new StoreException(StoreException.Reason.NOT_WRITABLE, dataFolder.toString(), e);
		}
	}

	/** The installation folder, as Equinox reports it, when running inside the product. */
	private static Optional<Path> installation(Map<String, String> properties) {
		return Optional.ofNullable(properties.get("eclipse.home.location"))
				.filter(s -> s.startsWith("file:"))
				.map(s -> Path.of(java.net.URI.create(s.replace(" ", "%20"))).toAbsolutePath().normalize());
	}
}
