package org.crm.enlace.jtf.tests;

import static org.crm.enlace.jtf.tests.JtfStores.CLOCK;
import static org.crm.enlace.jtf.tests.JtfStores.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.crm.enlace.jtf.CommissionValidator;
import org.crm.enlace.jtf.CoordinatedCommissions;
import org.crm.enlace.jtf.MeetingValidator;
import org.crm.enlace.jtf.MilestoneStatus.State;
import org.crm.enlace.jtf.Milestones;
import org.crm.enlace.jtf.OverdueAction;
import org.crm.enlace.jtf.OverdueActions;
import org.crm.enlace.jtf.internal.JtfDemoData;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.model.Record;
import org.junit.jupiter.api.Test;

/** The fictitious demo data is valid and shows every case: a met milestone, a reminder, counted and uncounted commissions. */
class DemoDataTest {

	@Test
	void theDemoDataIsValidFictitiousAndShowsEveryCase() {
		List<Record> records = new JtfDemoData().demoRecords(CLOCK);
		List<Meeting> meetings = records.stream().filter(Meeting.class::isInstance).map(Meeting.class::cast).toList();
		List<NationalCommission> commissions = records.stream().filter(NationalCommission.class::isInstance)
				.map(NationalCommission.class::cast).toList();

		meetings.forEach(m -> assertEquals(List.of(), MeetingValidator.validate(m, TODAY)));
		commissions.forEach(c -> assertEquals(List.of(), CommissionValidator.validate(c, TODAY)));
		assertTrue(records.stream().allMatch(r -> r.getProvenance() != null && !r.getProvenance().isBlank()));
		assertTrue(meetings.stream().flatMap(m -> m.getParticipants().stream())
				.allMatch(p -> p.getName().startsWith("Participante Demo")));

		assertEquals(State.MET, Milestones.status(Milestones.jtfBeforeGrcmPanama(), meetings, TODAY).state());
		List<OverdueAction> overdue = OverdueActions.asOf(meetings, TODAY);
		assertEquals(List.of(10L), overdue.stream().map(OverdueAction::daysOverdue).toList());
		assertEquals(Map.of("GTM", BigDecimal.ONE, "HND", BigDecimal.ONE, "SLV", BigDecimal.ZERO, "CRI",
				BigDecimal.ZERO), CoordinatedCommissions.compute(commissions, TODAY).orElseThrow().breakdown());
	}
}
