package org.crm.enlace.exchange.internal;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.exchange.ExchangeProblem;
import org.crm.enlace.exchange.ExchangeSchemas;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;

/**
 * Validates JSON against the schemas shipped in this bundle with networknt's json-schema-validator (draft 2020-12,
 * formats asserted). Schemas are found by their {@code $id} among the shipped files, never fetched from a network.
 * Problems keep only where and which rule: the library's own messages may quote the value, so they are dropped.
 */
public final class SchemaValidation {

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
							.pathType(PathType.JSON_POINTER).build())
					.schemas(id -> ExchangeSchemas.fileOf(id).flatMap(ExchangeSchemas::shipped).orElse(null)));

	/**
	 * @param schemaId the {@code $id} of a shipped schema, possibly with a fragment
	 * @param json     the JSON text to validate
	 * @param pointer  where that JSON sits in the document, prefixed to every problem's pointer
	 * @return every problem found, in the order the validator reports them
	 */
	public List<ExchangeProblem> validate(String schemaId, String json, String pointer) {
		Schema schema = registry.getSchema(SchemaLocation.of(schemaId));
		List<ExchangeProblem> problems = new ArrayList<>();
		for (Error error : schema.validate(json, InputFormat.JSON)) {
			problems.add(new ExchangeProblem(pointer + pointerOf(error), error.getKeyword()));
		}
		return problems;
	}

	/* For a missing or an unexpected field the library points at the object: point at the field instead. */
	private static String pointerOf(Error error) {
		NodePath location = error.getInstanceLocation();
		StringBuilder pointer = new StringBuilder();
		for (int i = 0; i < location.getNameCount(); i++) {
			pointer.append('/').append(escape(String.valueOf(location.getElement(i))));
		}
		String property = error.getProperty();
		boolean namesAField = "required".equals(error.getKeyword())
				|| "additionalProperties".equals(error.getKeyword());
		if (namesAField && property != null && !pointer.toString().endsWith("/" + escape(property))) {
			pointer.append('/').append(escape(property));
		}
		return pointer.toString();
	}

	public static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}
}
