package org.crm.enlace.mrz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.crm.enlace.mrz.Finding;
import org.crm.enlace.mrz.IcaoSpecimens;
import org.crm.enlace.mrz.Mrz;
import org.crm.enlace.mrz.MrzChecker;
import org.crm.enlace.mrz.MrzField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check digit of every specimen broken alone: that check fails (and the composite, which covers the other
 * check digits), every other one passes, and the problem names the field, the place, the digit expected and the one
 * found. Places as Parts 4 to 7 print them, lines and positions from 1.
 */
class BrokenCheckDigitTest {

	static Stream<Arguments> checkDigits() {
		return Stream.of(
				digit("TD3", IcaoSpecimens.TD3, MrzField.DOCUMENT_NUMBER, 2, 10),
				digit("TD3", IcaoSpecimens.TD3, MrzField.DATE_OF_BIRTH, 2, 20),
				digit("TD3", IcaoSpecimens.TD3, MrzField.DATE_OF_EXPIRY, 2, 28),
				digit("TD3", IcaoSpecimens.TD3, MrzField.OPTIONAL_DATA, 2, 43),
				digit("TD3", IcaoSpecimens.TD3, MrzField.COMPOSITE, 2, 44),
				digit("TD2", IcaoSpecimens.TD2, MrzField.DOCUMENT_NUMBER, 2, 10),
				digit("TD2", IcaoSpecimens.TD2, MrzField.DATE_OF_BIRTH, 2, 20),
				digit("TD2", IcaoSpecimens.TD2, MrzField.DATE_OF_EXPIRY, 2, 28),
				digit("TD2", IcaoSpecimens.TD2, MrzField.COMPOSITE, 2, 36),
				digit("TD1", IcaoSpecimens.TD1, MrzField.DOCUMENT_NUMBER, 1, 15),
				digit("TD1", IcaoSpecimens.TD1, MrzField.DATE_OF_BIRTH, 2, 7),
				digit("TD1", IcaoSpecimens.TD1, MrzField.DATE_OF_EXPIRY, 2, 15),
				digit("TD1", IcaoSpecimens.TD1, MrzField.COMPOSITE, 2, 30),
				digit("MRVA", IcaoSpecimens.MRVA, MrzField.DOCUMENT_NUMBER, 2, 10),
				digit("MRVA", IcaoSpecimens.MRVA, MrzField.DATE_OF_BIRTH, 2, 20),
				digit("MRVA", IcaoSpecimens.MRVA, MrzField.DATE_OF_EXPIRY, 2, 28),
				digit("MRVB", IcaoSpecimens.MRVB, MrzField.DOCUMENT_NUMBER, 2, 10),
				digit("MRVB", IcaoSpecimens.MRVB, MrzField.DATE_OF_BIRTH, 2, 20),
				digit("MRVB", IcaoSpecimens.MRVB, MrzField.DATE_OF_EXPIRY, 2, 28));
	}

	@ParameterizedTest(name = "{0} {2} at line {3}, position {4}")
	@MethodSource("checkDigits")
	void oneBrokenDigitFailsItsCheckAndTheCompositeOnly(String format, List<String> specimen, MrzField field, int line,
			int position) {
		char printed = specimen.get(line - 1).charAt(position - 1);
		char wrong = (char) ('0' + (printed - '0' + 1) % 10);
		List<String> lines = new ArrayList<>(specimen);
		String text = lines.get(line - 1);
		lines.set(line - 1, text.substring(0, position - 1) + wrong + text.substring(position));

		Mrz mrz = MrzChecker.check(lines);

		assertFalse(mrz.valid());
		Set<MrzField> failing = new TreeSet<>();
		mrz.checks().forEach((check, passes) -> {
			if (!passes) {
				failing.add(check);
			}
		});
		boolean composite = mrz.checks().containsKey(MrzField.COMPOSITE);
		assertEquals(composite ? new TreeSet<>(List.of(field, MrzField.COMPOSITE)) : Set.of(field), failing,
				"the composite covers the other check digits");
		Finding problem = mrz.problems().stream().filter(p -> p.field() == field).findFirst().orElseThrow();
		assertEquals(Map.of("kind", "checkDigit", "line", line, "position", position, "expected",
				String.valueOf(printed), "found", String.valueOf(wrong)),
				Map.of("kind", problem.kind(), "line", problem.line(), "position", problem.position(), "expected",
						problem.expected(), "found", problem.found()));
		assertEquals(failing.size(), mrz.problems().size());
	}

	private static Arguments digit(String format, List<String> specimen, MrzField field, int line, int position) {
		return Arguments.of(format, specimen, field, line, position);
	}
}
