package org.crm.enlace.linkage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crm.enlace.linkage.Agreement;
import org.crm.enlace.linkage.Explanation;
import org.crm.enlace.linkage.Field;
import org.crm.enlace.linkage.HispanicNames;
import org.crm.enlace.linkage.NormalisedName;
import org.crm.enlace.linkage.Person;
import org.crm.enlace.linkage.PlainLinkage;
import org.junit.jupiter.api.Test;

/** The name cases of issue 6: accents, case, particles, compound and abbreviated given names, MRZ forms. */
class HispanicNameCasesTest {

	private static final Person WRITTEN = person("a", "María José", "de la Cruz", "Nuñez", null);
	private static final Person UPPER = person("b", "MARIA JOSE", "DE LA CRUZ", "NUNEZ", null);
	private static final Person ABBREVIATED = person("c", "Maria J.", "Cruz", null, null);

	@Test
	void accentsCaseAndParticlesAreFoldedAndParticlesKeptApart() {
		NormalisedName name = HispanicNames.of(WRITTEN);
		assertEquals(List.of("MARIA", "JOSE"), name.givenNames());
		assertEquals("CRUZ", name.firstSurname());
		assertEquals("NUNEZ", name.secondSurname());
		assertEquals(List.of("DE", "LA"), name.particles());
		assertEquals(name, HispanicNames.of(UPPER));
		Explanation explanation = PlainLinkage.explain(WRITTEN, UPPER);
		assertEquals(Agreement.EXACT, explanation.level(Field.GIVEN_NAMES));
		assertEquals(Agreement.EXACT, explanation.level(Field.SURNAMES));
	}

	@Test
	void anAbbreviatedGivenNameAndAMissingSecondSurnameStillAgreeClosely() {
		NormalisedName name = HispanicNames.of(ABBREVIATED);
		assertEquals(List.of("MARIA", "J"), name.givenNames());
		assertEquals("CRUZ", name.firstSurname());
		assertNull(name.secondSurname());
		Explanation explanation = PlainLinkage.explain(WRITTEN, ABBREVIATED);
		assertEquals(Agreement.CLOSE, explanation.level(Field.GIVEN_NAMES));
		assertEquals(Agreement.CLOSE, explanation.level(Field.SURNAMES));
		assertTrue(explanation.weight(Field.GIVEN_NAMES) > 0 && explanation.weight(Field.SURNAMES) > 0);
		// "Maria J. Cruz" known only as one string splits the same way: the initial ends the given names.
		assertEquals(name.givenNames(), HispanicNames.fromMrz("Maria J. Cruz").givenNames());
		assertEquals("CRUZ", HispanicNames.fromMrz("Maria J. Cruz").firstSurname());
		Explanation other = PlainLinkage.explain(WRITTEN, person("d", "Rosa Julia", "Cruz", null, null));
		assertEquals(Agreement.DIFFERENT, other.level(Field.GIVEN_NAMES), "Rosa is not María");
	}

	@Test
	void aFullNameStringSplitsIntoGivenNamesAndTwoSurnames() {
		NormalisedName name = HispanicNames.fromMrz("MARIA JOSE DE LA CRUZ NUNEZ");
		assertEquals(HispanicNames.of(WRITTEN), name);
		NormalisedName mrz = HispanicNames.fromMrz("DE<LA<CRUZ<NUNXXEZ<<MARIA<JOSE<<<<<<");
		assertEquals(HispanicNames.of(WRITTEN), mrz);
	}

	@Test
	void swappedSurnamesAgreeExactly() {
		Explanation explanation = PlainLinkage.explain(person("a", "José", "Núñez", "Peña", null),
				person("b", "José", "Peña", "Núñez", null));
		assertEquals(Agreement.EXACT, explanation.level(Field.SURNAMES));
		Explanation different = PlainLinkage.explain(person("a", "José", "Núñez", "Peña", null),
				person("b", "José", "Ortiz", "Rivas", null));
		assertEquals(Agreement.DIFFERENT, different.level(Field.SURNAMES));
		assertTrue(different.weight(Field.SURNAMES) < 0);
	}

	@Test
	void nunezWrittenOrInAnMrzAsNOrNxxIsTheSameSurname() {
		Person written = person("a", "José", "Núñez", null, null);
		Person mrzN = person("b", null, null, null, "NUNEZ<<JOSE");
		Person mrzNxx = person("c", null, null, null, "NUNXXEZ<<JOSE");
		for (Person mrz : List.of(mrzN, mrzNxx)) {
			Explanation explanation = PlainLinkage.explain(written, mrz);
			assertEquals(Agreement.EXACT, explanation.level(Field.SURNAMES), mrz.mrzName());
			assertEquals(Agreement.EXACT, explanation.level(Field.GIVEN_NAMES), mrz.mrzName());
		}
		assertEquals("NUNEZ", HispanicNames.fold("Nuñez"));
	}

	@Test
	void givenNamesWithParticlesAndMaAbbreviation() {
		NormalisedName name = HispanicNames.of(person("a", "Ma. del Carmen", "López", null, null));
		assertEquals(List.of("M", "CARMEN"), name.givenNames());
		assertEquals(List.of("DEL"), name.particles());
		Explanation explanation = PlainLinkage.explain(person("a", "Ma. del Carmen", "López", null, null),
				person("b", "María del Carmen", "López", null, null));
		assertEquals(Agreement.CLOSE, explanation.level(Field.GIVEN_NAMES));
	}

	static Person person(String id, String given, String first, String second, String mrzName) {
		return new Person(id, given, first, second, null, "1990-05-14", "F", "GTM", List.of(), mrzName);
	}
}
