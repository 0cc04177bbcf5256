package org.crm.enlace.mrz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.crm.enlace.mrz.CheckDigit;
import org.crm.enlace.mrz.IcaoSpecimens;
import org.crm.enlace.mrz.Mrz;
import org.crm.enlace.mrz.MrzChecker;
import org.crm.enlace.mrz.MrzField;
import org.crm.enlace.mrz.MrzFormat;
import org.junit.jupiter.api.Test;

/**
 * The specimen zones printed in ICAO Doc 9303 (Parts 4 to 7): each read as its format with the fields and check
 * digits the document prints, and the check digits computed from the printed fields (worked as in Part 3).
 */
class SpecimenTest {

	@Test
	void checkDigitsOfThePrintedFieldsAreThePrintedDigits() {
		// Part 3's worked example: 520727 gives 3.
		assertEquals('3', CheckDigit.of("520727"));
		assertEquals('6', CheckDigit.of("L898902C3"));
		assertEquals('2', CheckDigit.of("740812"));
		assertEquals('9', CheckDigit.of("120415"));
		assertEquals('1', CheckDigit.of("ZE184226B<<<<<"));
		assertEquals('0', CheckDigit.of("L898902C36", "7408122", "1204159ZE184226B<<<<<1"));
		assertEquals('7', CheckDigit.of("D23145890"));
		assertEquals('4', CheckDigit.of("L8988901C"));
		assertEquals(35, CheckDigit.value('Z'));
		assertEquals(0, CheckDigit.value('<'));
	}

	@Test
	void passportTd3OfPart4() {
		Mrz mrz = MrzChecker.check(IcaoSpecimens.TD3);
		assertEquals(MrzFormat.TD3, mrz.format());
		assertFields(mrz, "P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "740812", "F", "120415",
				"ZE184226B");
		assertEquals(Map.of(MrzField.DOCUMENT_NUMBER, true, MrzField.DATE_OF_BIRTH, true, MrzField.DATE_OF_EXPIRY,
				true, MrzField.OPTIONAL_DATA, true, MrzField.COMPOSITE, true), mrz.checks());
		assertEquals(List.of(MrzField.DOCUMENT_NUMBER, MrzField.DATE_OF_BIRTH, MrzField.DATE_OF_EXPIRY,
				MrzField.OPTIONAL_DATA, MrzField.COMPOSITE), List.copyOf(mrz.checks().keySet()), "the zone's order");
		assertClean(mrz);
	}

	@Test
	void identityCardTd1OfPart5() {
		Mrz mrz = MrzChecker.check(IcaoSpecimens.TD1);
		assertEquals(MrzFormat.TD1, mrz.format());
		assertFields(mrz, "I", "UTO", "ERIKSSON", "ANNA MARIA", "D23145890", "UTO", "740812", "F", "120415", "");
		assertEquals("", mrz.optionalData2());
		assertEquals(List.of(MrzField.DOCUMENT_NUMBER, MrzField.DATE_OF_BIRTH, MrzField.DATE_OF_EXPIRY,
				MrzField.COMPOSITE), List.copyOf(mrz.checks().keySet()));
		assertClean(mrz);
	}

	@Test
	void td1WithADocumentNumberLongerThanNineCharactersOfPart5() {
		// Part 5: D23145890734 keeps 9 characters in place, a filler where its check digit would be, and its rest
		// with the check digit 9 in the optional data. Composite 6 computed by hand over the four ranges.
		Mrz mrz = MrzChecker.check("I<UTOD23145890<7349<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
				IcaoSpecimens.TD1.get(2));
		assertEquals("D23145890734", mrz.documentNumber());
		assertEquals("", mrz.optionalData());
		assertTrue(mrz.valid(), mrz.problems().toString());
		Mrz wrongDigit = MrzChecker.check("I<UTOD23145890<7348<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
				IcaoSpecimens.TD1.get(2));
		assertEquals(false, wrongDigit.checks().get(MrzField.DOCUMENT_NUMBER));
		assertEquals(19, wrongDigit.problems().get(0).position(), "the digit after the number's rest");
		assertEquals("9", wrongDigit.problems().get(0).expected());
	}

	@Test
	void td1WithOptionalDataOnBothLines() {
		// Constructed: optional data 1 "A1B2" and 2 "XYZ"; composite 8 computed by hand.
		Mrz mrz = MrzChecker.check("I<UTOD231458907A1B2<<<<<<<<<<<", "7408122F1204159UTOXYZ<<<<<<<<8",
				IcaoSpecimens.TD1.get(2));
		assertEquals("A1B2", mrz.optionalData());
		assertEquals("XYZ", mrz.optionalData2());
		assertEquals(true, mrz.checks().get(MrzField.COMPOSITE), mrz.problems().toString());
	}

	@Test
	void identityCardTd2OfPart6() {
		Mrz mrz = MrzChecker.check(IcaoSpecimens.TD2);
		assertEquals(MrzFormat.TD2, mrz.format());
		assertFields(mrz, "I", "UTO", "ERIKSSON", "ANNA MARIA", "D23145890", "UTO", "740812", "F", "120415", "");
		assertEquals(List.of(MrzField.DOCUMENT_NUMBER, MrzField.DATE_OF_BIRTH, MrzField.DATE_OF_EXPIRY,
				MrzField.COMPOSITE), List.copyOf(mrz.checks().keySet()));
		assertClean(mrz);
	}

	@Test
	void visasMrvAAndMrvBOfPart7HaveNoCompositeCheck() {
		Mrz a = MrzChecker.check(IcaoSpecimens.MRVA);
		assertEquals(MrzFormat.MRVA, a.format());
		assertFields(a, "V", "UTO", "ERIKSSON", "ANNA MARIA", "L8988901C", "XXX", "400907", "F", "961210",
				"6ZE184226B");
		assertEquals(List.of(MrzField.DOCUMENT_NUMBER, MrzField.DATE_OF_BIRTH, MrzField.DATE_OF_EXPIRY),
				List.copyOf(a.checks().keySet()));
		assertClean(a);
		Mrz b = MrzChecker.check(IcaoSpecimens.MRVB);
		assertEquals(MrzFormat.MRVB, b.format());
		assertFields(b, "V", "UTO", "ERIKSSON", "ANNA MARIA", "L8988901C", "XXX", "400907", "F", "961210", "");
		assertEquals(a.checks(), b.checks());
		assertClean(b);
	}

	@Test
	void td3WithoutOptionalDataMayHaveAFillerOrAZeroAsItsCheckDigit() {
		// Part 4: filler or 0 at the issuing state's option; composite 8 computed by hand (the filler counts 0).
		Mrz filler = MrzChecker.check(IcaoSpecimens.TD3.get(0), "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<<8");
		assertTrue(filler.valid(), filler.problems().toString());
		assertEquals("", filler.optionalData());
		Mrz zero = MrzChecker.check(IcaoSpecimens.TD3.get(0), "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<08");
		assertTrue(zero.valid(), zero.problems().toString());
		Mrz fillerWithData = MrzChecker.check(IcaoSpecimens.TD3.get(0),
				"L898902C36UTO7408122F1204159ZE184226B<<<<<<0");
		assertEquals(false, fillerWithData.checks().get(MrzField.OPTIONAL_DATA), "a filler only when all is filler");
	}

	@Test
	void unspecifiedSexIsShownAsXAndAMissingSecondaryIdentifierIsEmpty() {
		// Constructed TD2: sex '<', a name of one identifier; check digits unchanged, composite unchanged.
		Mrz mrz = MrzChecker.check("I<UTOERIKSSON<<<<<<<<<<<<<<<<<<<<<<<", "D231458907UTO7408122<1204159<<<<<<<6");
		assertEquals("X", mrz.sex());
		assertEquals("ERIKSSON", mrz.primaryIdentifier());
		assertEquals("", mrz.secondaryIdentifier());
		assertTrue(mrz.valid());
	}

	private static void assertFields(Mrz mrz, String code, String state, String primary, String secondary,
			String number, String nationality, String birth, String sex, String expiry, String optional) {
		assertEquals(List.of(code, state, primary, secondary, number, nationality, birth, sex, expiry, optional),
				List.of(mrz.documentCode(), mrz.issuingState(), mrz.primaryIdentifier(), mrz.secondaryIdentifier(),
						mrz.documentNumber(), mrz.nationality(), mrz.dateOfBirth(), mrz.sex(), mrz.dateOfExpiry(),
						mrz.optionalData()));
	}

	private static void assertClean(Mrz mrz) {
		assertTrue(mrz.valid());
		assertEquals(List.of(), mrz.problems());
		assertEquals(List.of(), mrz.warnings());
	}
}
