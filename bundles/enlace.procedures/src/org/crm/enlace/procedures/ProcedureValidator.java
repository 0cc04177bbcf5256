package org.crm.enlace.procedures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.procedures.internal.Messages;
import org.crm.enlace.procedures.model.AgeValidity;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.procedures.model.Fee;

/**
 * Checks a document procedure before it is stored. Every problem is listed, none is thrown; messages name the field
 * and the rule, with positions (fee 2, age range 1) but never the value entered.
 * <ul>
 * <li>issuing country: a country of the catalogue, and the procedure's owner (a country describes its own documents);
 * <li>document kind set; a name for OTHER (nobody can tell what it is otherwise); an issuing authority;
 * <li>fees: an amount of zero or more, an ISO 4217 currency code;
 * <li>validity by age: ages from 0, ranges in order that do not overlap, a validity of at least one month.
 * </ul>
 */
public final class ProcedureValidator {

	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
			.map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

	private ProcedureValidator() {
	}

	public static List<Problem> validate(DocumentProcedure procedure) {
		List<Problem> problems = new ArrayList<>();
		String country = procedure.getIssuingCountry();
		if (country == null || !CountryCatalog.isKnown(country)) {
			problems.add(problem("issuingCountry", "validation.issuingCountry"));
		} else if (procedure.getOwnerCountry() != null && !country.equals(procedure.getOwnerCountry())) {
			problems.add(problem("issuingCountry", "validation.owner"));
		}
		if (procedure.getDocumentKind() == DocumentKind.OTHER && isBlank(procedure.getDocumentName())) {
			problems.add(problem("documentName", "validation.documentName"));
		}
		if (isBlank(procedure.getIssuingAuthority())) {
			problems.add(problem("issuingAuthority", "validation.issuingAuthority"));
		}
		for (int i = 0; i < procedure.getFees().size(); i++) {
			fee(procedure.getFees().get(i), i + 1, problems);
		}
		validities(procedure.getValidities(), problems);
		return problems;
	}

	private static void fee(Fee fee, int position, List<Problem> problems) {
		if (fee.getAmount() == null || fee.getAmount().compareTo(BigDecimal.ZERO) < 0) {
			problems.add(new Problem("fees", Messages.format("validation.fee.amount", position)));
		}
		if (fee.getCurrency() == null || !CURRENCIES.contains(fee.getCurrency())) {
			problems.add(new Problem("fees", Messages.format("validation.fee.currency", position)));
		}
	}

	private static void validities(List<AgeValidity> validities, List<Problem> problems) {
		for (int i = 0; i < validities.size(); i++) {
			AgeValidity range = validities.get(i);
			if (range.getFromAge() < 0 || range.getToAge() != null && range.getToAge() < range.getFromAge()) {
				problems.add(new Problem("validities", Messages.format("validation.validity.ages", i + 1)));
			}
			if (range.getValidityMonths() < 1) {
				problems.add(new Problem("validities", Messages.format("validation.validity.months", i + 1)));
			}
		}
		List<AgeValidity> sorted = validities.stream().sorted(Comparator.comparingInt(AgeValidity::getFromAge))
				.toList();
		for (int i = 1; i < sorted.size(); i++) {
			Integer previousEnd = sorted.get(i - 1).getToAge();
			if (previousEnd == null || previousEnd >= sorted.get(i).getFromAge()) {
				problems.add(problem("validities", "validation.validity.overlap"));
				return;
			}
		}
	}

	private static Problem problem(String field, String key) {
		return new Problem(field, Messages.get(key));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
