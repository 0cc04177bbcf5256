package org.crm.enlace.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.crm.enlace.exchange.RecordTypes;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes the JSON Schemas (draft 2020-12) of the exchange format from the EMF model: one per record type, and one of
 * shared definitions (the packages' contained classes such as Person, their enums and data types, and the named
 * formats). The model is the source of truth; the shipped files are this generator's output, checked by a test.
 * Generated packages carry no documentation at run time, so the schemas describe nothing: docs/exchange-format.md
 * does, from the .ecore files.
 */
public final class SchemaGenerator {

	public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
	/** An EAnnotation source on an attribute or data type; its {@code format} detail names one of {@link #FORMATS}. */
	public static final String EXCHANGE_ANNOTATION = "http://crm-enlace.org/exchange";
	/** The named formats of the model's annotations and their patterns. */
	public static final Map<String, String> FORMATS = Map.of( //
			"alpha-3", "^[A-Z]{3}$", //
			"partial-date", "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$");
	private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
	private static final String INSTANT_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$";
	/** A reference within a record is the JSON pointer of its target from the record's root. */
	private static final String POINTER_PATTERN = "^(/[A-Za-z][A-Za-z0-9_]*(/(0|[1-9][0-9]*))?)+$";

	private final String definitionsFile;
	private final String idBase;

	/**
	 * @param idBase          what every {@code $id} starts with, the format version included
	 * @param definitionsFile the file name of the shared definitions
	 */
	public SchemaGenerator(String idBase, String definitionsFile) {
		this.idBase = idBase;
		this.definitionsFile = definitionsFile;
	}

	/** @return file name to schema, for the given record types and the definitions they use */
	public SortedMap<String, JsonObject> generate(List<EClass> recordTypes, Map<EClass, String> fileNames) {
		SortedMap<String, JsonObject> files = new TreeMap<>();
		for (EClass recordType : recordTypes) {
			String fileName = fileNames.get(recordType);
			JsonObject schema = header(fileName, RecordTypes.tag(recordType));
			JsonObject typeTag = new JsonObject();
			typeTag.addProperty("const", RecordTypes.tag(recordType));
			mergeObject(schema, objectSchema(recordType, definitionsFile + "#/$defs/", typeTag));
			files.put(fileName, schema);
		}
		files.put(definitionsFile, definitions(recordTypes));
		return files;
	}

	private JsonObject header(String fileName, String title) {
		JsonObject schema = new JsonObject();
		schema.addProperty("$schema", DIALECT);
		schema.addProperty("$id", idBase + fileName);
		schema.addProperty("title", title);
		return schema;
	}

	private JsonObject definitions(List<EClass> recordTypes) {
		JsonObject schema = header(definitionsFile, "Enlace exchange format: shared definitions");
		JsonObject defs = new JsonObject();
		new TreeMap<>(FORMATS).forEach((name, pattern) -> defs.add(name, pattern(pattern)));
		for (EPackage ePackage : packagesOf(recordTypes)) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				JsonObject definition = definition(classifier);
				if (definition != null) {
					defs.add(RecordTypes.shortName(classifier), definition);
				}
			}
		}
		schema.add("$defs", defs);
		return schema;
	}

	private static Iterable<EPackage> packagesOf(List<EClass> recordTypes) {
		TreeSet<EPackage> packages = new TreeSet<>(Comparator.comparing(EPackage::getNsPrefix));
		recordTypes.forEach(t -> packages.add(t.getEPackage()));
		return packages;
	}

	/* Contained classes, enums and data types: records have files of their own, abstract classes no instances. */
	private JsonObject definition(EClassifier classifier) {
		if (classifier instanceof EClass eClass) {
			if (eClass.isAbstract() || eClass.isInterface() || RecordTypes.isRecordType(eClass)) {
				return null;
			}
			return objectSchema(eClass, "#/$defs/", null);
		}
		return dataTypeSchema((EDataType) classifier);
	}

	private JsonObject objectSchema(EClass eClass, String refBase, JsonObject typeTag) {
		JsonObject properties = new JsonObject();
		JsonArray required = new JsonArray();
		if (typeTag != null) {
			properties.add("type", typeTag);
			required.add("type");
		}
		for (EStructuralFeature feature : ExchangedFeatures.of(eClass)) {
			properties.add(feature.getName(), featureSchema(feature, refBase));
			if (feature.getLowerBound() > 0) {
				required.add(feature.getName());
			}
		}
		JsonObject schema = new JsonObject();
		schema.addProperty("type", "object");
		schema.add("properties", properties);
		if (!required.isEmpty()) {
			schema.add("required", required);
		}
		schema.addProperty("additionalProperties", false);
		return schema;
	}

	private JsonObject featureSchema(EStructuralFeature feature, String refBase) {
		JsonObject element = elementSchema(feature, refBase);
		JsonObject schema;
		if (feature.isMany()) {
			schema = new JsonObject();
			schema.addProperty("type", "array");
			schema.add("items", element);
			if (feature.getLowerBound() > 0) {
				schema.addProperty("minItems", feature.getLowerBound());
			}
		} else {
			schema = element;
		}
		return schema;
	}

	private static JsonObject elementSchema(EStructuralFeature feature, String refBase) {
		if (feature instanceof EReference reference) {
			return reference.isContainment() ? ref(refBase + RecordTypes.shortName(reference.getEReferenceType()))
					: pattern(POINTER_PATTERN);
		}
		String format = format(feature);
		if (format != null) {
			return ref(refBase + format);
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		return type.getEPackage() == EcorePackage.eINSTANCE ? dataTypeSchema(type)
				: ref(refBase + RecordTypes.shortName(type));
	}

	private static JsonObject dataTypeSchema(EDataType type) {
		if (type instanceof EEnum eEnum) {
			JsonObject schema = new JsonObject();
			schema.addProperty("type", "string");
			JsonArray literals = new JsonArray();
			eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).forEach(literals::add);
			schema.add("enum", literals);
			return schema;
		}
		String format = format(type);
		if (format != null) {
			return pattern(FORMATS.get(format));
		}
		Class<?> c = type.getInstanceClass();
		if (c == LocalDate.class) {
			JsonObject schema = pattern(DATE_PATTERN);
			schema.addProperty("format", "date");
			return schema;
		}
		if (c == Instant.class) {
			JsonObject schema = pattern(INSTANT_PATTERN);
			schema.addProperty("format", "date-time");
			return schema;
		}
		JsonObject schema = new JsonObject();
		schema.addProperty("type", AttributeValues.kind(type).name().toLowerCase(Locale.ROOT));
		return schema;
	}

	/** The named format of an attribute or data type, or null; an unknown name is a model error. */
	public static String format(EModelElement element) {
		String format = EcoreUtil.getAnnotation(element, EXCHANGE_ANNOTATION, "format");
		if (format != null && !FORMATS.containsKey(format)) {
			throw new IllegalStateException("unknown exchange format " + format);
		}
		return format;
	}

	private static JsonObject pattern(String pattern) {
		JsonObject schema = new JsonObject();
		schema.addProperty("type", "string");
		schema.addProperty("pattern", pattern);
		return schema;
	}

	private static JsonObject ref(String target) {
		JsonObject schema = new JsonObject();
		schema.addProperty("$ref", target);
		return schema;
	}

	private static void mergeObject(JsonObject target, JsonObject source) {
		source.entrySet().forEach(e -> target.add(e.getKey(), e.getValue()));
	}
}
