package org.crm.enlace.mrz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.mrz.Finding;
import org.crm.enlace.mrz.IcaoSpecimens;
import org.crm.enlace.mrz.Mrz;
import org.crm.enlace.mrz.MrzChecker;
import org.crm.enlace.mrz.MrzField;
import org.crm.enlace.mrz.MrzFormat;
import org.crm.enlace.mrz.NotAnMrzException;
import org.junit.jupiter.api.Test;

/** What is no MRZ at all (refused with a reason), and what is one with a flaw (read, with a warning). */
class ShapeTest {

	private static final List<String> TD3 = IcaoSpecimens.TD3;

	@Test
	void wrongNumberOfLinesIsRefused() {
		assertReason("lineCount", TD3.get(0));
		assertReason("lineCount", TD3.get(0), TD3.get(1), TD3.get(1), TD3.get(1));
		assertReason("lineCount");
		NotAnMrzException twoOfTd1 = assertReason("td1Lines", IcaoSpecimens.TD1.get(0), IcaoSpecimens.TD1.get(1));
		assertTrue(twoOfTd1.message(Locale.ENGLISH).contains("3 lines"), twoOfTd1.message(Locale.ENGLISH));
	}

	@Test
	void aLineTooShortOrTooLongIsRefusedNamingTheLineAndItsLength() {
		NotAnMrzException shortLine = assertReason("length", TD3.get(0), TD3.get(1).substring(0, 43));
		assertEquals("Not an MRZ: line 2 has 43 characters; the 2 lines of an MRZ have 36 (TD2, MRV-B) or 44 (TD3, "
				+ "MRV-A) each.", shortLine.message(Locale.ENGLISH));
		assertTrue(shortLine.message(Locale.forLanguageTag("es")).startsWith("No es una ZLM: la línea 2 tiene 43"),
				shortLine.message(Locale.forLanguageTag("es")));
		assertReason("length", TD3.get(0) + "<", TD3.get(1) + "<");
		assertReason("lengthTd1", IcaoSpecimens.TD1.get(0), IcaoSpecimens.TD1.get(1) + "<", IcaoSpecimens.TD1.get(2));
		assertReason("lengthTd1", TD3.get(0), TD3.get(1), TD3.get(1));
	}

	@Test
	void linesOfDifferentFormatsAreRefusedAsMixed() {
		assertReason("mixed", TD3.get(0), IcaoSpecimens.TD2.get(1));
		assertReason("mixed", IcaoSpecimens.MRVB.get(0), IcaoSpecimens.MRVA.get(1));
		assertReason("mixed", IcaoSpecimens.TD1.get(0), IcaoSpecimens.TD1.get(1), TD3.get(1));
	}

	@Test
	void aCharacterOutsideTheAlphabetIsRefusedByItsPlaceNeverShowingTheLine() {
		NotAnMrzException space = assertReason("character", TD3.get(0), TD3.get(1).replace("UTO7", "UTO 7"));
		String message = space.message(Locale.ENGLISH);
		assertTrue(message.contains("line 2, position 14") && message.contains("U+0020"), message);
		assertFalse(message.contains("L898902C3"), "no document number in a message");
		NotAnMrzException accent = assertReason("character", "P<UTOERIKSSÑN<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
				TD3.get(1));
		assertTrue(accent.message(Locale.ENGLISH).contains("U+00D1"), accent.message(Locale.ENGLISH));
		assertFalse(accent.message(Locale.ENGLISH).contains("ERIKSS"), "no name in a message");
		assertReason("character", TD3.get(0).replace('<', '«'), TD3.get(1));
	}

	@Test
	void lowerCaseIsReadAsUpperCaseWithAWarningPerLine() {
		Mrz mrz = MrzChecker.check(TD3.get(0).toLowerCase(Locale.ROOT), TD3.get(1).replace("ZE", "ze"));
		assertTrue(mrz.valid(), "nothing is lost: the MRZ alphabet has no lower case");
		assertEquals("ERIKSSON", mrz.primaryIdentifier());
		assertEquals("ZE184226B", mrz.optionalData());
		assertEquals(List.of("lowerCase", "lowerCase"), mrz.warnings().stream().map(Finding::kind).toList());
		assertEquals(List.of(1, 2), mrz.warnings().stream().map(Finding::line).toList());
		assertEquals("Line 2 had lower case letters: they were read as upper case (the MRZ has upper case only).",
				mrz.warnings().get(1).text(Locale.ENGLISH));
	}

	@Test
	void aPasteInOneTextWithSpacesAroundAndBlankLinesIsRead() {
		Mrz mrz = MrzChecker.check("  " + TD3.get(0) + " \r\n\n" + TD3.get(1) + "\n");
		assertEquals(MrzFormat.TD3, mrz.format());
		assertTrue(mrz.valid());
		assertEquals(MrzFormat.TD1, MrzChecker.check(String.join("\n", IcaoSpecimens.TD1)).format());
	}

	@Test
	void documentCodesOtherThanTheFormatsAreReadWithAWarning() {
		// A TD3 whose code is I: still read as TD3 (its shape), its checks unaffected.
		Mrz mrz = MrzChecker.check("I" + TD3.get(0).substring(1), TD3.get(1));
		assertEquals(MrzFormat.TD3, mrz.format());
		assertTrue(mrz.valid());
		assertEquals("documentCode", mrz.warnings().get(0).kind());
		assertEquals("Document code: starts with I, and ICAO gives this format P.",
				mrz.warnings().get(0).text(Locale.ENGLISH));
		Mrz card = MrzChecker.check("P" + IcaoSpecimens.TD2.get(0).substring(1), IcaoSpecimens.TD2.get(1));
		assertEquals(MrzFormat.TD2, card.format());
		assertEquals("A, C, I", card.warnings().get(0).expected());
	}

	@Test
	void aDateThatIsNoCalendarDayIsAWarningAndItsCheckDigitStillDecides() {
		// 741312 (month 13) with its check digit computed by hand: 7*7+4*3+1*1+3*7+1*3+2*1 = 88, so 8.
		Mrz mrz = MrzChecker.check(TD3.get(0), "L898902C36UTO7413128F1204159ZE184226B<<<<<10");
		assertEquals(true, mrz.checks().get(MrzField.DATE_OF_BIRTH));
		assertEquals("date", mrz.warnings().get(0).kind());
		assertEquals(14, mrz.warnings().get(0).position(), "where the date starts");
	}

	private static NotAnMrzException assertReason(String reason, String... lines) {
		NotAnMrzException e = assertThrows(NotAnMrzException.class, () -> MrzChecker.check(lines));
		assertEquals(reason, e.reason(), e.getMessage());
		for (Locale locale : List.of(Locale.forLanguageTag("es"), Locale.ENGLISH)) {
			assertFalse(e.message(locale).contains("!") || e.message(locale).contains("{"), e.message(locale));
		}
		return e;
	}
}
