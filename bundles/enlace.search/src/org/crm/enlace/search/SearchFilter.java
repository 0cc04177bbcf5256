package org.crm.enlace.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crm.enlace.search.internal.IndexFields;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;

/**
 * Narrows a search to records of some classes, owners, visibility labels or enum values, inside Lucene. Every part
 * given must hold; within a part, any of the values will do; a part given with no values matches nothing. Immutable:
 * each method returns a new filter.
 */
public final class SearchFilter {

	private static final SearchFilter NONE = new SearchFilter(Map.of());

	/** Index field name to the values it may hold. */
	private final Map<String, Set<String>> anyOf;

	private SearchFilter(Map<String, Set<String>> anyOf) {
		this.anyOf = anyOf;
	}

	/** Everything the query finds. */
	public static SearchFilter none() {
		return NONE;
	}

	/** Records of these classes or their subclasses, from any bundle. */
	public SearchFilter ofType(Collection<EClass> types) {
		return with(IndexFields.TYPE, types.stream().map(IndexFields::typeName).collect(Collectors.toSet()));
	}

	/** Records owned by one of these (ISO 3166-1 alpha-3 codes, or the store's names for other owners). */
	public SearchFilter ownedByAnyOf(Set<String> owners) {
		return with(IndexFields.OWNER, owners);
	}

	/** Records indexed with one of these {@link VisibilityLabels}. */
	public SearchFilter visibleToAnyOf(Set<String> labels) {
		return with(IndexFields.VISIBLE_TO, labels);
	}

	/** Records whose enum-valued attribute (of the record or of an object it contains) has one of these values. */
	public SearchFilter withAnyOf(EAttribute attribute, Collection<? extends Enumerator> values) {
		if (!(attribute.getEAttributeType() instanceof EEnum)) {
			throw new IllegalArgumentException(attribute.getName() + " is not enum-valued");
		}
		return with(IndexFields.attributeField(attribute.getName()),
				values.stream().map(Enumerator::getLiteral).collect(Collectors.toSet()));
	}

	/** For the index: the fields it restricts and the values allowed in each; empty for {@link #none()}. */
	public Map<String, Set<String>> fieldValues() {
		return anyOf;
	}

	private SearchFilter with(String field, Set<String> values) {
		Map<String, Set<String>> parts = new HashMap<>(anyOf);
		parts.put(field, Set.copyOf(values));
		return new SearchFilter(Map.copyOf(parts));
	}
}
