package org.crm.enlace.linkage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crm.enlace.linkage.Agreement;
import org.crm.enlace.linkage.Decisions;
import org.crm.enlace.linkage.Explanation;
import org.crm.enlace.linkage.Field;
import org.crm.enlace.linkage.HispanicNames;
import org.crm.enlace.linkage.Linkage;
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
	void theIssuesCasesWrittenAsOneStringSplitLikeTheirFields() {
		assertEquals(HispanicNames.of(WRITTEN), HispanicNames.fromFullName("María José de la Cruz Nuñez"));
		assertEquals(HispanicNames.of(UPPER), HispanicNames.fromFullName("MARIA JOSE DE LA CRUZ NUNEZ"));
		assertEquals(HispanicNames.of(ABBREVIATED), HispanicNames.fromFullName("Maria J. Cruz"));
		// Two given names and one surname: the common second given name stays a given name.
		NormalisedName oneSurname = HispanicNames.fromFullName("María José Cruz");
		assertEquals(List.of("MARIA", "JOSE"), oneSurname.givenNames());
		assertEquals("CRUZ", oneSurname.firstSurname());
		assertNull(oneSurname.secondSurname());
		// Swapped surnames written as one string.
		NormalisedName swapped = HispanicNames.fromFullName("María José Nuñez de la Cruz");
		assertEquals(List.of("MARIA", "JOSE"), swapped.givenNames());
		assertEquals(List.of("NUNEZ", "CRUZ"), swapped.surnames());
	}

	@Test
	void aWholeNameInTheGivenNamesFieldAloneIsComparedAsItsParts() {
		Person whole = person("w", "María José Cruz", null, null, null);
		Explanation written = PlainLinkage.explain(WRITTEN, whole);
		assertEquals(Agreement.EXACT, written.level(Field.GIVEN_NAMES));
		assertEquals(Agreement.CLOSE, written.level(Field.SURNAMES), "one surname is the other's first");
		Explanation abbreviated = PlainLinkage.explain(ABBREVIATED, whole);
		assertEquals(Agreement.CLOSE, abbreviated.level(Field.GIVEN_NAMES));
		assertEquals(Agreement.EXACT, abbreviated.level(Field.SURNAMES));
		Explanation swapped = PlainLinkage.explain(UPPER, person("s", "María José Nuñez de la Cruz", null, null,
				null));
		assertEquals(Agreement.EXACT, swapped.level(Field.GIVEN_NAMES));
		assertEquals(Agreement.EXACT, swapped.level(Field.SURNAMES));
		Linkage linkage = Linkage.plain();
		linkage.add(List.of(WRITTEN, person("x", "Rosa Julia Paz", null, null, null),
				person("y", "María José de la Cruz Nuñez", null, null, null)));
		assertEquals(List.of("a|y"), linkage.link(linkage.defaultThreshold(), Decisions.none()).stream()
				.map(pair -> pair.idA() + "|" + pair.idB()).toList());
	}

	@Test
	void particlesStayWithTheSurnameThatFollowsUnlessTheyContinueAGivenName() {
		assertSplit("María Cruz Núñez", List.of("MARIA"), List.of("CRUZ", "NUNEZ"));
		assertSplit("Ana Pérez de la Cruz", List.of("ANA"), List.of("PEREZ", "CRUZ"));
		assertSplit("José Ortega y Gasset", List.of("JOSE"), List.of("ORTEGA", "GASSET"));
		assertSplit("María del Carmen López García", List.of("MARIA", "CARMEN"), List.of("LOPEZ", "GARCIA"));
		assertSplit("Juan Carlos Pérez Ordóñez", List.of("JUAN", "CARLOS"), List.of("PEREZ", "ORDONEZ"));
		assertSplit("Juan del Cid", List.of("JUAN"), List.of("CID"));
		assertSplit("MARIA<JOSE<CRUZ", List.of("MARIA", "JOSE"), List.of("CRUZ"));
		assertEquals(HispanicNames.fromFullName("MARIA JOSE CRUZ"), HispanicNames.fromMrz("MARIA<JOSE<CRUZ"));
	}

	private static void assertSplit(String whole, List<String> given, List<String> surnames) {
		NormalisedName name = HispanicNames.fromFullName(whole);
		assertEquals(given, name.givenNames(), whole);
		assertEquals(surnames, name.surnames(), whole);
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
