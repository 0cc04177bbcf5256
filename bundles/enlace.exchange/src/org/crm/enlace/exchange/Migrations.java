package org.crm.enlace.exchange;

import java.util.List;

/**
 * The migrations this node applies to documents of older format versions. Version 1.0 is the first published
 * version, so there is none yet; when the format changes, {@link FormatVersion#CURRENT} goes up and the step from the
 * previous version is added here, with a test that reads a document of that version.
 */
public final class Migrations {

	public static final List<Migration> BUILT_IN = List.of();

	private Migrations() {
	}
}
