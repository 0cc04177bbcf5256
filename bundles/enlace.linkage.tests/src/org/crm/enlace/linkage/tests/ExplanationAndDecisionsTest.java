package org.crm.enlace.linkage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.text.ParseException;
import java.util.List;

import org.crm.enlace.linkage.Agreement;
import org.crm.enlace.linkage.Decisions;
import org.crm.enlace.linkage.Explanation;
import org.crm.enlace.linkage.FellegiSunterModel;
import org.crm.enlace.linkage.Field;
import org.crm.enlace.linkage.Linkage;
import org.crm.enlace.linkage.MatchedPair;
import org.crm.enlace.linkage.Person;
import org.crm.enlace.linkage.PersonDocument;
import org.crm.enlace.linkage.PlainLinkage;
import org.junit.jupiter.api.Test;

/** Each candidate's explanation adds up to its score; the analyst's decisions win over scores in later runs. */
class ExplanationAndDecisionsTest {

	private static final Person ADULT = new Person("gt-1", "Juan Carlos", "Pérez", "Ordóñez", null, "1984-03-07",
			"M", "GTM", List.of(new PersonDocument("P", "A1234567", "GTM", "2030-01-01")), null);
	/* The same adult at another border: MRZ name, day and month swapped, the passport the same. */
	private static final Person SAME_ADULT = new Person("mx-9", null, null, null, null, "1984-07-03", "M", "GTM",
			List.of(new PersonDocument("P", "A 123 4567", "GTM", null)), "PEREZ<ORDONEZ<<JUAN<CARLOS");
	private static final Person OTHER = new Person("sv-4", "Luis", "Pérez", "Ramos", null, "1984-03-07", "M", "SLV",
			List.of(), null);

	@Test
	void theExplanationNamesEachFieldsLevelAndWeightAndAddsUpToTheScore() {
		Explanation explanation = PlainLinkage.explain(ADULT, SAME_ADULT);
		assertEquals(Agreement.EXACT, explanation.level(Field.GIVEN_NAMES));
		assertEquals(Agreement.EXACT, explanation.level(Field.SURNAMES));
		assertEquals(Agreement.CLOSE, explanation.level(Field.DATE_OF_BIRTH));
		assertEquals(Agreement.EXACT, explanation.level(Field.DOCUMENT));
		double total = 0;
		for (Field field : Field.values()) {
			Agreement level = explanation.level(field);
			assertEquals(FellegiSunterModel.weight(field, level), explanation.weight(field), 1e-9, field.name());
			double[] mu = FellegiSunterModel.mu(field, level);
			if (level != Agreement.MISSING) {
				assertEquals(Math.log(mu[0] / mu[1]) / Math.log(2), explanation.weight(field), 1e-9);
			}
			total += explanation.weight(field);
		}
		assertEquals(total, explanation.totalWeight(), 1e-9);
		assertEquals(FellegiSunterModel.score(total), explanation.score(), 1e-12);
		assertTrue(explanation.score() > 0.99, "names, passport and a swapped date: " + total);

		Explanation other = PlainLinkage.explain(ADULT, OTHER);
		assertEquals(Agreement.DIFFERENT, other.level(Field.GIVEN_NAMES));
		assertEquals(Agreement.PARTIAL, other.level(Field.SURNAMES));
		assertEquals(Agreement.MISSING, other.level(Field.DOCUMENT));
		assertEquals(0, other.weight(Field.DOCUMENT));
		assertTrue(other.weight(Field.GIVEN_NAMES) < 0 && other.weight(Field.NATIONALITY) < 0);
		assertTrue(other.score() < 0.5, "same surname and date, another person: " + other.totalWeight());
	}

	@Test
	void rejectedPairsAreLeftOutAndConfirmedPairsReportedWithScoreOne() {
		List<Person> persons = List.of(ADULT, SAME_ADULT, OTHER);
		List<MatchedPair> found = run(persons, Decisions.none());
		assertEquals(List.of("gt-1|mx-9"), ids(found));

		Decisions decisions = Decisions.none();
		decisions.reject("mx-9", "gt-1");
		decisions.confirm("gt-1", "sv-4");
		List<MatchedPair> decided = run(persons, decisions);
		assertEquals(List.of("gt-1|sv-4"), ids(decided));
		assertEquals(1.0, decided.get(0).score());
		// A later decision on the same pair replaces the earlier one.
		decisions.confirm("gt-1", "mx-9");
		assertEquals(List.of("gt-1|mx-9", "gt-1|sv-4"), ids(run(persons, decisions)).stream().sorted().toList());
	}

	@Test
	void decisionsRoundTripThroughTheirCsvFileAndABadLineIsRefusedWithItsNumber() throws Exception {
		Decisions decisions = Decisions.none();
		decisions.reject("gt-1", "mx-9");
		decisions.confirm("a,1", "b\"2");
		StringWriter file = new StringWriter();
		decisions.write(file);
		assertTrue(file.toString().startsWith("idA,idB,decision"), file.toString());
		Decisions read = Decisions.read(new StringReader(file.toString()));
		assertEquals(Decisions.Decision.REJECTED, read.of("mx-9", "gt-1").orElseThrow());
		assertEquals(Decisions.Decision.CONFIRMED, read.of("a,1", "b\"2").orElseThrow());
		assertFalse(read.of("gt-1", "sv-4").isPresent());
		ParseException bad = assertThrows(ParseException.class,
				() -> Decisions.read(new StringReader("idA,idB,decision\na,b,confirmed\nc,d,maybe\n")));
		assertEquals(3, bad.getErrorOffset());
	}

	private static List<MatchedPair> run(List<Person> persons, Decisions decisions) {
		Linkage linkage = Linkage.plain();
		linkage.add(persons);
		return linkage.link(linkage.defaultThreshold(), decisions);
	}

	private static List<String> ids(List<MatchedPair> pairs) {
		return pairs.stream().map(pair -> pair.idA() + "|" + pair.idB()).toList();
	}
}
