package org.crm.enlace.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.CountryStatus;

/**
 * Each member country designates a permanent contact point and an alternate (work plan item 1.2). A member is
 * incomplete when it lacks an active contact of either role, or when an active contact was last verified more than
 * 180 days ago: contacts change with governments and a stale directory fails exactly when it is needed. Observers are
 * welcome to register contacts but owe none.
 */
public final class CompletenessRule {

	public static final int VERIFICATION_DAYS = 180;

	private CompletenessRule() {
	}

	public static List<CompletenessIssue> check(Collection<Country> countries, Collection<ContactPoint> contacts,
			LocalDate today) {
		List<CompletenessIssue> issues = new ArrayList<>();
		countries.stream()
				.filter(c -> c.getStatus() == CountryStatus.MEMBER)
				.forEach(c -> issues.addAll(check(c.getCode(), contacts, today)));
		return issues;
	}

	/** The issues of one country, permanent contact first. */
	public static List<CompletenessIssue> check(String country, Collection<ContactPoint> contacts, LocalDate today) {
		List<CompletenessIssue> issues = new ArrayList<>();
		for (ContactRole role : ContactRole.values()) {
			Optional<ContactPoint> active = activeContact(country, role, contacts, today);
			if (active.isEmpty()) {
				issues.add(new CompletenessIssue(country, CompletenessIssue.Kind.MISSING, role));
			} else if (isStale(active.get(), today)) {
				issues.add(new CompletenessIssue(country, CompletenessIssue.Kind.STALE_VERIFICATION, role));
			}
		}
		return issues;
	}

	/** The contact of this role valid today; when several are, the most recently verified one. */
	public static Optional<ContactPoint> activeContact(String country, ContactRole role,
			Collection<ContactPoint> contacts, LocalDate today) {
		return contacts.stream()
				.filter(c -> country.equals(c.getCountry()) && c.getRole() == role && isActive(c, today))
				.max(java.util.Comparator.comparing(CompletenessRule::verifiedOrEpoch));
	}

	public static boolean isActive(ContactPoint contact, LocalDate today) {
		boolean started = contact.getValidFrom() == null || !contact.getValidFrom().isAfter(today);
		boolean notEnded = contact.getValidTo() == null || !contact.getValidTo().isBefore(today);
		return started && notEnded;
	}

	/** Never verified counts as stale: nobody has confirmed the contact works. */
	public static boolean isStale(ContactPoint contact, LocalDate today) {
		return contact.getLastVerifiedOn() == null
				|| contact.getLastVerifiedOn().plusDays(VERIFICATION_DAYS).isBefore(today);
	}

	private static LocalDate verifiedOrEpoch(ContactPoint contact) {
		return contact.getLastVerifiedOn() == null ? LocalDate.EPOCH : contact.getLastVerifiedOn();
	}
}
