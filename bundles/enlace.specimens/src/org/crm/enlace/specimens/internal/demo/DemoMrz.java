package org.crm.enlace.specimens.internal.demo;

import java.util.List;

import org.crm.enlace.mrz.CheckDigit;

/** Machine-readable zones of ICAO Doc 9303 for the demo holders, with every check digit computed. */
final class DemoMrz {

	private DemoMrz() {
	}

	/** Two lines of 44 (passports): Doc 9303 Part 4. */
	static List<String> td3(Holder holder, String code, String state, String number) {
		String line1 = pad(code, 2) + state + pad(holder.mrzName(), 39);
		String document = pad(number, 9);
		String optional = pad("", 14);
		String upper = document + CheckDigit.of(document);
		String birth = holder.birth() + CheckDigit.of(holder.birth());
		String expiry = holder.expiry() + CheckDigit.of(holder.expiry());
		String rest = optional + CheckDigit.of(optional);
		String line2 = upper + state + birth + holder.sex() + expiry + rest + CheckDigit.of(upper, birth, expiry, rest);
		return List.of(line1, line2);
	}

	/** Three lines of 30 (cards): Doc 9303 Part 5. */
	static List<String> td1(Holder holder, String code, String state, String number) {
		String document = pad(number, 9);
		String line1 = pad(code, 2) + state + document + CheckDigit.of(document) + pad("", 15);
		String birth = holder.birth() + CheckDigit.of(holder.birth());
		String expiry = holder.expiry() + CheckDigit.of(holder.expiry());
		String body = birth + holder.sex() + expiry + state + pad("", 11);
		String composite = String.valueOf(CheckDigit.of(line1.substring(5), body.substring(0, 7),
				body.substring(8, 15), body.substring(18)));
		return List.of(line1, body + composite, pad(holder.mrzName(), 30));
	}

	/** The same zone with the document number's check digit off by one: what a careless counterfeiter prints. */
	static List<String> withWrongNumberDigit(List<String> lines) {
		int line = lines.size() == 3 ? 0 : 1;
		int position = lines.size() == 3 ? 14 : 9;
		String text = lines.get(line);
		char wrong = (char) ('0' + (text.charAt(position) - '0' + 1) % 10);
		String changed = text.substring(0, position) + wrong + text.substring(position + 1);
		return lines.size() == 3 ? List.of(changed, lines.get(1), lines.get(2)) : List.of(lines.get(0), changed);
	}

	private static String pad(String text, int length) {
		return (text + "<".repeat(length)).substring(0, length);
	}
}
