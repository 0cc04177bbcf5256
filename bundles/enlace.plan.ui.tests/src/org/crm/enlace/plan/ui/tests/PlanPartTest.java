package org.crm.enlace.plan.ui.tests;

import static org.crm.enlace.plan.ui.tests.PlanBench.LIAISON;
import static org.crm.enlace.plan.ui.tests.PlanBench.PRESIDENCY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.plan.FollowUp;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.model.ActivityStatus;
import org.crm.enlace.plan.model.ActivityUpdate;
import org.crm.enlace.plan.model.IndicatorEntry;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.plan.ui.PlanEditors;
import org.crm.enlace.plan.ui.PlanPart;
import org.crm.enlace.plan.ui.internal.editing.Messages;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The work plan part on the seed plan: the tree holds every line; an activity's progress entered with an evidence
 * link, undone and redone, saved and shown in its history without persons' data; bad entries listed and nothing
 * saved; an indicator's value entered; the plan editor opened beside the part.
 */
class PlanPartTest {

	private static final String NATIONALITIES = "IE-O1-R1.1-A1.1.1";
	private static final String TRAINED = "FI-O1-I1";

	@TempDir
	Path data;

	@Test
	void theTreeShowsTheSeedPlanLineByLine() {
		try (RecordStore store = PlanBench.open(data, PRESIDENCY);
				PartHost bench = PlanBench.host(PlanPart.class, store, PRESIDENCY, Map.of())) {
			Combo chooser = bench.widgets().find("plan.chooser", Combo.class);
			assertEquals(1, chooser.getItemCount());
			assertTrue(chooser.getText().startsWith("CRM-PT-1 (edición 1, en vigor, de XST)"), chooser.getText());
			Tree tree = bench.widgets().find("plan.tree", Tree.class);
			assertEquals(2, tree.getItemCount(), "two work areas");
			List<String> lines = new ArrayList<>();
			for (TreeItem area : tree.getItems()) {
				all(area, lines);
			}
			// 2 areas, 3 objectives, 7 results, 9 activities, 4 indicators, 4 timelines, 9 responsibles, 2 resources.
			assertEquals(40, lines.size(), lines.toString());
			assertTrue(lines.contains("Actividad 1.4.1: Realizar un intercambio de especimenes de documentos "
					+ "migratorios."), lines.toString());
			assertTrue(lines.stream().anyMatch(l -> l.startsWith("Indicador: Número de funcionarios capacitados [")),
					lines.toString());
			assertTrue(lines.contains("Plazo: 6 meses [6 meses desde la aprobación del plan]"), lines.toString());
			assertEquals(Messages.format("part.note.otherOwner", "XST"),
					bench.widgets().find("plan.note", Label.class).getText());
			Screenshots.saveForReview(bench.shell(), "plan-part-tree");
			assertFalse(bench.widgets().find("plan.edit", Button.class).getEnabled(),
					"the Presidency does not edit the Secretariat's plan in place");
			assertTrue(bench.widgets().find("plan.newEdition", Button.class).getEnabled());

			bench.widgets().press("plan.newEdition");
			assertEquals(1, bench.opened().size());
			assertEquals(PlanEditors.DESCRIPTOR, bench.opened().getFirst().getElementId());
			assertEquals(store.findById(org.crm.enlace.plan.SeedPlan.ID).orElseThrow().getId(),
					bench.opened().getFirst().getTransientData().get(PlanEditors.COPY_OF));
		}
	}

	@Test
	void progressWithAnEvidenceLinkIsUndoneRedoneSavedAndShown() {
		try (RecordStore store = PlanBench.open(data, PRESIDENCY)) {
			ContactPoint contact = store.save(contact());
			try (PartHost bench = PlanBench.host(PlanPart.class, store, PRESIDENCY, Map.of())) {
				PlanPart part = bench.part(PlanPart.class);
				CommandStack stack = part.getEditingDomain().getCommandStack();
				part.select(NATIONALITIES);
				bench.widgets().choose("plan.progress.status", Messages.format("status.IN_PROGRESS"));
				bench.widgets().typeAndEnter("plan.progress.note", "Primer intercambio ficticio");
				bench.widgets().choose("plan.progress.type", "enlace.ContactPoint");
				Combo records = bench.widgets().find("plan.progress.record", Combo.class);
				assertEquals(1, records.getItemCount());
				String title = records.getItem(0);
				assertFalse(title.contains("Ficticia"), "no person's data: " + title);
				bench.widgets().press("plan.progress.addEvidence");
				assertEquals(1, bench.widgets().items("plan.progress.evidence").size());

				stack.undo();
				assertEquals(List.of(), bench.widgets().items("plan.progress.evidence"), "the link is undone");
				stack.undo();
				assertEquals("", bench.widgets().find("plan.progress.note", org.eclipse.swt.widgets.Text.class).getText());
				stack.redo();
				stack.redo();
				assertEquals(1, bench.widgets().items("plan.progress.evidence").size(), "and redone");
				assertEquals(ActivityStatus.IN_PROGRESS, part.progress().draft().orElseThrow().getStatus());
				Screenshots.saveForReview(bench.shell(), "plan-part-progress-entered");

				bench.widgets().press("plan.progress.save");
				assertEquals(Messages.format("progress.saved"),
						bench.widgets().find("plan.progress.outcome", Label.class).getText());
				Table history = bench.widgets().find("plan.history", Table.class);
				assertEquals(1, history.getItemCount());
				assertEquals("2026-11-29", history.getItem(0).getText(0));
				assertEquals(Messages.format("status.IN_PROGRESS"), history.getItem(0).getText(1));
				assertEquals("Primer intercambio ficticio", history.getItem(0).getText(2));
				assertEquals(Messages.format("evidence.record", "enlace.ContactPoint", title),
						history.getItem(0).getText(3));
				assertEquals("HND", history.getItem(0).getText(4));
				Screenshots.saveForReview(bench.shell(), "plan-part-progress-saved");
			}
			WorkPlan plan = Plans.current(store).orElseThrow();
			List<ActivityUpdate> updates = FollowUp.updates(store, plan);
			assertEquals(1, updates.size());
			assertEquals(NATIONALITIES, updates.getFirst().getItem());
			assertEquals(contact.getId(), updates.getFirst().getEvidence().getFirst().getRecordId());
			assertEquals("enlace.ContactPoint", updates.getFirst().getEvidence().getFirst().getRecordType());
		}
	}

	@Test
	void aBadProgressEntryOrAReaderIsRefusedInWordsAndNothingIsSaved() {
		try (RecordStore store = PlanBench.open(data, PRESIDENCY);
				PartHost bench = PlanBench.host(PlanPart.class, store, PRESIDENCY, Map.of())) {
			bench.part(PlanPart.class).select(NATIONALITIES);
			bench.widgets().typeAndEnter("plan.progress.date", "29/11/2026");
			bench.widgets().press("plan.progress.save");
			assertEquals(Messages.format("progress.notSaved"),
					bench.widgets().find("plan.progress.outcome", Label.class).getText());
			assertEquals(1, bench.widgets().items("plan.progress.problems").size());
			assertTrue(bench.widgets().items("plan.progress.problems").getFirst().contains(Messages.format("progress.date")),
					bench.widgets().items("plan.progress.problems").toString());
			Screenshots.saveForReview(bench.shell(), "plan-part-progress-refused");
			assertEquals(List.of(), FollowUp.updates(store, Plans.current(store).orElseThrow()));
		}
		try (RecordStore store = PlanBench.open(data, LIAISON);
				PartHost bench = PlanBench.host(PlanPart.class, store, LIAISON, Map.of())) {
			assertFalse(bench.widgets().find("plan.edit", Button.class).getEnabled(), "a reader does not edit");
			bench.part(PlanPart.class).select(NATIONALITIES);
			bench.widgets().press("plan.progress.save");
			assertEquals(List.of("Solo la Secretaría Técnica y la Presidencia Pro Tempore dan seguimiento al plan de "
					+ "trabajo."), bench.widgets().items("plan.progress.problems"));
			assertEquals(List.of(), FollowUp.updates(store, Plans.current(store).orElseThrow()));
		}
	}

	@Test
	void anIndicatorValueIsEnteredAndABadOneListed() {
		try (RecordStore store = PlanBench.open(data, PRESIDENCY);
				PartHost bench = PlanBench.host(PlanPart.class, store, PRESIDENCY, Map.of())) {
			bench.part(PlanPart.class).select(TRAINED);
			bench.widgets().typeAndEnter("plan.value.value", "ciento veinte");
			bench.widgets().typeAndEnter("plan.value.date", "2026-11-31");
			bench.widgets().press("plan.value.save");
			assertEquals(List.of(Messages.format("problem.decimal", Messages.format("value.value")),
					Messages.format("problem.date", Messages.format("value.date"))), bench.widgets().items("plan.value.problems"));
			bench.widgets().typeAndEnter("plan.value.value", "120");
			bench.widgets().typeAndEnter("plan.value.date", "2026-11-01");
			bench.widgets().press("plan.value.save");
			assertEquals(List.of("Falta la fuente del valor del indicador " + IndicatorCodes.OFFICIALS_TRAINED + "."),
					bench.widgets().items("plan.value.problems"));
			Screenshots.saveForReview(bench.shell(), "plan-part-value-refused");
			WorkPlan plan = Plans.current(store).orElseThrow();
			assertEquals(List.of(), FollowUp.entries(store, plan));

			bench.widgets().typeAndEnter("plan.value.source", "Informe ficticio de la OIM");
			bench.widgets().press("plan.value.save");
			assertEquals(Messages.format("value.saved"), bench.widgets().find("plan.value.outcome", Label.class).getText());
			List<IndicatorEntry> entries = FollowUp.entries(store, plan);
			assertEquals(1, entries.size());
			assertEquals("120", entries.getFirst().getValue().toPlainString());
			assertEquals("2026-11-01", entries.getFirst().getDate().toString());
		}
	}

	private static ContactPoint contact() {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setCountry("HND");
		contact.setOwnerCountry("HND");
		contact.setRole(ContactRole.PERMANENT);
		contact.setFullName("Persona Ficticia");
		contact.setReleasability(Releasability.ALL_MEMBERS);
		contact.setTlp(Tlp.GREEN);
		return contact;
	}

	private static void all(TreeItem item, List<String> into) {
		into.add(item.getText());
		item.setExpanded(true);
		for (TreeItem child : item.getItems()) {
			all(child, into);
		}
	}
}
