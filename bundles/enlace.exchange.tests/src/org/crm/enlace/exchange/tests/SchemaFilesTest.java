package org.crm.enlace.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crm.enlace.exchange.ExchangeSchemas;
import org.crm.enlace.exchange.RecordTypes;
import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The shipped schemas and the generated part of docs/exchange-format.md are what the model implies; every record
 * type of the product has a schema, because every model bundle of the product is in this test's runtime.
 */
class SchemaFilesTest {

	private static final String HOW_TO_REGENERATE = "the model changed: regenerate with "
			+ "./mvnw -B -ntp -o verify -am -pl bundles/enlace.exchange.tests -Pregenerate-exchange-format "
			+ "and commit bundles/enlace.exchange/schemas and docs/exchange-format.md";

	@Test
	void theShippedSchemasAreTheOnesTheModelImplies() {
		SortedMap<String, String> generated = ExchangeSchemas.generate();
		if (SourceFiles.regenerating()) {
			Path folder = SourceFiles.root().resolve("bundles/enlace.exchange/" + ExchangeSchemas.FOLDER);
			generated.forEach((name, text) -> SourceFiles.write(folder.resolve(name), text));
			return;
		}
		SortedMap<String, String> shipped = new TreeMap<>();
		for (String name : shippedNames()) {
			if (!name.equals(ExchangeSchemas.DOCUMENT)) {
				shipped.put(name, ExchangeSchemas.shipped(name).orElseThrow());
			}
		}
		assertEquals(generated.keySet(), shipped.keySet(), HOW_TO_REGENERATE);
		generated.forEach((name, text) -> assertEquals(text, shipped.get(name), name + ": " + HOW_TO_REGENERATE));
	}

	@Test
	void everyRecordTypeHasAShippedSchemaWithItsVersionInItsId() {
		assumeFalse(SourceFiles.regenerating(), "the bundle holds the schemas from before the regeneration");
		List<EClass> types = RecordTypes.all();
		for (EClass type : types) {
			String text = ExchangeSchemas.shipped(ExchangeSchemas.fileName(type)).orElse("");
			assertTrue(text.contains("\"$id\": \"https://crm-enlace.org/exchange/1.0/" + ExchangeSchemas.fileName(type)),
					type.getName());
		}
		assertTrue(shippedNames().contains(ExchangeSchemas.DEFINITIONS));
	}

	@Test
	void everyModelBundleOfTheProductIsInThisRuntime() {
		String feature = SourceFiles.read(SourceFiles.root().resolve("features/enlace.feature/feature.xml"));
		Matcher plugin = Pattern.compile("<plugin id=\"([^\"]+\\.model)\"").matcher(feature);
		List<String> installed = Arrays.stream(FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles())
				.map(Bundle::getSymbolicName).toList();
		int models = 0;
		while (plugin.find()) {
			models++;
			assertTrue(installed.contains(plugin.group(1)),
					plugin.group(1) + " is in the product: add it to this bundle's Require-Bundle");
		}
		assertTrue(models >= 6, "model bundles in the feature: " + models);
	}

	@Test
	void theDocumentedFieldTablesAreTheOnesTheModelImplies() {
		Path doc = SourceFiles.root().resolve("docs/exchange-format.md");
		String text = SourceFiles.read(doc);
		int begin = text.indexOf(FieldTables.BEGIN);
		int end = text.indexOf(FieldTables.END);
		assertTrue(begin >= 0 && end > begin, "docs/exchange-format.md lacks the generated section's markers");
		String current = text.substring(begin, end + FieldTables.END.length());
		String generated = FieldTables.markdown(new ModelDocumentation(SourceFiles.root().resolve("bundles")));
		if (SourceFiles.regenerating()) {
			SourceFiles.write(doc, text.replace(current, generated));
			return;
		}
		assertEquals(generated, current, HOW_TO_REGENERATE);
	}

	private static List<String> shippedNames() {
		Bundle bundle = FrameworkUtil.getBundle(ExchangeSchemas.class);
		List<URL> entries = Collections.list(bundle.findEntries(ExchangeSchemas.FOLDER, "*.schema.json", false));
		return entries.stream().map(u -> u.getPath().substring(u.getPath().lastIndexOf('/') + 1)).sorted().toList();
	}
}
