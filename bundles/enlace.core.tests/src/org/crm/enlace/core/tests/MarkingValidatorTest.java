package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.InformationAccuracy;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.SourceReliability;
import org.junit.jupiter.api.Test;

class MarkingValidatorTest {

	@Test
	void aRecordReleasedToNamedKnownOrganizationsWithAFullEvaluationIsValid() {
		ContactPoint record = EnlaceFactory.eINSTANCE.createContactPoint();
		record.setReleasability(Releasability.LISTED);
		record.getReleasableTo().addAll(List.of("MEX", "XST", "XOM"));
		record.setSourceReliability(SourceReliability.B);
		record.setInformationAccuracy(InformationAccuracy.ACCURACY_2);
		assertEquals(List.of(), MarkingValidator.validate(record));
	}

	@Test
	void releasingToNamedOrganizationsNamesAtLeastOneAndOnlyKnownOnes() {
		ContactPoint record = EnlaceFactory.eINSTANCE.createContactPoint();
		record.setReleasability(Releasability.LISTED);
		assertEquals(List.of("releasableTo"), fields(MarkingValidator.validate(record)));
		record.getReleasableTo().addAll(List.of("GTM", "ZZZ"));
		List<Problem> problems = MarkingValidator.validate(record);
		assertEquals(List.of("releasableTo"), fields(problems));
		assertFalse(problems.get(0).message().contains("!"), problems.get(0).message());
	}

	@Test
	void anEvaluationGivesBothReliabilityAndAccuracyOrNeither() {
		ContactPoint record = EnlaceFactory.eINSTANCE.createContactPoint();
		record.setReleasability(Releasability.OWNER_ONLY);
		assertEquals(List.of(), MarkingValidator.validate(record));
		record.setSourceReliability(SourceReliability.A);
		assertEquals(List.of("sourceReliability"), fields(MarkingValidator.validate(record)));
	}

	private static List<String> fields(List<Problem> problems) {
		return problems.stream().map(Problem::field).toList();
	}
}
