package org.crm.enlace.plan.ui.tests;

import static org.crm.enlace.plan.ui.tests.PlanBench.PRESIDENCY;
import static org.crm.enlace.plan.ui.tests.PlanBench.SECRETARIAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.plan.FollowUp;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.SeedPlan;
import org.crm.enlace.plan.model.ActivityStatus;
import org.crm.enlace.plan.model.PlanStatus;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.plan.ui.PlanEditorPart;
import org.crm.enlace.plan.ui.PlanEditors;
import org.crm.enlace.plan.ui.internal.editing.Messages;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan editor on the seed plan: fields changed through the widgets, undone and redone; lines added and removed
 * as commands; a save with a problem lists it and stores nothing; a valid save stores a new version; the
 * Presidency's change to the Secretariat's plan is refused in words, and its new edition is saved as its own.
 */
class PlanEditorPartTest {

	private static final String PROPOSAL = "FI-O1-R1.1-A1.1.1";
	private static final String TRAINED = "FI-O1-I1";

	@TempDir
	Path data;

	@Test
	void everyChangeIsUndoneAndRedoneThroughTheWidgets() {
		try (RecordStore store = PlanBench.open(data, SECRETARIAT); PartHost bench = seedEditor(store, SECRETARIAT)) {
			PlanEditorPart editor = bench.part(PlanEditorPart.class);
			CommandStack stack = editor.getEditingDomain().getCommandStack();
			WorkPlan plan = editor.plan();
			String title = plan.getTitleEn();
			assertFalse(bench.self().isDirty());

			bench.widgets().typeAndEnter("plan.header.titleEn", "Fictitious title");
			assertEquals("Fictitious title", plan.getTitleEn());
			assertTrue(bench.self().isDirty());
			stack.undo();
			assertEquals(title, plan.getTitleEn());
			assertEquals(title, bench.widgets().find("plan.header.titleEn", Text.class).getText(), "the field shows it");
			assertFalse(bench.self().isDirty());
			stack.redo();
			assertEquals("Fictitious title", bench.widgets().find("plan.header.titleEn", Text.class).getText());

			editor.select(TRAINED);
			bench.widgets().typeAndEnter("plan.line.target", "250");
			assertEquals("250", Plans.indicators(plan).filter(i -> i.getKey().equals(TRAINED)).findFirst()
					.orElseThrow().getTarget().toPlainString());
			stack.undo();
			assertEquals(null, Plans.indicators(plan).filter(i -> i.getKey().equals(TRAINED)).findFirst()
					.orElseThrow().getTarget(), "the seed gives no target for officials trained");
			assertEquals("", bench.widgets().find("plan.line.target", Text.class).getText());

			editor.select("FI-O1-R1.1");
			long activities = Plans.activities(plan).count();
			bench.widgets().choose("plan.editor.kind", Messages.format("kind.Activity"));
			bench.widgets().press("plan.editor.add");
			assertEquals(activities + 1, Plans.activities(plan).count());
			assertEquals("FI-O1-R1.1-A2", bench.widgets().find("plan.line.key", Label.class).getText(), "the new line is chosen");
			bench.widgets().typeAndEnter("plan.line.textEs", "Actividad ficticia añadida");
			Screenshots.saveForReview(bench.shell(), "plan-editor-line-added");
			stack.undo();
			stack.undo();
			assertEquals(activities, Plans.activities(plan).count(), "the added line is undone");
			stack.redo();
			assertEquals(activities + 1, Plans.activities(plan).count(), "and redone");

			editor.select(PROPOSAL);
			bench.widgets().press("plan.editor.remove");
			assertTrue(Plans.activity(plan, PROPOSAL).isEmpty());
			stack.undo();
			assertTrue(Plans.activity(plan, PROPOSAL).isPresent(), "a removed line comes back with undo");
		}
	}

	@Test
	void aSaveWithProblemsListsThemAndStoresNothing() {
		try (RecordStore store = PlanBench.open(data, SECRETARIAT); PartHost bench = seedEditor(store, SECRETARIAT)) {
			PlanEditorPart editor = bench.part(PlanEditorPart.class);
			long version = editor.plan().getVersion();
			bench.widgets().typeAndEnter("plan.header.periodFrom", "2027-01-01");
			bench.widgets().typeAndEnter("plan.header.periodTo", "2026-12-31");
			editor.select(PROPOSAL);
			bench.widgets().typeAndEnter("plan.line.textEs", "");
			editor.select(TRAINED);
			bench.widgets().typeAndEnter("plan.line.target", "doscientos");
			editor.save();
			Screenshots.saveForReview(bench.shell(), "plan-editor-problems");

			assertEquals(List.of(Messages.format("problem.decimal", Messages.format("field.target")),
					"El período termina antes de empezar.",
					"Falta el texto en español de la línea 1.1.1 (FI-O1-R1.1-A1.1.1)."),
					bench.widgets().items("plan.editor.problems"));
			assertEquals("No se guardó: corrija los problemas listados.",
					bench.widgets().find("plan.editor.status", Label.class).getText());
			assertTrue(bench.self().isDirty());
			assertEquals(List.of(), bench.posted());
			WorkPlan stored = Plans.find(store, SeedPlan.CODE).orElseThrow();
			assertEquals(version, stored.getVersion(), "nothing stored");
			assertEquals(null, stored.getPeriodFrom());
			assertFalse(Plans.activity(stored, PROPOSAL).orElseThrow().getTextEs().isEmpty());
		}
	}

	@Test
	void anActivityWithProgressCannotBeRemoved() {
		try (RecordStore store = PlanBench.open(data, SECRETARIAT)) {
			WorkPlan seed = Plans.find(store, SeedPlan.CODE).orElseThrow();
			FollowUp.recordProgress(store, SECRETARIAT, seed, PROPOSAL, ActivityStatus.IN_PROGRESS,
					LocalDate.parse("2026-11-01"), "Avance ficticio", List.of());
			try (PartHost bench = seedEditor(store, SECRETARIAT)) {
				PlanEditorPart editor = bench.part(PlanEditorPart.class);
				editor.select(PROPOSAL);
				bench.widgets().press("plan.editor.remove");
				editor.save();

				List<String> problems = bench.widgets().items("plan.editor.problems");
				assertEquals(1, problems.size(), problems.toString());
				assertTrue(problems.getFirst().contains(PROPOSAL), problems.toString());
				assertTrue(Plans.activity(Plans.find(store, SeedPlan.CODE).orElseThrow(), PROPOSAL).isPresent(),
						"the activity and its history stay");
				editor.getEditingDomain().getCommandStack().undo();
				assertEquals(List.of("Sin problemas."), bench.widgets().items("plan.editor.problems"), "undone: nothing to fix");
			}
		}
	}

	@Test
	void aValidSaveStoresANewVersion() {
		try (RecordStore store = PlanBench.open(data, SECRETARIAT); PartHost bench = seedEditor(store, SECRETARIAT)) {
			PlanEditorPart editor = bench.part(PlanEditorPart.class);
			long version = editor.plan().getVersion();
			bench.widgets().typeAndEnter("plan.header.periodFrom", "2026-06-01");
			bench.widgets().typeAndEnter("plan.header.periodTo", "2027-05-31");
			editor.select(PROPOSAL);
			bench.widgets().typeAndEnter("plan.line.textEn", "A fictitious English reading.");
			editor.save();
			Screenshots.saveForReview(bench.shell(), "plan-editor-saved");

			assertEquals(List.of("Sin problemas."), bench.widgets().items("plan.editor.problems"));
			assertEquals("Guardado (versión " + (version + 1) + ").",
					bench.widgets().find("plan.editor.status", Label.class).getText());
			assertFalse(bench.self().isDirty());
			assertEquals(List.of(RecordEvents.CHANGED), bench.posted());
			WorkPlan stored = Plans.find(store, SeedPlan.CODE).orElseThrow();
			assertEquals(version + 1, stored.getVersion());
			assertEquals("2027-05-31", stored.getPeriodTo().toString());
			assertEquals("A fictitious English reading.", Plans.activity(stored, PROPOSAL).orElseThrow().getTextEn());
		}
	}

	@Test
	void thePresidencyIsRefusedInWordsOnTheSecretariatsPlanAndSavesANewEditionOfItsOwn() {
		try (RecordStore store = PlanBench.open(data, PRESIDENCY)) {
			long version = Plans.find(store, SeedPlan.CODE).orElseThrow().getVersion();
			try (PartHost bench = seedEditor(store, PRESIDENCY)) {
				assertEquals(Messages.format("editor.notice.otherOwner", "XST"),
						bench.widgets().find("plan.editor.notice", Label.class).getText());
				bench.widgets().typeAndEnter("plan.header.titleEn", "Fictitious title");
				bench.part(PlanEditorPart.class).save();
				Screenshots.saveForReview(bench.shell(), "plan-editor-refused");
				String said = bench.widgets().find("plan.editor.status", Label.class).getText();
				assertTrue(said.contains("HND"), said);
				assertFalse(said.contains("Exception") || said.contains("at org."), said);
				assertEquals(version, Plans.find(store, SeedPlan.CODE).orElseThrow().getVersion());
			}
			try (PartHost bench = PlanBench.host(PlanEditorPart.class, store, PRESIDENCY,
					Map.of(PlanEditors.COPY_OF, SeedPlan.ID))) {
				PlanEditorPart editor = bench.part(PlanEditorPart.class);
				assertEquals("CRM-PT-1-2", bench.widgets().find("plan.header.code", Text.class).getText());
				assertTrue(bench.self().isDirty(), "a new plan is unsaved work");
				bench.widgets().typeAndEnter("plan.header.titleEs", "Plan de trabajo ficticio de la Presidencia");
				editor.save();
				Screenshots.saveForReview(bench.shell(), "plan-editor-new-edition");
				assertEquals("Guardado (versión 1).", bench.widgets().find("plan.editor.status", Label.class).getText());
			}
			WorkPlan edition = Plans.find(store, "CRM-PT-1-2").orElseThrow();
			assertEquals("HND", edition.getOwnerCountry());
			assertEquals(PlanStatus.DRAFT, edition.getStatus());
			assertEquals("2", edition.getEdition());
			assertEquals(9, Plans.activities(edition).count(), "every line copied");
			assertEquals(SeedPlan.ID, Plans.current(store).orElseThrow().getId(), "a draft is not in force");
		}
	}

	@Test
	void anEmptyPlanIsBuiltLineByLineAndSavedAsADraftOfTheUsersOrganization() {
		try (RecordStore store = PlanBench.open(data, SECRETARIAT)) {
			try (PartHost bench = PlanBench.host(PlanEditorPart.class, store, SECRETARIAT,
					Map.of(PlanEditors.EMPTY, Boolean.TRUE))) {
				PlanEditorPart editor = bench.part(PlanEditorPart.class);
				editor.save();
				assertEquals(List.of("Falta el código del plan.", "Falta el título del plan en español."),
						bench.widgets().items("plan.editor.problems"));
				bench.widgets().typeAndEnter("plan.header.code", "CRM-PT-2");
				bench.widgets().typeAndEnter("plan.header.titleEs", "Plan de trabajo ficticio");
				bench.widgets().press("plan.editor.add");
				assertEquals("WA1", bench.widgets().find("plan.line.key", Label.class).getText(), "a work area first");
				bench.widgets().typeAndEnter("plan.line.textEs", "Área ficticia");
				bench.widgets().press("plan.editor.add");
				assertEquals("WA1-O1", bench.widgets().find("plan.line.key", Label.class).getText(), "then its objective");
				bench.widgets().typeAndEnter("plan.line.textEs", "Objetivo ficticio");
				editor.save();
				Screenshots.saveForReview(bench.shell(), "plan-editor-empty-plan");
				assertEquals("Guardado (versión 1).", bench.widgets().find("plan.editor.status", Label.class).getText());
				assertEquals(Messages.format("editor.notice.own"),
						bench.widgets().find("plan.editor.notice", Label.class).getText(), "a stored plan of its own now");
			}
			WorkPlan stored = Plans.find(store, "CRM-PT-2").orElseThrow();
			assertEquals("XST", stored.getOwnerCountry());
			assertEquals(PlanStatus.DRAFT, stored.getStatus());
			assertEquals("Objetivo ficticio",
					stored.getWorkAreas().getFirst().getObjectives().getFirst().getTextEs());
		}
	}

	private static PartHost seedEditor(RecordStore store, CurrentUser user) {
		return PlanBench.host(PlanEditorPart.class, store, user, Map.of(PlanEditors.PLAN_ID, SeedPlan.ID));
	}
}
