package org.crm.enlace.mrz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.mrz.Finding;
import org.crm.enlace.mrz.IcaoSpecimens;
import org.crm.enlace.mrz.Mrz;
import org.crm.enlace.mrz.MrzChecker;
import org.crm.enlace.mrz.MrzField;
import org.junit.jupiter.api.Test;

/**
 * O/0, I/1, B/8, S/5, Z/2 in the wrong kind of field: reported with what the character may be and whether the
 * checks pass when read so, and never corrected (the fields and the checks stay as read).
 */
class OcrConfusionTest {

	private static final String LINE_1 = IcaoSpecimens.TD3.get(0);

	@Test
	void aLetterOInADateIsReportedAndReadAsZeroTheCheckWouldPass() {
		Mrz mrz = MrzChecker.check(LINE_1, "L898902C36UTO74O8122F1204159ZE184226B<<<<<10");
		assertEquals("74O812", mrz.dateOfBirth(), "not corrected");
		assertFalse(mrz.valid());
		assertEquals(List.of(MrzField.DATE_OF_BIRTH, MrzField.COMPOSITE),
				mrz.problems().stream().map(Finding::field).toList());
		Finding warning = only(mrz.warnings());
		assertEquals(List.of("ocrLetterPasses", MrzField.DATE_OF_BIRTH, 2, 16, "0", "O"), facts(warning));
		assertEquals("Date of birth (line 2, position 16): the letter O where only digits belong; it may be a misread "
				+ "0, and read as 0 the check passes.", warning.text(Locale.ENGLISH));
		assertTrue(warning.text(Locale.forLanguageTag("es")).startsWith("Fecha de nacimiento (línea 2, posición 16)"),
				warning.text(Locale.forLanguageTag("es")));
	}

	@Test
	void aLetterInACheckDigitIsReportedUnderItsCheck() {
		// The date of birth's check digit 2 read as Z.
		Mrz mrz = MrzChecker.check(LINE_1, "L898902C36UTO740812ZF1204159ZE184226B<<<<<10");
		assertEquals(List.of("ocrLetterPasses", MrzField.DATE_OF_BIRTH, 2, 20, "2", "Z"), facts(only(mrz.warnings())));
		assertEquals("Z", mrz.problems().get(0).found());
	}

	@Test
	void aLetterWhoseDigitWouldNotMakeTheCheckPassIsSaidSo() {
		// I in the expiry date where a 0 was printed: read as 1 the check still fails.
		Mrz mrz = MrzChecker.check(LINE_1, "L898902C36UTO7408122F12I4159ZE184226B<<<<<10");
		assertEquals(List.of("ocrLetterFails", MrzField.DATE_OF_EXPIRY, 2, 24, "1", "I"), facts(only(mrz.warnings())));
	}

	@Test
	void aDigitInALetterFieldNoCheckCoversIsReportedWithoutChangingTheResult() {
		Mrz mrz = MrzChecker.check("P<UT0ERIKSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UT07408122F1204159ZE184226B<<<<<10");
		assertTrue(mrz.valid(), "neither the issuing state, the name nor the TD3 nationality has a check digit");
		assertEquals("UT0", mrz.issuingState());
		assertEquals(List.of(List.of("ocrDigit", MrzField.ISSUING_STATE, 1, 5, "O", "0"),
				List.of("ocrDigit", MrzField.NAME, 1, 12, "O", "0"),
				List.of("ocrDigit", MrzField.NATIONALITY, 2, 13, "O", "0")),
				mrz.warnings().stream().map(OcrConfusionTest::facts).toList());
	}

	@Test
	void inADocumentNumberOnlyASwapThatMakesTheFailedCheckPassIsReported() {
		// L898902C3 read with an O for its 0: letters and digits both belong there, the check digit decides.
		Mrz mrz = MrzChecker.check(LINE_1, "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10");
		assertEquals("L8989O2C3", mrz.documentNumber(), "not corrected");
		assertEquals(false, mrz.checks().get(MrzField.DOCUMENT_NUMBER));
		Finding warning = only(mrz.warnings());
		assertEquals(List.of("ocrSwapPasses", MrzField.DOCUMENT_NUMBER, 2, 6, "0", "O"), facts(warning));
		assertFalse(warning.text(Locale.ENGLISH).contains("L898"), "no document number in a message");
		Mrz valid = MrzChecker.check(IcaoSpecimens.TD3);
		assertEquals(List.of(), valid.warnings(), "a valid number's letters and digits are its own");
	}

	@Test
	void inTd1TheCompositeCoversTheOptionalDataWhichHasNoCheckOfItsOwn() {
		// Optional data 1 "A1B2" with composite 8 (SpecimenTest); the 1 read as I breaks only the composite.
		Mrz mrz = MrzChecker.check("I<UTOD231458907AIB2<<<<<<<<<<<", "7408122F1204159UTOXYZ<<<<<<<<8",
				IcaoSpecimens.TD1.get(2));
		assertEquals(List.of(MrzField.COMPOSITE), mrz.problems().stream().map(Finding::field).toList());
		assertEquals(List.of("ocrSwapPasses", MrzField.COMPOSITE, 1, 17, "1", "I"), facts(only(mrz.warnings())));
	}

	private static Finding only(List<Finding> findings) {
		assertEquals(1, findings.size(), findings.toString());
		return findings.get(0);
	}

	private static List<Object> facts(Finding finding) {
		return List.of(finding.kind(), finding.field(), finding.line(), finding.position(), finding.expected(),
				finding.found());
	}
}
