package org.crm.enlace.directory.tests;

import static org.crm.enlace.directory.tests.Contacts.TODAY;
import static org.crm.enlace.directory.tests.Contacts.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.directory.ContactValidator;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactValidatorTest {

	@Test
	void aCompleteContactHasNoProblems() {
		assertEquals(List.of(), ContactValidator.validate(valid("GTM", ContactRole.PERMANENT), TODAY));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sin-arroba", "a@b", "a b@example.org", "@example.org", "a@example.", "a@@example.org" })
	void invalidEmailsAreListed(String email) {
		ContactPoint contact = valid("GTM", ContactRole.PERMANENT);
		contact.setEmail(email);
		assertEquals(List.of("email"), fields(ContactValidator.validate(contact, TODAY)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "50222220000", "+0502222", "+502 2222 0000", "+5021234567890123", "+502-2222-0000", "+12" })
	void phonesNotInE164AreListed(String phone) {
		ContactPoint contact = valid("GTM", ContactRole.PERMANENT);
		contact.getPhones().add(phone);
		List<Problem> problems = ContactValidator.validate(contact, TODAY);
		assertEquals(List.of("phones"), fields(problems));
		assertTrue(problems.get(0).message().contains("2"), "names which phone: " + problems.get(0).message());
	}

	@Test
	void aValidToBeforeValidFromIsListed() {
		ContactPoint contact = valid("GTM", ContactRole.PERMANENT);
		contact.setValidFrom(TODAY);
		contact.setValidTo(TODAY.minusDays(1));
		assertEquals(List.of("validTo"), fields(ContactValidator.validate(contact, TODAY)));
	}

	@Test
	void everyProblemIsListedAtOnceAndNoneQuotesTheValue() {
		ContactPoint contact = valid("XXX", ContactRole.PERMANENT);
		contact.setFullName(" ");
		contact.setEmail("correo-secreto");
		contact.getPhones().set(0, "999");
		contact.getWorkingLanguages().add("spanish");
		contact.setLastVerifiedOn(TODAY.plusDays(3));
		List<Problem> problems = ContactValidator.validate(contact, TODAY);
		assertEquals(List.of("country", "fullName", "email", "phones", "workingLanguages", "lastVerifiedOn"),
				fields(problems));
		problems.forEach(p -> assertFalse(p.message().contains("correo-secreto") || p.message().contains("999"),
				p.message()));
	}

	private static List<String> fields(List<Problem> problems) {
		return problems.stream().map(Problem::field).toList();
	}
}
