package org.crm.enlace.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.crm.enlace.exchange.internal.SchemaGenerator;
import org.eclipse.emf.ecore.EClass;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The JSON Schemas of the current format version, shipped in this bundle under {@code schemas/<version>/}: one file
 * per record type ({@code <nsPrefix>.<Class>.schema.json}), {@value #DEFINITIONS} for what they share and
 * {@value #DOCUMENT} for the enclosing document. Their {@code $id}s carry the format version.
 */
public final class ExchangeSchemas {

	public static final String DEFINITIONS = "definitions.schema.json";
	public static final String DOCUMENT = "document.schema.json";
	/** The folder of the current version's schemas inside the bundle. */
	public static final String FOLDER = "schemas/" + FormatVersion.CURRENT + "/";
	private static final String ID_BASE = "https://crm-enlace.org/exchange/" + FormatVersion.CURRENT + "/";
	private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private ExchangeSchemas() {
	}

	public static String fileName(EClass recordType) {
		return RecordTypes.shortName(recordType) + ".schema.json";
	}

	/** The {@code $id} of a schema file of the current version. */
	public static String id(String fileName) {
		return ID_BASE + fileName;
	}

	/** @return the file name of a schema {@code $id} of the current version, or empty */
	public static Optional<String> fileOf(String id) {
		return id.startsWith(ID_BASE) ? Optional.of(id.substring(ID_BASE.length())) : Optional.empty();
	}

	/**
	 * The schema files the model of the running product implies, as they are to be shipped: file name to text. The
	 * document schema is hand-written (it describes no model class) and is not among them.
	 */
	public static SortedMap<String, String> generate() {
		List<EClass> recordTypes = RecordTypes.all();
		Map<EClass, String> fileNames = new LinkedHashMap<>();
		recordTypes.forEach(t -> fileNames.put(t, fileName(t)));
		SortedMap<String, String> texts = new TreeMap<>();
		new SchemaGenerator(ID_BASE, DEFINITIONS).generate(recordTypes, fileNames)
				.forEach((name, schema) -> texts.put(name, PRETTY.toJson(schema) + "\n"));
		return texts;
	}

	/** @return the text of a shipped schema file of the current version, or empty when there is none */
	public static Optional<String> shipped(String fileName) {
		try (InputStream in = ExchangeSchemas.class.getClassLoader().getResourceAsStream(FOLDER + fileName)) {
			return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
