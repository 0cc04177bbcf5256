package org.crm.enlace.procedures.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crm.enlace.procedures.ProcedureText;
import org.crm.enlace.procedures.model.AgeValidity;
import org.crm.enlace.procedures.model.Fee;
import org.junit.jupiter.api.Test;

class ProcedureTextTest {

	@Test
	void feesAndValiditiesRoundTripThroughTheirText() {
		List<Fee> fees = ProcedureText.readFees("555.00 gtq adultos; 55.50 GTQ menores de edad;10 USD").orElseThrow();
		assertEquals(3, fees.size());
		assertEquals("GTQ", fees.get(0).getCurrency());
		assertEquals("menores de edad", fees.get(1).getAppliesTo());
		assertEquals(null, fees.get(2).getAppliesTo());
		assertEquals("555.00 GTQ adultos; 55.50 GTQ menores de edad; 10 USD", ProcedureText.fees(fees));
		List<AgeValidity> validities = ProcedureText.readValidities("0-17: 36; 18-: 72").orElseThrow();
		assertEquals(null, validities.get(1).getToAge());
		assertEquals(17, validities.get(0).getToAge());
		assertEquals("0-17: 36; 18-: 72", ProcedureText.validities(validities));
	}

	@Test
	void unreadableTextGivesNothingRatherThanHalf() {
		assertTrue(ProcedureText.readFees("555 GTQ; quinientos").isEmpty());
		assertTrue(ProcedureText.readValidities("0-17: 36; adultos: 72").isEmpty());
		assertEquals(List.of(), ProcedureText.readFees(" ").orElseThrow());
	}
}
