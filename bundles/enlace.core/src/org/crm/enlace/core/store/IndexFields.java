package org.crm.enlace.core.store;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The model's way of saying "the store can query by this attribute": an EAnnotation with source
 * {@value #ANNOTATION_SOURCE} on the EAttribute (no details needed). Any package may use it, including those of
 * member states' bundles; the store then keeps the attribute's values in an index and {@link RecordQuery#where}
 * accepts it. Only equality is offered, on the attribute's string form.
 */
public final class IndexFields {

	public static final String ANNOTATION_SOURCE = "http://crm-enlace.org/store/index";

	private IndexFields() {
	}

	public static boolean isIndexed(EAttribute attribute) {
		return attribute.getEAnnotation(ANNOTATION_SOURCE) != null;
	}

	/** The indexed attributes of a class, inherited ones included. */
	public static List<EAttribute> of(EClass eClass) {
		return eClass.getEAllAttributes().stream().filter(IndexFields::isIndexed).toList();
	}

	/** The string form of one value, as the index holds it and a query compares it: the model's own conversion. */
	public static String text(EAttribute attribute, Object value) {
		return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}
}
