package org.crm.enlace.procedures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crm.enlace.procedures.model.AgeValidity;
import org.crm.enlace.procedures.model.Fee;
import org.crm.enlace.procedures.model.ProceduresFactory;

/**
 * Fees and validity by age as one line of text each, for editors and lists: {@code 555.00 GTQ adultos; 55.50 GTQ
 * menores} and {@code 0-17: 36; 18-: 72} (ages, then months). Reading gives empty when a part cannot be read, so the
 * editor can say so instead of storing half of it.
 */
public final class ProcedureText {

	private static final Pattern FEE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s+([A-Za-z]{3})(?:\\s+(.*))?");
	private static final Pattern VALIDITY = Pattern.compile("(\\d+)\\s*-\\s*(\\d*)\\s*:\\s*(\\d+)");

	private ProcedureText() {
	}

	public static String fees(List<Fee> fees) {
		return String.join("; ", fees.stream().map(f -> (f.getAmount() == null ? "?" : f.getAmount().toPlainString())
				+ " " + f.getCurrency() + (f.getAppliesTo() == null || f.getAppliesTo().isBlank() ? ""
						: " " + f.getAppliesTo()))
				.toList());
	}

	public static String validities(List<AgeValidity> validities) {
		return String.join("; ", validities.stream().map(v -> v.getFromAge() + "-"
				+ (v.getToAge() == null ? "" : v.getToAge()) + ": " + v.getValidityMonths()).toList());
	}

	/** Empty when a part is not "amount CUR [for whom]". */
	public static Optional<List<Fee>> readFees(String text) {
		return read(text, FEE, m -> {
			Fee fee = ProceduresFactory.eINSTANCE.createFee();
			fee.setAmount(new BigDecimal(m.group(1)));
			fee.setCurrency(m.group(2).toUpperCase(Locale.ROOT));
			fee.setAppliesTo(m.group(3) == null ? null : m.group(3).strip());
			return fee;
		});
	}

	/** Empty when a part is not "from-[to]: months". */
	public static Optional<List<AgeValidity>> readValidities(String text) {
		return read(text, VALIDITY, m -> {
			AgeValidity validity = ProceduresFactory.eINSTANCE.createAgeValidity();
			validity.setFromAge(Integer.parseInt(m.group(1)));
			validity.setToAge(m.group(2).isEmpty() ? null : Integer.valueOf(m.group(2)));
			validity.setValidityMonths(Integer.parseInt(m.group(3)));
			return validity;
		});
	}

	/* Every ";"-separated part must match, or nothing is read. */
	private static <T> Optional<List<T>> read(String text, Pattern pattern, Function<Matcher, T> value) {
		List<T> values = new ArrayList<>();
		for (String part : parts(text)) {
			Matcher m = pattern.matcher(part);
			if (!m.matches()) {
				return Optional.empty();
			}
			values.add(value.apply(m));
		}
		return Optional.of(values);
	}

	private static List<String> parts(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
