package org.crm.enlace.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.plan.EvidenceRecords;
import org.crm.enlace.plan.PlanLines;
import org.crm.enlace.plan.PlanValidator;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.SeedPlan;
import org.crm.enlace.plan.model.Activity;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.PlanItem;
import org.crm.enlace.plan.model.PlanPackage;
import org.crm.enlace.plan.model.PlanPackage.Literals;
import org.crm.enlace.plan.model.Result;
import org.crm.enlace.plan.model.Timeline;
import org.crm.enlace.plan.model.TimelineAnchor;
import org.crm.enlace.plan.model.WorkPlan;
import org.junit.jupiter.api.Test;

/** A plan's rules listed, each on a crafted copy of the seed plan; new lines' keys; evidence records' titles. */
class PlanValidatorTest {

	@Test
	void theSeedPlanHasNoProblem() {
		assertEquals(List.of(), PlanValidator.validate(SeedPlan.plan()));
	}

	@Test
	void everyBrokenRuleIsListedAtOnceNamingTheLine() {
		WorkPlan plan = SeedPlan.plan();
		plan.setCode(" ");
		plan.setTitleEs(null);
		plan.setPeriodFrom(LocalDate.parse("2027-01-01"));
		plan.setPeriodTo(LocalDate.parse("2026-12-31"));
		Result exchange = plan.getWorkAreas().getFirst().getObjectives().getFirst().getResults().get(3);
		exchange.setTextEs("");
		exchange.getActivities().get(1).setKey(exchange.getActivities().get(0).getKey());
		Indicator indicator = Plans.indicators(plan).findFirst().orElseThrow();
		indicator.setIndicatorCode(null);
		indicator.setTarget(BigDecimal.valueOf(-1));
		Timeline timeline = Plans.commitments(plan).flatMap(c -> c.getTimelines().stream())
				.filter(t -> t.getAnchor() == TimelineAnchor.PLAN_APPROVAL).findFirst().orElseThrow();
		timeline.setMonthsAfter(null);

		List<String> fields = PlanValidator.validate(plan).stream().map(Problem::field).toList();
		// The header first, then the lines in the plan's order: the objective's indicator before its results.
		assertEquals(List.of("code", "titleEs", "periodTo", "indicatorCode", "target", "textEs", "key",
				"monthsAfter"), fields);
		List<String> messages = PlanValidator.validate(plan).stream().map(Problem::message).toList();
		assertTrue(messages.contains("Falta el texto en español de la línea 1.4 (IE-O1-R1.4)."), messages.toString());
		assertTrue(messages.contains("La clave de la línea 1.4.2 (IE-O1-R1.4-A1.4.1) se repite en el plan."),
				messages.toString());
	}

	@Test
	void aLineWithFollowUpCannotBeRemoved() {
		WorkPlan plan = SeedPlan.plan();
		Activity followed = Plans.activities(plan).findFirst().orElseThrow();
		Indicator entered = Plans.indicators(plan).findFirst().orElseThrow();
		String key = followed.getKey();
		String code = entered.getIndicatorCode();
		assertEquals(List.of(), PlanValidator.validate(plan, List.of(key), List.of(code)), "nothing removed yet");

		((Result) followed.eContainer()).getActivities().remove(followed);
		entered.setIndicatorCode(code + "-renamed");
		List<String> messages = PlanValidator.validate(plan, List.of(key), List.of(code)).stream()
				.map(Problem::message).toList();
		assertEquals(2, messages.size(), messages.toString());
		assertTrue(messages.get(0).contains(key) && messages.get(0).contains("avances"), messages.toString());
		assertTrue(messages.get(1).contains(code) && messages.get(1).contains("valores"), messages.toString());
		assertEquals(List.of(), PlanValidator.validate(plan, List.of(), List.of()), "without follow-up both may go");
	}

	@Test
	void monthsWithoutAnAnchorAndANegativeCountAreRefused() {
		WorkPlan plan = SeedPlan.plan();
		Timeline timeline = Plans.commitments(plan).flatMap(c -> c.getTimelines().stream())
				.filter(t -> t.getAnchor() == TimelineAnchor.NONE).findFirst().orElseThrow();
		timeline.setMonthsAfter(-2);
		assertEquals(List.of("monthsAfter", "anchor"),
				PlanValidator.validate(plan).stream().map(Problem::field).toList());
	}

	@Test
	void aNewLineGetsAKeyNoLineOfThePlanHasAndAnEmptyTextIsAProblem() {
		WorkPlan plan = SeedPlan.plan();
		Result exchange = plan.getWorkAreas().getFirst().getObjectives().getFirst().getResults().get(3);
		assertEquals(List.of(Literals.COMMITMENT__INDICATORS, Literals.COMMITMENT__TIMELINES,
				Literals.COMMITMENT__RESPONSIBLES, Literals.COMMITMENT__RESOURCES, Literals.RESULT__ACTIVITIES),
				PlanLines.childFeatures(exchange));
		PlanItem activity = PlanLines.newLine(plan, exchange, Literals.RESULT__ACTIVITIES);
		assertEquals(PlanPackage.Literals.ACTIVITY, activity.eClass());
		assertEquals("IE-O1-R1.4-A3", activity.getKey());
		exchange.getActivities().add((Activity) activity);
		assertEquals("IE-O1-R1.4-A4", PlanLines.newLine(plan, exchange, Literals.RESULT__ACTIVITIES).getKey());
		assertEquals("WA3", PlanLines.newLine(plan, plan, Literals.WORK_PLAN__WORK_AREAS).getKey());
		assertEquals(List.of("Falta el texto en español de la línea IE-O1-R1.4-A3."),
				PlanValidator.validate(plan).stream().map(Problem::message).toList());
	}

	@Test
	void evidenceRecordsAreFoundByTheirExchangeNameAndTitledWithoutPersonsData() {
		assertEquals(PlanPackage.Literals.WORK_PLAN, EvidenceRecords.type("plan.WorkPlan").orElseThrow());
		assertTrue(EvidenceRecords.type("plan.NoSuchThing").isEmpty());
		assertTrue(EvidenceRecords.type("nodot").isEmpty());
		assertEquals("CRM-PT-1 · PLAN DE TRABAJO REGIONAL PARA EL COMBATE AL TRÁFICO ILÍCITO DE MIGRANTES Y LA "
				+ "TRATA DE PERSONAS · XST · " + SeedPlan.ID.substring(0, 8), EvidenceRecords.title(SeedPlan.plan()));
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setFullName("Persona Ficticia");
		contact.setTitle("Directora ficticia");
		contact.setOwnerCountry("GTM");
		contact.setId("0123456789abcdef");
		assertEquals("GTM · 01234567", EvidenceRecords.title(contact));
	}
}
