package org.crm.enlace.exchange;

import com.google.gson.JsonObject;

/**
 * One step that rewrites an exchange document of an older format version into the next version, before it is
 * validated. A node reads an older document only through a complete chain of such steps up to
 * {@link FormatVersion#CURRENT}; each step is a plain function of the JSON, tested with a document of its source
 * version.
 */
public interface Migration {

	FormatVersion from();

	FormatVersion to();

	/** Rewrites the document in place; {@code formatVersion} is set to {@link #to()} by the caller. */
	void apply(JsonObject document);
}
