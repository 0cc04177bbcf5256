package org.crm.enlace.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.training.model.TrainingModule;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.ui.ProgrammeEditorPart;
import org.crm.enlace.training.ui.TrainingEditors;
import org.crm.enlace.training.ui.TrainingPart;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programme editor opened from the training part on the demo programme: its version label and window changed,
 * a module added, filled, flagged and removed through the widgets with undo and redo, an approved programme without
 * its approval day refused with the problem listed and nothing stored, then a valid save stored as a new version.
 */
class ProgrammeEditorPartTest {

	@TempDir
	Path data;

	@Test
	void editsTheProgrammeAndItsModulesWithUndoAndSavesANewVersion() {
		try (RecordStore store = Bench.demoStore(data);
				PartHost training = Bench.host(store, TrainingPart.class, MBasicFactory.INSTANCE.createPart())) {
			training.widgets().press("training.editProgramme");
			MPart opened = training.opened().getFirst();
			assertEquals(TrainingEditors.PROGRAMME_EDITOR, opened.getElementId(), "the programme the indicator follows");
			TrainingProgramme before = programme(store);
			int versions = store.history(before.getId()).size();

			try (PartHost bench = Bench.host(store, ProgrammeEditorPart.class, opened)) {
				ProgrammeEditorPart editor = bench.part(ProgrammeEditorPart.class);
				CommandStack stack = editor.getEditingDomain().getCommandStack();
				List<String> none = problems(bench);
				assertEquals(List.of("M1", "M2", "M3", "M4"), bench.widgets().column("programme.modules", 1));

				bench.widgets().typeAndEnter("programme.versionLabel", "1.2");
				Spinner window = bench.widgets().find("programme.windowMonths", Spinner.class);
				window.setSelection(9);
				window.notifyListeners(SWT.Selection, new Event());
				assertEquals(9, editor.programme().getWindowMonths());

				bench.widgets().select("programme.modules", 1, "M4");
				bench.widgets().press("programme.module.victimIdentification");
				String victimModule = Messages.format("problem.field", Messages.format("field.modules"),
						org.crm.enlace.training.internal.Messages.format("problem.victimModule"));
				assertEquals(List.of(victimModule), problems(bench), "two victim-identification modules");
				stack.undo();
				assertEquals(none, problems(bench));

				bench.widgets().press("programme.addModule");
				assertEquals(5, bench.widgets().find("programme.modules", Table.class).getItemCount());
				assertTrue(problems(bench).contains(Messages.format("problem.field", Messages.format("field.modules"),
						org.crm.enlace.training.internal.Messages.format("problem.module.code", 5))), "the new module");
				bench.widgets().typeAndEnter("programme.module.code", "M5");
				bench.widgets().typeAndEnter("programme.module.title", "Seguimiento de casos (ficticio)");
				bench.widgets().typeAndEnter("programme.module.hours", "4");
				assertEquals(none, problems(bench));
				Screenshots.saveForReview(bench.shell(), "training-programme-editor");
				stack.undo();
				stack.undo();
				assertEquals("", bench.widgets().find("programme.module.title", Text.class).getText(), "title undone");
				stack.undo();
				stack.undo();
				assertEquals(4, bench.widgets().find("programme.modules", Table.class).getItemCount(), "the addition undone");
				for (int i = 0; i < 4; i++) {
					stack.redo();
				}
				assertEquals(List.of("M1", "M2", "M3", "M4", "M5"), bench.widgets().column("programme.modules", 1));
				assertEquals("4", bench.widgets().column("programme.modules", 3).get(4));

				bench.widgets().select("programme.modules", 1, "M3");
				bench.widgets().press("programme.removeModule");
				assertEquals(List.of("M1", "M2", "M4", "M5"), bench.widgets().column("programme.modules", 1));
				stack.undo();
				assertEquals(List.of("M1", "M2", "M3", "M4", "M5"), bench.widgets().column("programme.modules", 1));

				bench.widgets().typeAndEnter("programme.approvedOn", "");
				editor.save();
				assertEquals(List.of(Messages.format("problem.field", Messages.format("field.approvedOn"),
						org.crm.enlace.training.internal.Messages.format("problem.approvedWithoutDate"))),
						problems(bench));
				assertEquals(before.getVersion(), programme(store).getVersion(), "nothing stored");
				Screenshots.saveForReview(bench.shell(), "training-programme-editor-problems");

				stack.undo();
				assertEquals(before.getApprovedOn().toString(),
						bench.widgets().find("programme.approvedOn", Text.class).getText());
				editor.save();
				assertFalse(opened.isDirty());
				assertEquals(Messages.format("editor.programmeTitle", "US-OIM-DEMO", "1.2"), opened.getLabel());
			}
			TrainingProgramme after = programme(store);
			assertEquals(before.getVersion() + 1, after.getVersion());
			assertEquals(versions + 1, store.history(before.getId()).size(), "the earlier version kept");
			assertEquals(List.of("1.2", 9), List.of(after.getVersionLabel(), after.getWindowMonths()));
			assertEquals(List.of("M1", "M2", "M3", "M4", "M5"),
					after.getModules().stream().map(TrainingModule::getCode).toList());
			assertEquals(List.of("M2"), after.getModules().stream().filter(TrainingModule::isVictimIdentification)
					.map(TrainingModule::getCode).toList());
		}
	}

	@Test
	void aNewProgrammeIsEnteredFromTheTrainingPartAndNeedsItsVictimIdentificationModule() {
		try (RecordStore store = Bench.demoStore(data);
				PartHost training = Bench.host(store, TrainingPart.class, MBasicFactory.INSTANCE.createPart())) {
			training.widgets().press("training.newProgramme");
			MPart opened = training.opened().getFirst();
			assertEquals(TrainingEditors.PROGRAMME_EDITOR, opened.getElementId());
			assertFalse(opened.getTransientData().containsKey(TrainingEditors.RECORD_ID), "no record: a new one");
			try (PartHost bench = Bench.host(store, ProgrammeEditorPart.class, opened)) {
				ProgrammeEditorPart editor = bench.part(ProgrammeEditorPart.class);
				CommandStack stack = editor.getEditingDomain().getCommandStack();
				assertEquals(Messages.format("editor.newProgramme"), opened.getLabel());
				assertEquals(Bench.CLOCK.today().toString(), bench.widgets().find("programme.versionDate", Text.class).getText());
				bench.widgets().typeAndEnter("programme.code", "US-OIM-2027");
				bench.widgets().typeAndEnter("programme.title", "Propuesta conjunta ficticia para 2027");
				bench.widgets().typeAndEnter("programme.versionLabel", "0.1");
				editor.save();
				String victimModule = Messages.format("problem.field", Messages.format("field.modules"),
						org.crm.enlace.training.internal.Messages.format("problem.victimModule"));
				assertEquals(List.of(victimModule), problems(bench), "no module yet");
				assertTrue(newProgramme(store).isEmpty(), "nothing stored");

				bench.widgets().press("programme.addModule");
				bench.widgets().typeAndEnter("programme.module.code", "M1");
				bench.widgets().typeAndEnter("programme.module.title", "Identificación de víctimas (ficticio)");
				bench.widgets().press("programme.module.victimIdentification");
				assertEquals(List.of(), problems(bench).stream().filter(victimModule::equals).toList());
				stack.undo();
				assertFalse(bench.widgets().find("programme.module.victimIdentification", Button.class).getSelection(),
						"undo clears the flag");
				assertEquals(List.of(victimModule), problems(bench));
				stack.redo();
				assertTrue(bench.widgets().find("programme.module.victimIdentification", Button.class).getSelection());
				Screenshots.saveForReview(bench.shell(), "training-programme-editor-new");
				editor.save();
				assertFalse(opened.isDirty());
				assertEquals(Messages.format("editor.programmeTitle", "US-OIM-2027", "0.1"), opened.getLabel());
			}
			TrainingProgramme stored = newProgramme(store).orElseThrow();
			assertEquals(List.of("0.1", "DRAFT", Bench.SECRETARIAT.country(), Bench.CLOCK.today().toString()),
					List.of(stored.getVersionLabel(), stored.getStatus().getName(), stored.getOwnerCountry(),
							stored.getVersionDate().toString()));
			assertEquals(List.of("M1"), stored.getModules().stream().filter(TrainingModule::isVictimIdentification)
					.map(TrainingModule::getCode).toList());
		}
	}

	private static java.util.Optional<TrainingProgramme> newProgramme(RecordStore store) {
		return store.findAll(TrainingPackage.Literals.TRAINING_PROGRAMME, TrainingProgramme.class).stream()
				.filter(p -> "US-OIM-2027".equals(p.getCode())).findFirst();
	}

	private static TrainingProgramme programme(RecordStore store) {
		return store.findAll(TrainingPackage.Literals.TRAINING_PROGRAMME, TrainingProgramme.class).stream()
				.filter(p -> "US-OIM-DEMO".equals(p.getCode())).findFirst().orElseThrow();
	}

	private static List<String> problems(PartHost bench) {
		return List.of(bench.widgets().find("programme.editor.problems", org.eclipse.swt.widgets.List.class).getItems());
	}
}
