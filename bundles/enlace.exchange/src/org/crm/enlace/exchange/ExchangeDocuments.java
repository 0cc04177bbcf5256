package org.crm.enlace.exchange;

import java.util.List;

import org.crm.enlace.model.Record;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The document that carries records in the exchange format:
 * {@code {"format": "enlace-exchange", "formatVersion": "1.0", "records": [...]}}. The version is written once, on
 * the document; each record carries its type tag.
 */
public final class ExchangeDocuments {

	public static final String FORMAT = "format";
	public static final String FORMAT_NAME = "enlace-exchange";
	public static final String FORMAT_VERSION = "formatVersion";
	public static final String RECORDS = "records";
	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
	/* One reader for all: it keeps the parsed schemas, and the validator is safe to share between threads. */
	private static final ExchangeReader READER = new ExchangeReader();

	private ExchangeDocuments() {
	}

	public static JsonObject toJson(List<? extends Record> records) {
		JsonObject document = new JsonObject();
		document.addProperty(FORMAT, FORMAT_NAME);
		document.addProperty(FORMAT_VERSION, FormatVersion.CURRENT.toString());
		JsonArray array = new JsonArray();
		records.forEach(r -> array.add(RecordJson.write(r)));
		document.add(RECORDS, array);
		return document;
	}

	/** The document as UTF-8 JSON text, on one line. */
	public static String write(List<? extends Record> records) {
		return GSON.toJson(toJson(records));
	}

	/** Reads a document with this node's built-in migrations; see {@link ExchangeReader}. */
	public static ImportResult read(String text) {
		return READER.read(text);
	}
}
