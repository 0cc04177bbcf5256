package org.crm.enlace.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.crm.enlace.exchange.internal.AttributeValues;
import org.crm.enlace.exchange.internal.ExchangedFeatures;
import org.crm.enlace.exchange.internal.SchemaValidation;
import org.crm.enlace.model.Record;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Any record as a JSON object of the exchange format and back, driven by its EMF class alone: fields by feature name;
 * enums by literal; LocalDate and Instant in ISO 8601; contained objects nested (without a type tag: the model says
 * their class); many-valued features as arrays; a reference to another object of the same record as the JSON
 * pointer of that object from the record's root; absent values omitted. The record's class is its {@value #TYPE}
 * tag, {@code nsURI#Name}. Errors name the type, the field and the JSON pointer, never a value.
 */
public final class RecordJson {

	/** The member that carries a record's type tag. */
	public static final String TYPE = "type";

	private RecordJson() {
	}

	public static JsonObject write(Record record) {
		JsonObject json = new JsonObject();
		json.addProperty(TYPE, RecordTypes.tag(record.eClass()));
		writeFeatures(record, record, json);
		return json;
	}

	/**
	 * A contained value, such as a {@code Person}, as the JSON object it is nested as in its record (no type tag; a
	 * reference inside it points from it as root).
	 */
	public static JsonObject writeObject(EObject object) {
		JsonObject json = new JsonObject();
		writeFeatures(object, object, json);
		return json;
	}

	private static void writeFeatures(EObject root, EObject object, JsonObject json) {
		for (EStructuralFeature feature : ExchangedFeatures.of(object.eClass())) {
			Object value = object.eGet(feature);
			// A required single value is written even when it is the default, which eIsSet does not count as set.
			boolean present = object.eIsSet(feature) || feature.getLowerBound() > 0 && !feature.isMany() && value != null;
			if (!present) {
				continue;
			}
			if (feature.isMany()) {
				JsonArray array = new JsonArray();
				((List<?>) value).forEach(element -> array.add(writeValue(root, feature, element)));
				json.add(feature.getName(), array);
			} else {
				json.add(feature.getName(), writeValue(root, feature, value));
			}
		}
	}

	private static JsonElement writeValue(EObject root, EStructuralFeature feature, Object value) {
		if (feature instanceof EAttribute attribute) {
			return AttributeValues.toJson(attribute.getEAttributeType(), value);
		}
		EObject target = (EObject) value;
		if (ExchangedFeatures.isNested(feature)) {
			if (target.eClass() != ((EReference) feature).getEReferenceType()) {
				throw new IllegalArgumentException(feature.getName() + ": a subclass cannot be exchanged untagged");
			}
			JsonObject json = new JsonObject();
			writeFeatures(root, target, json);
			return json;
		}
		return new JsonPrimitive(pointerWithin(root, target, feature));
	}

	private static String pointerWithin(EObject root, EObject target, EStructuralFeature feature) {
		Deque<String> steps = new ArrayDeque<>();
		EObject object = target;
		while (object != root) {
			EObject container = object.eContainer();
			if (container == null) {
				throw new IllegalArgumentException(feature.getName() + ": refers outside its record");
			}
			EStructuralFeature containing = object.eContainingFeature();
			if (containing.isMany()) {
				steps.push(String.valueOf(((List<?>) container.eGet(containing)).indexOf(object)));
			}
			steps.push(SchemaValidation.escape(containing.getName()));
			object = container;
		}
		return "/" + String.join("/", steps);
	}

	/** Reads a record found at the root of a JSON text. */
	public static Record read(JsonObject json) {
		return read(json, "");
	}

	/**
	 * @param pointer where the record sits in its document, for the problems' pointers
	 * @throws ExchangeFormatException listing every problem found: unknown type, unknown field, bad value or reference
	 */
	public static Record read(JsonObject json, String pointer) {
		Reading reading = new Reading();
		Record record = reading.record(json, pointer);
		if (!reading.problems.isEmpty()) {
			throw new ExchangeFormatException(reading.problems);
		}
		return record;
	}

	/**
	 * Reads a contained value of a known class, such as a {@code Person}, written by {@link #writeObject(EObject)}.
	 *
	 * @throws ExchangeFormatException listing every problem found
	 */
	public static EObject readObject(EClass type, JsonObject json, String pointer) {
		Reading reading = new Reading();
		EObject object = EcoreUtil.create(type);
		reading.readFeatures(object, json, pointer, false);
		reading.references.forEach(Runnable::run);
		if (!reading.problems.isEmpty()) {
			throw new ExchangeFormatException(reading.problems);
		}
		return object;
	}

	/** One record's reading: the problems found so far and the references to resolve once all objects exist. */
	private static final class Reading {

		private final List<ExchangeProblem> problems = new ArrayList<>();
		private final List<Runnable> references = new ArrayList<>();

		Record record(JsonObject json, String pointer) {
			JsonElement tag = json.get(TYPE);
			if (tag == null || !tag.isJsonPrimitive() || !tag.getAsJsonPrimitive().isString()) {
				problems.add(new ExchangeProblem(pointer + "/" + TYPE, tag == null ? "required" : "type"));
				return null;
			}
			EClass recordType = RecordTypes.resolve(tag.getAsString());
			if (recordType == null) {
				problems.add(new ExchangeProblem(pointer + "/" + TYPE, ExchangeProblem.UNKNOWN_TYPE, tag.getAsString()));
				return null;
			}
			Record record = (Record) EcoreUtil.create(recordType);
			readFeatures(record, json, pointer, true);
			references.forEach(Runnable::run);
			return record;
		}

		private void readFeatures(EObject object, JsonObject json, String pointer, boolean root) {
			for (Map.Entry<String, JsonElement> member : json.entrySet()) {
				String name = member.getKey();
				if (root && name.equals(TYPE)) {
					continue;
				}
				String at = pointer + "/" + SchemaValidation.escape(name);
				EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
				if (feature == null || !ExchangedFeatures.isExchanged(feature)) {
					problems.add(new ExchangeProblem(at, ExchangeProblem.UNKNOWN_FIELD,
							RecordTypes.shortName(object.eClass()), name));
				} else if (!feature.isMany()) {
					readValue(object, feature, member.getValue(), at);
				} else if (member.getValue().isJsonArray()) {
					JsonArray array = member.getValue().getAsJsonArray();
					for (int i = 0; i < array.size(); i++) {
						readValue(object, feature, array.get(i), at + "/" + i);
					}
				} else {
					problems.add(new ExchangeProblem(at, "type"));
				}
			}
		}

		@SuppressWarnings("unchecked")
		private void readValue(EObject object, EStructuralFeature feature, JsonElement json, String at) {
			if (feature instanceof EReference reference && !reference.isContainment()) {
				references.add(() -> resolve(object, reference, json, at));
				return;
			}
			Object value;
			if (feature instanceof EAttribute attribute) {
				try {
					value = AttributeValues.fromJson(attribute.getEAttributeType(), json);
				} catch (IllegalArgumentException e) {
					problems.add(new ExchangeProblem(at, ExchangeProblem.BAD_VALUE));
					return;
				}
			} else if (json.isJsonObject()) {
				EObject child = EcoreUtil.create(((EReference) feature).getEReferenceType());
				readFeatures(child, json.getAsJsonObject(), at, false);
				value = child;
			} else {
				problems.add(new ExchangeProblem(at, "type"));
				return;
			}
			if (feature.isMany()) {
				((EList<Object>) object.eGet(feature)).add(value);
			} else {
				object.eSet(feature, value);
			}
		}

		@SuppressWarnings("unchecked")
		private void resolve(EObject object, EReference reference, JsonElement json, String at) {
			EObject target = json.isJsonPrimitive() ? follow(EcoreUtil.getRootContainer(object), json.getAsString())
					: null;
			if (target == null || !reference.getEReferenceType().isInstance(target)) {
				problems.add(new ExchangeProblem(at, ExchangeProblem.BAD_REFERENCE));
			} else if (reference.isMany()) {
				((EList<Object>) object.eGet(reference)).add(target);
			} else {
				object.eSet(reference, target);
			}
		}

		/* Walks a pointer of containment features and list indexes from the record's root. */
		private static EObject follow(EObject root, String pointer) {
			String[] steps = pointer.split("/", -1);
			EObject object = root;
			for (int i = 1; i < steps.length && object != null; i++) {
				EStructuralFeature feature = object.eClass().getEStructuralFeature(steps[i]);
				if (!(feature instanceof EReference reference) || !reference.isContainment()) {
					return null;
				}
				Object value = object.eGet(feature);
				if (reference.isMany()) {
					List<?> list = (List<?>) value;
					int index = ++i < steps.length && steps[i].matches("0|[1-9][0-9]{0,8}") ? Integer.parseInt(steps[i])
							: -1;
					value = index >= 0 && index < list.size() ? list.get(index) : null;
				}
				object = (EObject) value;
			}
			return pointer.startsWith("/") ? object : null;
		}
	}
}
