package org.crm.enlace.exchange.tests;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.exchange.internal.AttributeValues;
import org.crm.enlace.exchange.internal.ExchangedFeatures;
import org.crm.enlace.exchange.internal.SchemaGenerator;
import org.crm.enlace.model.Record;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Builds a populated instance of any record type from its EClass alone: every exchanged feature gets a
 * representative value (the last enum literal, which is not the default; two elements in every list; a contained
 * object two levels deep; references to an object of the right class elsewhere in the same record).
 */
final class SampleRecords {

	private static final int NESTING = 3;

	private SampleRecords() {
	}

	static Record populated(EClass recordType) {
		Record record = (Record) EcoreUtil.create(recordType);
		fill(record, 0);
		record.setId("00000000-0000-4000-8000-" + String.format("%012d", Math.abs(recordType.getName().hashCode())));
		List<EObject> all = new java.util.ArrayList<>();
		all.add(record);
		for (TreeIterator<EObject> it = record.eAllContents(); it.hasNext();) {
			all.add(it.next());
		}
		all.forEach(object -> fillReferences(object, all));
		return record;
	}

	@SuppressWarnings("unchecked")
	private static void fill(EObject object, int depth) {
		for (EStructuralFeature feature : ExchangedFeatures.of(object.eClass())) {
			if (feature instanceof EAttribute attribute) {
				if (feature.isMany()) {
					EList<Object> list = (EList<Object>) object.eGet(feature);
					list.add(value(attribute, 0));
					list.add(value(attribute, 1));
				} else {
					object.eSet(feature, value(attribute, 0));
				}
			} else if (ExchangedFeatures.isNested(feature) && depth < NESTING) {
				EClass type = ((EReference) feature).getEReferenceType();
				int count = feature.isMany() ? 2 : 1;
				for (int i = 0; i < count; i++) {
					EObject child = EcoreUtil.create(type);
					fill(child, depth + 1);
					if (feature.isMany()) {
						((EList<Object>) object.eGet(feature)).add(child);
					} else {
						object.eSet(feature, child);
					}
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void fillReferences(EObject object, List<EObject> candidates) {
		for (EStructuralFeature feature : ExchangedFeatures.of(object.eClass())) {
			if (feature instanceof EReference reference && !reference.isContainment()) {
				EObject target = candidates.stream().filter(reference.getEReferenceType()::isInstance).reduce((a, b) -> b)
						.orElse(null);
				if (target == null) {
					continue;
				}
				if (feature.isMany()) {
					((EList<Object>) object.eGet(feature)).add(target);
				} else {
					object.eSet(feature, target);
				}
			}
		}
	}

	private static Object value(EAttribute attribute, int index) {
		String format = SchemaGenerator.format(attribute);
		EDataType type = attribute.getEAttributeType();
		String typeFormat = SchemaGenerator.format(type);
		if ("alpha-3".equals(format)) {
			return index == 0 ? "GTM" : "HND";
		}
		if ("partial-date".equals(typeFormat)) {
			return index == 0 ? "1987-04" : "1990";
		}
		if (type instanceof EEnum eEnum) {
			return eEnum.getELiterals().get(eEnum.getELiterals().size() - 1 - index % eEnum.getELiterals().size())
					.getInstance();
		}
		Class<?> c = type.getInstanceClass();
		if (c == LocalDate.class) {
			return LocalDate.of(2026, 3, 15 + index);
		}
		if (c == Instant.class) {
			return Instant.parse("2026-03-15T14:30:05.250Z").plusSeconds(index);
		}
		if (c == BigDecimal.class) {
			return new BigDecimal("1250.50").add(BigDecimal.valueOf(index));
		}
		if (c == BigInteger.class) {
			return BigInteger.valueOf(7 + index);
		}
		return switch (AttributeValues.kind(type)) {
		case INTEGER -> integer(c, 7 + index);
		case NUMBER -> c == float.class || c == Float.class ? (Object) (2.5f + index) : (Object) (2.5d + index);
		case BOOLEAN -> index == 0;
		case STRING -> "Texto de ejemplo «" + attribute.getName() + "» n.º " + index;
		};
	}

	private static Object integer(Class<?> c, int value) {
		if (c == long.class || c == Long.class) {
			return (long) value;
		}
		if (c == short.class || c == Short.class) {
			return (short) value;
		}
		if (c == byte.class || c == Byte.class) {
			return (byte) value;
		}
		return value;
	}
}
