package org.crm.enlace.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.exchange.internal.SchemaValidation;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EClass;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads an exchange document for import: checks its format version (a newer one is refused, an older one is
 * migrated step by step up to the current one), validates the document and every record against the shipped JSON
 * Schemas, and only when nothing is wrong turns the records into model objects. Every problem is listed, each with
 * its JSON pointer and rule, and none quotes a value.
 */
public final class ExchangeReader {

	private static final String VERSION_POINTER = "/" + ExchangeDocuments.FORMAT_VERSION;

	private final List<Migration> migrations;
	private final SchemaValidation validation = new SchemaValidation();

	public ExchangeReader() {
		this(Migrations.BUILT_IN);
	}

	/** @param migrations the steps from older versions; tests give their own */
	public ExchangeReader(List<Migration> migrations) {
		this.migrations = List.copyOf(migrations);
	}

	public ImportResult read(String text) {
		JsonObject document;
		try {
			JsonElement parsed = JsonParser.parseString(text);
			if (!parsed.isJsonObject()) {
				return ImportResult.refused(List.of(new ExchangeProblem("", "type")));
			}
			document = parsed.getAsJsonObject();
		} catch (JsonParseException e) {
			return ImportResult.refused(List.of(new ExchangeProblem("", ExchangeProblem.SYNTAX)));
		}
		Optional<ExchangeProblem> versionProblem = bringToCurrentVersion(document);
		if (versionProblem.isPresent()) {
			return ImportResult.refused(List.of(versionProblem.get()));
		}
		List<ExchangeProblem> problems = new ArrayList<>(
				validation.validate(ExchangeSchemas.id(ExchangeSchemas.DOCUMENT), document.toString(), ""));
		if (!problems.isEmpty()) {
			return ImportResult.refused(problems);
		}
		List<JsonObject> recordsJson = document.getAsJsonArray(ExchangeDocuments.RECORDS).asList().stream()
				.map(JsonElement::getAsJsonObject).toList();
		for (int i = 0; i < recordsJson.size(); i++) {
			problems.addAll(validateRecord(recordsJson.get(i), pointerOf(i)));
		}
		if (!problems.isEmpty()) {
			return ImportResult.refused(problems);
		}
		List<Record> records = new ArrayList<>();
		for (int i = 0; i < recordsJson.size(); i++) {
			try {
				records.add(RecordJson.read(recordsJson.get(i), pointerOf(i)));
			} catch (ExchangeFormatException e) {
				problems.addAll(e.problems());
			}
		}
		return problems.isEmpty() ? new ImportResult(records, List.of()) : ImportResult.refused(problems);
	}

	private static String pointerOf(int index) {
		return "/" + ExchangeDocuments.RECORDS + "/" + index;
	}

	/* The document schema has made sure the record is an object with a string type. */
	private List<ExchangeProblem> validateRecord(JsonObject record, String pointer) {
		String tag = record.get(RecordJson.TYPE).getAsString();
		EClass recordType = RecordTypes.resolve(tag);
		if (recordType == null || ExchangeSchemas.shipped(ExchangeSchemas.fileName(recordType)).isEmpty()) {
			return List.of(new ExchangeProblem(pointer + "/" + RecordJson.TYPE, ExchangeProblem.UNKNOWN_TYPE, tag));
		}
		return validation.validate(ExchangeSchemas.id(ExchangeSchemas.fileName(recordType)), record.toString(),
				pointer);
	}

	/* Refuses a newer or unreadable version; migrates an older one in place. */
	private Optional<ExchangeProblem> bringToCurrentVersion(JsonObject document) {
		JsonElement written = document.get(ExchangeDocuments.FORMAT_VERSION);
		if (written == null) {
			return Optional.of(new ExchangeProblem(VERSION_POINTER, "required"));
		}
		Optional<FormatVersion> parsed = written.isJsonPrimitive() && written.getAsJsonPrimitive().isString()
				? FormatVersion.parse(written.getAsString())
				: Optional.empty();
		if (parsed.isEmpty()) {
			return Optional.of(new ExchangeProblem(VERSION_POINTER, "pattern"));
		}
		FormatVersion version = parsed.get();
		if (version.isNewerThan(FormatVersion.CURRENT)) {
			return Optional.of(new ExchangeProblem(VERSION_POINTER, ExchangeProblem.NEWER_VERSION,
					version.toString(), FormatVersion.CURRENT.toString()));
		}
		while (!version.equals(FormatVersion.CURRENT)) {
			FormatVersion from = version;
			Optional<Migration> step = migrations.stream().filter(m -> m.from().equals(from)).findFirst();
			if (step.isEmpty()) {
				return Optional.of(new ExchangeProblem(VERSION_POINTER, ExchangeProblem.NO_MIGRATION,
						from.toString(), FormatVersion.CURRENT.toString()));
			}
			step.get().apply(document);
			version = step.get().to();
			document.addProperty(ExchangeDocuments.FORMAT_VERSION, version.toString());
		}
		return Optional.empty();
	}
}
