package org.crm.enlace.search.tests;

import static org.crm.enlace.search.tests.TestKeys.KEY;
import static org.crm.enlace.search.tests.TestRecords.contact;
import static org.crm.enlace.search.tests.TestRecords.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexes;
import org.crm.enlace.search.SearchException;
import org.crm.enlace.search.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A query the syntax does not allow gets a message that says where and what, in the user's language, and never
 * repeats the query: it may hold a person's name, and messages end up in logs.
 */
class QuerySyntaxTest {

	private static final String NAME = "Quiñónez";

	@TempDir
	Path folder;

	private FullTextIndex index;

	@BeforeEach
	void open() {
		index = FullTextIndexes.open(folder, KEY);
		index.index(contact("Beatriz Ficticia " + NAME));
	}

	@AfterEach
	void close() {
		index.close();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Beatriz AND (Quiñónez             | termina antes de tiempo
			Beatriz Quiñónez OR               | termina antes de tiempo
			Beatriz ) Quiñónez                | en el carácter 9
			Beatriz Quiñónez:                 | termina antes de tiempo
			"Beatriz Quiñónez                 | carácter 1:
			Beatriz "Quiñónez                 | carácter 9:
			Beatriz Quiñónez \\               | a partir del carácter
			*uiñónez Beatriz                  | empieza por * o ?
			/[Quiñónez-/                      | no es válida
			""")
	void aSyntaxErrorSaysWhereAndWhatWithoutRepeatingTheQuery(String query, String expectedPart) {
		SearchException error = assertThrows(SearchException.class, () -> index.search(query, 10));

		assertEquals(SearchException.Reason.SYNTAX, error.reason());
		String message = error.getMessage();
		assertTrue(message.contains(expectedPart), message);
		assertNothingOfTheQueryIn(error, query);
	}

	@Test
	void theMessageIsInTheUsersLanguage() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.ENGLISH);
			SearchException error = assertThrows(SearchException.class, () -> index.search(NAME + " )", 10));
			assertEquals("The search has a sign or an operator out of place at character 10. To search for signs"
					+ " such as ( ) [ ] : ^ ~ put the word in quotes or type \\ before the sign.", error.getMessage());
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void aBlankQueryFindsNothingWithoutAnError() {
		assertEquals(List.of(), ids(index, ""));
		assertEquals(List.of(), ids(index, "   "));
		assertEquals(List.of(), ids(index, "de la"), "stop words only");
	}

	@Test
	void aFieldNameInAQueryCannotReachTheFilterFields() {
		index.close();
		// A label that the analysis leaves as it is, so that only the field mapping can keep it from matching.
		index = FullTextIndexes.open(folder.resolve("labelled"), record -> Set.of("xq7"), KEY);
		ContactPoint contact = contact("Beatriz Ficticia");
		index.index(contact);

		assertEquals(List.of(contact.getId()), index.search("beatriz", 10, Set.of("xq7")).stream()
				.map(SearchHit::id).toList());
		assertEquals(List.of(), ids(index, "visibleTo:xq7"));
		assertEquals(List.of(contact.getId()), ids(index, "Nombre:Beatriz"), "the field part is ignored");
	}

	/** Neither the message, nor a cause, nor the printed stack trace holds the query or a word of it. */
	private static void assertNothingOfTheQueryIn(SearchException error, String query) {
		assertNull(error.getCause(), "Lucene's exceptions quote the query: none may be attached");
		assertEquals(0, error.getSuppressed().length);
		StringWriter printed = new StringWriter();
		error.printStackTrace(new PrintWriter(printed));
		for (String word : List.of(NAME, "uiñónez", "Beatriz")) {
			assertFalse(printed.toString().contains(word), word + " in " + printed);
		}
		assertFalse(printed.toString().contains(query.strip()), printed.toString());
	}
}
