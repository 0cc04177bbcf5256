package org.crm.enlace.mrz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.crm.enlace.mrz.Finding;
import org.crm.enlace.mrz.IcaoSpecimens;
import org.crm.enlace.mrz.Mrz;
import org.crm.enlace.mrz.MrzChecker;
import org.junit.jupiter.api.Test;

/** Every explanation in Spanish (the default) and English, naming field, place and digits, never a name or number. */
class ExplanationTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Test
	void aFailedCheckNamesTheFieldThePlaceAndBothDigitsInEitherLanguage() {
		Mrz mrz = MrzChecker.check(IcaoSpecimens.TD3.get(0), "L898902C37UTO7408122F1204159ZE184226B<<<<<10");
		Finding problem = mrz.problems().get(0);
		assertEquals("Número de documento: el dígito de control (línea 2, posición 10) no cuadra: se esperaba 6 y se "
				+ "encontró 7.", problem.text(SPANISH));
		assertEquals("Document number: the check digit (line 2, position 10) does not match: 6 was expected and 7 was "
				+ "found.", problem.text(Locale.ENGLISH));
		assertEquals("Numéro du document : le chiffre de contrôle (ligne 2, position 10) ne correspond pas : 6 était "
				+ "attendu et 7 a été trouvé.", problem.text(Locale.FRENCH));
		assertTrue(mrz.problems().get(1).text(Locale.ENGLISH).startsWith("Composite check: the check digit (line 2, "
				+ "position 44)"), mrz.problems().get(1).text(Locale.ENGLISH));
	}

	@Test
	void everyKindOfFindingHasATextInBothLanguagesWithoutTheZonesContent() {
		List<Finding> findings = new ArrayList<>();
		String line1 = IcaoSpecimens.TD3.get(0);
		for (String line2 : List.of("L898902C37UTO7408122F1204159ZE184226B<<<<<10",
				"L8989O2C36UTO7408122F1204159ZE184226B<<<<<10", "L898902C36UTO74O8122F1204159ZE184226B<<<<<10",
				"L8989O2C36UTO74O812ZQ12I4159ZE184226B<<<<<10", "L898902C36UT07413128F1204159ZE184226B<<<<<10")) {
			Mrz mrz = MrzChecker.check(line1.toLowerCase(Locale.ROOT), line2);
			findings.addAll(mrz.problems());
			findings.addAll(mrz.warnings());
		}
		findings.addAll(MrzChecker.check("I" + line1.substring(1).replace("ERIKSSON", "ERIKSS0N"),
				"L898902C36UTO7408122F1204159ZE184226B<<<<<10").warnings());
		Set<String> kinds = new TreeSet<>();
		for (Finding finding : findings) {
			kinds.add(finding.kind());
			for (Locale locale : List.of(SPANISH, Locale.ENGLISH)) {
				String text = finding.text(locale);
				assertFalse(text.contains("!") || text.contains("{"), text);
				for (String content : List.of("ERIKSS", "ANNA", "L898", "740812", "7413", "ZE184226")) {
					assertFalse(text.contains(content), text);
				}
			}
		}
		assertEquals(new TreeSet<>(List.of("checkDigit", "lowerCase", "documentCode", "sex", "date", "ocrLetterPasses",
				"ocrLetterFails", "ocrDigit", "ocrSwapPasses")), kinds);
	}
}
