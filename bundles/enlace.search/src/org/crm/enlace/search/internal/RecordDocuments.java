package org.crm.enlace.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.VisibilityLabels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;

/**
 * Turns a record into a Lucene document from its EClass alone, so that record types of any bundle are searchable
 * without code of their own: the text of every String-valued attribute of the record and of the objects it contains,
 * and untokenized fields to filter on (see the package documentation).
 */
final class RecordDocuments {

	/** An attribute annotated with this source and {@code index=false} is kept out of the text. */
	static final String ANNOTATION = "http://crm-enlace.org/search";

	private final VisibilityLabels labels;

	RecordDocuments(VisibilityLabels labels) {
		this.labels = labels;
	}

	Document toDocument(Record record) {
		String id = record.getId();
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A record needs an id to be indexed");
		}
		Document document = new Document();
		document.add(new StringField(IndexFields.ID, id, Field.Store.YES));
		for (String type : typeNames(record.eClass())) {
			document.add(new StringField(IndexFields.TYPE, type, Field.Store.NO));
		}
		addKeyword(document, IndexFields.OWNER, record.getOwnerCountry());
		for (String label : labels.of(record)) {
			addKeyword(document, IndexFields.VISIBLE_TO, label);
		}
		document.add(new NumericDocValuesField(IndexFields.VERSION, record.getVersion()));
		addContent(document, record);
		for (TreeIterator<EObject> contents = record.eAllContents(); contents.hasNext();) {
			addContent(document, contents.next());
		}
		return document;
	}

	/** The class and its supertypes, as the store names them, so that a filter by a superclass finds subclasses. */
	private static List<String> typeNames(EClass eClass) {
		List<String> names = new ArrayList<>();
		names.add(IndexFields.typeName(eClass));
		for (EClass superType : eClass.getEAllSuperTypes()) {
			names.add(IndexFields.typeName(superType));
		}
		return names;
	}

	private static void addContent(Document document, EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.isDerived() || attribute.isTransient()) {
				continue;
			}
			if (attribute.getEAttributeType() instanceof EEnum) {
				// Unset counts as the default value (a TLP that defaults to RED is RED).
				for (Object value : values(object, attribute)) {
					addKeyword(document, IndexFields.attributeField(attribute.getName()), literal(value));
				}
			} else if (isText(attribute)) {
				for (Object value : values(object, attribute)) {
					document.add(new TextField(IndexFields.TEXT, (String) value, Field.Store.NO));
				}
			}
		}
	}

	private static boolean isText(EAttribute attribute) {
		if (attribute.getEAttributeType().getInstanceClass() != String.class || attribute.isID()) {
			return false;
		}
		EAnnotation search = attribute.getEAnnotation(ANNOTATION);
		return search == null || !"false".equals(search.getDetails().get("index"));
	}

	private static Collection<?> values(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		if (attribute.isMany()) {
			return ((Collection<?>) value).stream().filter(v -> v != null).toList();
		}
		return value == null ? Set.of() : Set.of(value);
	}

	private static String literal(Object value) {
		return value instanceof Enumerator enumerator ? enumerator.getLiteral() : value.toString();
	}

	private static void addKeyword(Document document, String field, String value) {
		if (value != null && !value.isBlank()) {
			document.add(new StringField(field, value, Field.Store.NO));
		}
	}
}
