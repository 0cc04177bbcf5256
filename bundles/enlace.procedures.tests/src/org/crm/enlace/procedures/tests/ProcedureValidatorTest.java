package org.crm.enlace.procedures.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.procedures.ProcedureValidator;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.AgeValidity;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.procedures.model.Fee;
import org.crm.enlace.procedures.model.ProceduresFactory;
import org.junit.jupiter.api.Test;

class ProcedureValidatorTest {

	@Test
	void aFullProcedureHasNoProblem() {
		assertEquals(List.of(), ProcedureValidator.validate(valid()));
	}

	@Test
	void anUnknownIssuingCountryAndAForeignOwnerAreProblems() {
		DocumentProcedure unknown = valid();
		unknown.setIssuingCountry("QQQ");
		assertEquals(List.of("issuingCountry"), fields(ProcedureValidator.validate(unknown)));
		DocumentProcedure foreign = valid();
		foreign.setOwnerCountry("MEX");
		assertEquals(List.of("issuingCountry"), fields(ProcedureValidator.validate(foreign)));
	}

	@Test
	void anOtherDocumentNeedsItsNameAndEveryDocumentItsAuthority() {
		DocumentProcedure other = valid();
		other.setDocumentKind(DocumentKind.OTHER);
		other.setDocumentName(" ");
		other.setIssuingAuthority(null);
		assertEquals(List.of("documentName", "issuingAuthority"), fields(ProcedureValidator.validate(other)));
	}

	@Test
	void feesNeedANonNegativeAmountAndAnIso4217CurrencyAndSayWhichFee() {
		DocumentProcedure procedure = valid();
		procedure.getFees().add(fee("-1", "GTQ"));
		procedure.getFees().add(fee("10", "QUETZAL"));
		List<Problem> problems = ProcedureValidator.validate(procedure);
		assertEquals(List.of("fees", "fees"), fields(problems));
		assertTrue(problems.get(0).message().contains("2"), problems.get(0).message());
		assertTrue(problems.get(1).message().contains("3"), problems.get(1).message());
	}

	@Test
	void ageRangesMustBeOrderedLastAtLeastAMonthAndNotOverlap() {
		DocumentProcedure reversed = valid();
		reversed.getValidities().getFirst().setToAge(-3);
		assertEquals(List.of("validities"), fields(ProcedureValidator.validate(reversed)));
		DocumentProcedure zero = valid();
		zero.getValidities().getFirst().setValidityMonths(0);
		assertEquals(List.of("validities"), fields(ProcedureValidator.validate(zero)));
		DocumentProcedure overlapping = valid();
		overlapping.getValidities().add(validity(17, 20, 12));
		assertEquals(List.of("validities"), fields(ProcedureValidator.validate(overlapping)));
		DocumentProcedure openEndedFirst = valid();
		openEndedFirst.getValidities().getFirst().setToAge(null);
		assertEquals(List.of("validities"), fields(ProcedureValidator.validate(openEndedFirst)));
	}

	static DocumentProcedure valid() {
		DocumentProcedure procedure = Procedures.newProcedure("GTM", DocumentKind.PASSPORT);
		procedure.setDocumentName("Pasaporte");
		procedure.setIssuingAuthority("Instituto Guatemalteco de Migración");
		procedure.getRequirements().add("Requisito ficticio");
		procedure.getBreederDocuments().add("Documento Personal de Identificación");
		procedure.getFees().add(fee("555.00", "GTQ"));
		procedure.setProcessingTime("5 días hábiles (ficticio)");
		procedure.getValidities().add(validity(0, 17, 36));
		procedure.getValidities().add(validity(18, null, 72));
		procedure.getFraudSeen().add("Hallazgo ficticio");
		procedure.getSpecimenIds().add("00000000-0000-0000-0000-000000000001");
		return procedure;
	}

	static Fee fee(String amount, String currency) {
		Fee fee = ProceduresFactory.eINSTANCE.createFee();
		fee.setAmount(new BigDecimal(amount));
		fee.setCurrency(currency);
		fee.setAppliesTo("adultos");
		return fee;
	}

	static AgeValidity validity(int from, Integer to, int months) {
		AgeValidity validity = ProceduresFactory.eINSTANCE.createAgeValidity();
		validity.setFromAge(from);
		validity.setToAge(to);
		validity.setValidityMonths(months);
		return validity;
	}

	private static List<String> fields(List<Problem> problems) {
		return problems.stream().map(Problem::field).toList();
	}
}
