package org.crm.enlace.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.crm.enlace.model.HandlingCode;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;

/**
 * What to look for in {@link RecordRepository#find}: records of a class (or its subclasses), narrowed by owner,
 * modification time, handling code and equal values of index fields ({@link IndexFields}). Every condition must
 * hold. Immutable: each method returns a new query. Whatever it asks, the store returns only what the user may see.
 *
 * <pre>
 * RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT).where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, "GTM")
 * </pre>
 */
public final class RecordQuery {

	/** An index field and the string form of the value it must have. */
	public record IndexCondition(EAttribute attribute, String value) {
	}

	private final EClass type;
	private final Set<String> owners;
	private final Instant modifiedFrom;
	private final Instant modifiedBefore;
	private final Set<HandlingCode> handlingCodes;
	private final List<IndexCondition> conditions;
	private final boolean deleted;

	private RecordQuery(EClass type, Set<String> owners, Instant modifiedFrom, Instant modifiedBefore,
			Set<HandlingCode> handlingCodes, List<IndexCondition> conditions, boolean deleted) {
		this.type = type;
		this.owners = Set.copyOf(owners);
		this.modifiedFrom = modifiedFrom;
		this.modifiedBefore = modifiedBefore;
		this.handlingCodes = Set.copyOf(handlingCodes);
		this.conditions = List.copyOf(conditions);
		this.deleted = deleted;
	}

	/** Every record whose class is {@code type} or one of its subclasses. */
	public static RecordQuery of(EClass type) {
		return new RecordQuery(Objects.requireNonNull(type, "type"), Set.of(), null, null, Set.of(), List.of(),
				false);
	}

	/** Only records owned by one of these organizations. */
	public RecordQuery ownedBy(String... owners) {
		return new RecordQuery(type, Set.of(owners), modifiedFrom, modifiedBefore, handlingCodes, conditions, deleted);
	}

	/** Only records last modified at or after {@code from} and before {@code before}; either may be {@code null}. */
	public RecordQuery modifiedBetween(Instant from, Instant before) {
		return new RecordQuery(type, owners, from, before, handlingCodes, conditions, deleted);
	}

	/** Only records with one of these handling codes. */
	public RecordQuery handling(HandlingCode... codes) {
		return new RecordQuery(type, owners, modifiedFrom, modifiedBefore, Set.of(codes), conditions, deleted);
	}

	/**
	 * Only records whose index field {@code attribute} has {@code value} (for a many-valued attribute: among its
	 * values).
	 *
	 * @throws IllegalArgumentException when the attribute is not an index field of the query's class
	 */
	public RecordQuery where(EAttribute attribute, Object value) {
		if (!IndexFields.isIndexed(attribute) || !type.getEAllAttributes().contains(attribute)) {
			throw new IllegalArgumentException(attribute.getName() + " is not an index field of " + type.getName());
		}
		List<IndexCondition> more = new ArrayList<>(conditions);
		more.add(new IndexCondition(attribute, IndexFields.text(attribute, Objects.requireNonNull(value, "value"))));
		return new RecordQuery(type, owners, modifiedFrom, modifiedBefore, handlingCodes, more, deleted);
	}

	/**
	 * Deleted records instead of live ones. The store shows a deleted record to its owner only; a scrubbed one comes
	 * back as its skeleton (id, version, owner, stamps, marking), without content.
	 */
	public RecordQuery deletedOnly() {
		return new RecordQuery(type, owners, modifiedFrom, modifiedBefore, handlingCodes, conditions, true);
	}

	public EClass type() {
		return type;
	}

	/** Empty for any owner. */
	public Set<String> owners() {
		return owners;
	}

	public Optional<Instant> modifiedFrom() {
		return Optional.ofNullable(modifiedFrom);
	}

	public Optional<Instant> modifiedBefore() {
		return Optional.ofNullable(modifiedBefore);
	}

	/** Empty for any handling code. */
	public Set<HandlingCode> handlingCodes() {
		return handlingCodes;
	}

	public List<IndexCondition> conditions() {
		return conditions;
	}

	public boolean deleted() {
		return deleted;
	}
}
