package org.crm.enlace.exchange.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * An attribute's value as JSON and back: numbers and booleans as JSON numbers and booleans, enums by literal, every
 * other data type as the text its EMF factory writes (ISO 8601 for LocalDate and Instant).
 */
public final class AttributeValues {

	/** The JSON kind of a data type's values. */
	public enum Kind {
		INTEGER, NUMBER, BOOLEAN, STRING
	}

	private AttributeValues() {
	}

	public static Kind kind(EDataType type) {
		Class<?> c = type.getInstanceClass();
		if (type instanceof EEnum || c == null) {
			return Kind.STRING;
		}
		if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
				|| c == Short.class || c == byte.class || c == Byte.class || c == BigInteger.class) {
			return Kind.INTEGER;
		}
		if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
			return Kind.NUMBER;
		}
		return c == boolean.class || c == Boolean.class ? Kind.BOOLEAN : Kind.STRING;
	}

	public static JsonElement toJson(EDataType type, Object value) {
		return switch (kind(type)) {
		case INTEGER, NUMBER -> new JsonPrimitive((Number) value);
		case BOOLEAN -> new JsonPrimitive((Boolean) value);
		case STRING -> new JsonPrimitive(value instanceof Enumerator literal ? literal.getLiteral()
				: EcoreUtil.convertToString(type, value));
		};
	}

	/**
	 * @throws IllegalArgumentException when the JSON is not a value of the type; the message names no value
	 */
	public static Object fromJson(EDataType type, JsonElement json) {
		if (!json.isJsonPrimitive()) {
			throw new IllegalArgumentException("not a JSON scalar");
		}
		JsonPrimitive primitive = json.getAsJsonPrimitive();
		Kind kind = kind(type);
		if ((kind == Kind.INTEGER || kind == Kind.NUMBER) != primitive.isNumber()
				|| (kind == Kind.BOOLEAN) != primitive.isBoolean()) {
			throw new IllegalArgumentException("wrong JSON type");
		}
		try {
			return switch (kind) {
			case INTEGER, NUMBER -> number(type.getInstanceClass(), primitive.getAsBigDecimal());
			case BOOLEAN -> primitive.getAsBoolean();
			case STRING -> text(type, primitive.getAsString());
			};
		} catch (RuntimeException e) {
			// Parsers quote the text they could not read: keep only that it failed.
			throw new IllegalArgumentException("not a value of " + type.getName());
		}
	}

	private static Object text(EDataType type, String text) {
		if (type instanceof EEnum eEnum) {
			EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(text);
			if (literal == null) {
				throw new IllegalArgumentException();
			}
			return literal.getInstance();
		}
		return EcoreUtil.createFromString(type, text);
	}

	private static Object number(Class<?> c, BigDecimal value) {
		if (c == int.class || c == Integer.class) {
			return value.intValueExact();
		}
		if (c == long.class || c == Long.class) {
			return value.longValueExact();
		}
		if (c == short.class || c == Short.class) {
			return value.shortValueExact();
		}
		if (c == byte.class || c == Byte.class) {
			return value.byteValueExact();
		}
		if (c == BigInteger.class) {
			return value.toBigIntegerExact();
		}
		if (c == double.class || c == Double.class) {
			return value.doubleValue();
		}
		if (c == float.class || c == Float.class) {
			return value.floatValue();
		}
		return value;
	}
}
