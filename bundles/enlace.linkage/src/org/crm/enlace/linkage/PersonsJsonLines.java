package org.crm.enlace.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.crm.enlace.linkage.PersonInputException.Problem;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;

/**
 * Persons as JSON Lines: one object a line with an {@code id} and the person fields of the exchange format, any of
 * them missing. Blank lines are skipped. Lines are read in batches, each batch parsed in parallel.
 */
public final class PersonsJsonLines {

	private static final int BATCH = 20_000;

	private PersonsJsonLines() {
	}

	/** Reads every person and hands each batch, in order, to {@code batches}; ids must be unique. */
	public static long read(BufferedReader reader, Consumer<List<Person>> batches) throws PersonInputException {
		return read(reader, new HashSet<>(), batches);
	}

	/** As {@link #read(BufferedReader, Consumer)}, ids also unique against {@code ids} (other files' ones). */
	public static long read(BufferedReader reader, Set<String> ids, Consumer<List<Person>> batches)
			throws PersonInputException {
		List<String> lines = new ArrayList<>(BATCH);
		long lineNumber = 0;
		long firstOfBatch = 1;
		long count = 0;
		try {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (lines.isEmpty()) {
					firstOfBatch = lineNumber;
				}
				lines.add(line);
				if (lines.size() == BATCH) {
					count += parseBatch(lines, firstOfBatch, ids, batches);
					lines.clear();
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return count + parseBatch(lines, firstOfBatch, ids, batches);
	}

	/** Reads every person into one list. */
	public static List<Person> readAll(BufferedReader reader) throws PersonInputException {
		List<Person> persons = new ArrayList<>();
		read(reader, persons::addAll);
		return persons;
	}

	private static int parseBatch(List<String> lines, long firstLine, Set<String> ids, Consumer<List<Person>> batches)
			throws PersonInputException {
		Object[] parsed = new Object[lines.size()];
		java.util.stream.IntStream.range(0, lines.size()).parallel().forEach(i -> {
			try {
				parsed[i] = lines.get(i).isBlank() ? null : parse(lines.get(i), firstLine + i);
			} catch (PersonInputException e) {
				parsed[i] = e;
			}
		});
		List<Person> persons = new ArrayList<>(lines.size());
		for (int i = 0; i < parsed.length; i++) {
			if (parsed[i] instanceof PersonInputException e) {
				throw e;
			}
			if (parsed[i] instanceof Person person) {
				if (!ids.add(person.id())) {
					throw new PersonInputException(Problem.DUPLICATE_ID, firstLine + i, "id");
				}
				persons.add(person);
			}
		}
		batches.accept(persons);
		return persons.size();
	}

	/** One line's person; {@code lineNumber} only names the line in an error. */
	public static Person parse(String line, long lineNumber) throws PersonInputException {
		JsonElement element;
		try {
			element = JsonParser.parseString(line);
		} catch (JsonSyntaxException | com.google.gson.JsonIOException e) {
			throw new PersonInputException(Problem.MALFORMED_JSON, lineNumber, null);
		}
		if (!element.isJsonObject()) {
			throw new PersonInputException(Problem.NOT_AN_OBJECT, lineNumber, null);
		}
		JsonObject object = element.getAsJsonObject();
		String id = text(object, "id", lineNumber);
		if (id == null || id.isBlank()) {
			throw new PersonInputException(Problem.MISSING_ID, lineNumber, "id");
		}
		List<PersonDocument> documents = new ArrayList<>();
		JsonElement array = object.get("documents");
		if (array != null && !array.isJsonNull()) {
			if (!array.isJsonArray()) {
				throw new PersonInputException(Problem.WRONG_TYPE, lineNumber, "documents");
			}
			for (JsonElement entry : array.getAsJsonArray()) {
				if (!entry.isJsonObject()) {
					throw new PersonInputException(Problem.WRONG_TYPE, lineNumber, "documents");
				}
				JsonObject document = entry.getAsJsonObject();
				documents.add(new PersonDocument(text(document, "type", lineNumber),
						text(document, "number", lineNumber), text(document, "issuingState", lineNumber),
						text(document, "expiry", lineNumber)));
			}
		}
		return new Person(id, text(object, "givenNames", lineNumber), text(object, "firstSurname", lineNumber),
				text(object, "secondSurname", lineNumber), text(object, "surnameParticles", lineNumber),
				text(object, "dateOfBirth", lineNumber), text(object, "sex", lineNumber),
				text(object, "nationality", lineNumber), documents, text(object, "mrzName", lineNumber));
	}

	/** Writes one person as one line. */
	public static void write(Person person, Writer out) throws IOException {
		JsonObject object = new JsonObject();
		object.addProperty("id", person.id());
		put(object, "givenNames", person.givenNames());
		put(object, "firstSurname", person.firstSurname());
		put(object, "secondSurname", person.secondSurname());
		put(object, "surnameParticles", person.surnameParticles());
		put(object, "dateOfBirth", person.dateOfBirth());
		put(object, "sex", person.sex());
		put(object, "nationality", person.nationality());
		if (!person.documents().isEmpty()) {
			JsonArray documents = new JsonArray();
			for (PersonDocument document : person.documents()) {
				JsonObject entry = new JsonObject();
				put(entry, "type", document.type());
				put(entry, "number", document.number());
				put(entry, "issuingState", document.issuingState());
				put(entry, "expiry", document.expiry());
				documents.add(entry);
			}
			object.add("documents", documents);
		}
		put(object, "mrzName", person.mrzName());
		out.write(object.toString());
		out.write('\n');
	}

	private static void put(JsonObject object, String key, String value) {
		if (value != null) {
			object.addProperty(key, value);
		}
	}

	/* A string or number field; anything else is the input's mistake. */
	private static String text(JsonObject object, String key, long lineNumber) throws PersonInputException {
		JsonElement value = object.get(key);
		if (value == null || value.isJsonNull()) {
			return null;
		}
		if (value instanceof JsonPrimitive primitive && (primitive.isString() || primitive.isNumber())) {
			return primitive.getAsString();
		}
		throw new PersonInputException(Problem.WRONG_TYPE, lineNumber, key);
	}
}
