package org.crm.enlace.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.directory.internal.Messages;
import org.crm.enlace.model.ContactPoint;

/**
 * Checks a contact point before it is stored. Every problem is listed; none is thrown. Messages name the field and
 * the rule, never the value entered (it may be a person's data).
 */
public final class ContactValidator {

	/** E.164: a plus sign, a country code that does not start with 0, at most 15 digits in all. */
	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
	/** A pragmatic address check: one @, no spaces, a dotted domain with a top-level label of 2+ letters. */
	private static final Pattern EMAIL = Pattern
			.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");
	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private ContactValidator() {
	}

	public static List<Problem> validate(ContactPoint contact, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (contact.getCountry() == null || !CountryCatalog.isKnown(contact.getCountry())) {
			problems.add(problem("country", "validation.country"));
		}
		if (contact.getRole() == null) {
			problems.add(problem("role", "validation.role"));
		}
		if (isBlank(contact.getFullName())) {
			problems.add(problem("fullName", "validation.fullName"));
		}
		if (isBlank(contact.getEmail())) {
			problems.add(problem("email", "validation.email.missing"));
		} else if (!EMAIL.matcher(contact.getEmail().trim()).matches()) {
			problems.add(problem("email", "validation.email.invalid"));
		}
		if (contact.getPhones().isEmpty()) {
			problems.add(problem("phones", "validation.phones.missing"));
		}
		for (int i = 0; i < contact.getPhones().size(); i++) {
			if (!E164.matcher(contact.getPhones().get(i)).matches()) {
				problems.add(new Problem("phones", Messages.format("validation.phone.invalid", i + 1)));
			}
		}
		for (String language : contact.getWorkingLanguages()) {
			if (!LANGUAGES.contains(language)) {
				problems.add(problem("workingLanguages", "validation.language"));
			}
		}
		if (contact.getValidFrom() != null && contact.getValidTo() != null
				&& contact.getValidTo().isBefore(contact.getValidFrom())) {
			problems.add(problem("validTo", "validation.validTo"));
		}
		if (contact.getLastVerifiedOn() != null && contact.getLastVerifiedOn().isAfter(today)) {
			problems.add(problem("lastVerifiedOn", "validation.lastVerifiedOn"));
		}
		return problems;
	}

	private static Problem problem(String field, String key) {
		return new Problem(field, Messages.get(key));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
