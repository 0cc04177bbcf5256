package org.crm.enlace.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.crm.enlace.linkage.PersonInputException.Problem;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Encoded persons as nodes exchange them (docs/linkage.md, "Exchanging encodings"), JSON Lines: the first line is
 * the header ({@code format}, {@code version}, {@code keyId}, {@code encoding}: the {@link EncodingParameters}),
 * each further line one person ({@code id}, {@code owner} when known, {@code clk}: the Bloom filter, and the keyed
 * hashes {@code blockingKeys} and {@code documents}, all base64). No name, date or number is in it.
 */
public final class EncodedPersonsJsonLines {

	public static final String FORMAT = "enlace-encoded-persons";
	public static final int VERSION = 1;
	private static final int BATCH = 20_000;
	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
	private static final int HASH_BYTES = Long.BYTES;

	/** The header: which version of the format, which key and which parameters encoded the persons. */
	public record Header(int version, String keyId, EncodingParameters parameters) {
	}

	private EncodedPersonsJsonLines() {
	}

	/** Whether a file's first line is an encoded persons' header (so the file is not one of plain persons). */
	public static boolean isHeader(String line) {
		try {
			JsonElement element = JsonParser.parseString(line);
			return element.isJsonObject() && element.getAsJsonObject().get("format") instanceof JsonPrimitive format
					&& format.isString() && format.getAsString().equals(FORMAT);
		} catch (JsonParseException e) {
			return false;
		}
	}

	public static void writeHeader(String keyId, EncodingParameters parameters, Writer out) throws IOException {
		JsonObject header = new JsonObject();
		header.addProperty("format", FORMAT);
		header.addProperty("version", VERSION);
		header.addProperty("keyId", keyId);
		JsonObject encoding = new JsonObject();
		encoding.addProperty("filterBits", parameters.filterBits());
		encoding.addProperty("qgrams", parameters.qgrams());
		JsonObject bits = new JsonObject();
		parameters.bitsPerToken().forEach(bits::addProperty);
		encoding.add("bitsPerToken", bits);
		encoding.addProperty("tokenHash", parameters.tokenHash());
		encoding.addProperty("normalisation", parameters.normalisation());
		header.add("encoding", encoding);
		out.write(header.toString());
		out.write('\n');
	}

	public static void write(EncodedPerson person, Writer out) throws IOException {
		JsonObject line = new JsonObject();
		line.addProperty("id", person.id());
		if (person.owner() != null) {
			line.addProperty("owner", person.owner());
		}
		line.addProperty("clk", Base64.getEncoder().encodeToString(bytes(person.bits())));
		line.add("blockingKeys", hashes(person.blockingKeys()));
		line.add("documents", hashes(person.documents()));
		out.write(line.toString());
		out.write('\n');
	}

	/**
	 * Reads the header, then every person in batches; ids must be unique, also against {@code ids} (other files'
	 * ones). Problems name the line and the field, never a value.
	 */
	public static Header read(BufferedReader reader, Set<String> ids, Consumer<List<EncodedPerson>> batches)
			throws PersonInputException {
		Header header = readHeader(reader);
		readPersons(reader, header, ids, batches);
		return header;
	}

	/** The first line's header, so that its parameters and key can be checked before any person is read. */
	public static Header readHeader(BufferedReader reader) throws PersonInputException {
		try {
			String first = reader.readLine();
			if (first == null || !isHeader(first)) {
				throw new PersonInputException(Problem.NOT_ENCODED, 1, null);
			}
			return header(JsonParser.parseString(first).getAsJsonObject());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The persons after the header ({@link #readHeader}), in batches; ids unique, also against {@code ids}. */
	public static void readPersons(BufferedReader reader, Header header, Set<String> ids,
			Consumer<List<EncodedPerson>> batches) throws PersonInputException {
		try {
			List<EncodedPerson> batch = new ArrayList<>(BATCH);
			long lineNumber = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				EncodedPerson person = person(line, lineNumber, header.parameters().filterBits());
				if (!ids.add(person.id())) {
					throw new PersonInputException(Problem.DUPLICATE_ID, lineNumber, "id");
				}
				batch.add(person);
				if (batch.size() == BATCH) {
					batches.accept(List.copyOf(batch));
					batch.clear();
				}
			}
			batches.accept(List.copyOf(batch));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Header header(JsonObject object) throws PersonInputException {
		int version = number(object, "version", 1);
		if (version > VERSION) {
			throw new PersonInputException(Problem.NEWER_VERSION, 1, "version");
		}
		String keyId = text(object, "keyId", 1);
		if (!(object.get("encoding") instanceof JsonObject encoding)) {
			throw new PersonInputException(Problem.WRONG_TYPE, 1, "encoding");
		}
		if (!(encoding.get("bitsPerToken") instanceof JsonObject bitsObject)) {
			throw new PersonInputException(Problem.WRONG_TYPE, 1, "encoding.bitsPerToken");
		}
		Map<String, Integer> bits = new java.util.TreeMap<>();
		for (String field : bitsObject.keySet()) {
			bits.put(field, number(bitsObject, field, 1));
		}
		int filterBits = number(encoding, "filterBits", 1);
		if (filterBits <= 0 || filterBits % 64 != 0) {
			throw new PersonInputException(Problem.WRONG_TYPE, 1, "encoding.filterBits");
		}
		return new Header(version, keyId, new EncodingParameters(filterBits, number(encoding, "qgrams", 1), bits,
				text(encoding, "tokenHash", 1), text(encoding, "normalisation", 1)));
	}

	private static EncodedPerson person(String line, long lineNumber, int filterBits) throws PersonInputException {
		JsonElement element;
		try {
			element = JsonParser.parseString(line);
		} catch (JsonParseException e) {
			throw new PersonInputException(Problem.MALFORMED_JSON, lineNumber, null);
		}
		if (!element.isJsonObject()) {
			throw new PersonInputException(Problem.NOT_AN_OBJECT, lineNumber, null);
		}
		JsonObject object = element.getAsJsonObject();
		if (object.get("id") == null || object.get("id").isJsonNull()) {
			throw new PersonInputException(Problem.MISSING_ID, lineNumber, "id");
		}
		String id = text(object, "id", lineNumber);
		if (id.isBlank()) {
			throw new PersonInputException(Problem.MISSING_ID, lineNumber, "id");
		}
		String owner = null;
		if (object.get("owner") != null && !object.get("owner").isJsonNull()) {
			owner = text(object, "owner", lineNumber);
			if (!COUNTRY.matcher(owner).matches()) {
				throw new PersonInputException(Problem.BAD_COUNTRY, lineNumber, "owner");
			}
		}
		long[] bits = longs(decode(text(object, "clk", lineNumber), filterBits / 8, lineNumber, "clk"));
		return new EncodedPerson(id, owner, bits, hashes(object, "blockingKeys", lineNumber),
				hashes(object, "documents", lineNumber));
	}

	private static JsonArray hashes(long[] values) {
		JsonArray array = new JsonArray();
		for (long value : values) {
			array.add(Base64.getEncoder().encodeToString(bytes(new long[] { value })));
		}
		return array;
	}

	private static long[] hashes(JsonObject object, String key, long lineNumber) throws PersonInputException {
		JsonElement value = object.get(key);
		if (value == null || value.isJsonNull()) {
			return new long[0];
		}
		if (!value.isJsonArray()) {
			throw new PersonInputException(Problem.WRONG_TYPE, lineNumber, key);
		}
		JsonArray array = value.getAsJsonArray();
		long[] hashes = new long[array.size()];
		for (int i = 0; i < hashes.length; i++) {
			if (!(array.get(i) instanceof JsonPrimitive text) || !text.isString()) {
				throw new PersonInputException(Problem.WRONG_TYPE, lineNumber, key);
			}
			hashes[i] = longs(decode(text.getAsString(), HASH_BYTES, lineNumber, key))[0];
		}
		return hashes;
	}

	private static byte[] decode(String text, int length, long lineNumber, String key) throws PersonInputException {
		try {
			byte[] bytes = Base64.getDecoder().decode(text);
			if (bytes.length == length) {
				return bytes;
			}
		} catch (IllegalArgumentException e) {
			// told below
		}
		throw new PersonInputException(Problem.BAD_ENCODING, lineNumber, key);
	}

	private static byte[] bytes(long[] values) {
		ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
		for (long value : values) {
			buffer.putLong(value);
		}
		return buffer.array();
	}

	private static long[] longs(byte[] bytes) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		long[] values = new long[bytes.length / Long.BYTES];
		for (int i = 0; i < values.length; i++) {
			values[i] = buffer.getLong();
		}
		return values;
	}

	private static String text(JsonObject object, String key, long lineNumber) throws PersonInputException {
		if (object.get(key) instanceof JsonPrimitive value && value.isString()) {
			return value.getAsString();
		}
		throw new PersonInputException(Problem.WRONG_TYPE, lineNumber, key);
	}

	private static int number(JsonObject object, String key, long lineNumber) throws PersonInputException {
		if (object.get(key) instanceof JsonPrimitive value && value.isNumber()) {
			try {
				return Integer.parseInt(value.getAsString());
			} catch (NumberFormatException e) {
				// told below
			}
		}
		throw new PersonInputException(Problem.WRONG_TYPE, lineNumber, key);
	}
}
