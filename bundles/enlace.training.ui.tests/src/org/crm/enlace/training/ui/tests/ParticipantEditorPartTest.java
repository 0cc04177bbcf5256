package org.crm.enlace.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.Sex;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.ui.ParticipantEditorPart;
import org.crm.enlace.training.ui.TrainingEditors;
import org.crm.enlace.training.ui.TrainingPart;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The participant editor opened from the training part on a demo participant: name, sex, institution, position and
 * country changed through the widgets with undo and redo, an invalid save refused with its problems listed (never
 * quoting the person) and nothing stored, a valid one stored as a new version that the part shows.
 */
class ParticipantEditorPartTest {

	private static final String SESSION = "Curso virtual regional (demo)";
	private static final String ELEVEN = "Participante Ficticio 11 (demo)";

	@TempDir
	Path data;

	@Test
	void editsAParticipantWithUndoRefusesAnInvalidSaveAndStoresAValidOne() {
		try (RecordStore store = Bench.demoStore(data);
				PartHost training = Bench.host(store, TrainingPart.class, MBasicFactory.INSTANCE.createPart())) {
			training.widgets().press("training.editParticipant");
			assertEquals(Messages.format("participant.noSelection"), training.part(TrainingPart.class).message());
			assertTrue(training.opened().isEmpty(), "nothing opened without a participant");
			training.widgets().select("training.sessions", 0, SESSION);
			training.widgets().select("training.participants", 0, ELEVEN);
			training.widgets().press("training.editParticipant");
			MPart opened = training.opened().getFirst();
			assertEquals(TrainingEditors.PARTICIPANT_EDITOR, opened.getElementId());
			Participant before = participant(store, ELEVEN);

			try (PartHost bench = Bench.host(store, ParticipantEditorPart.class, opened)) {
				ParticipantEditorPart editor = bench.part(ParticipantEditorPart.class);
				CommandStack stack = editor.getEditingDomain().getCommandStack();
				assertEquals(Messages.format("editor.participantTitle", ELEVEN), opened.getLabel());
				assertEquals(before.getInstitution(), bench.widgets().find("participant.institution", Text.class).getText());

				bench.widgets().typeAndEnter("participant.institution", "Instituto Ficticio de Migración");
				bench.widgets().choose("participant.sex", Messages.format("editor.sex.X"));
				assertEquals(Sex.X, editor.participant().getSex());
				assertTrue(opened.isDirty());
				stack.undo();
				assertEquals(Messages.format("editor.sex.F"), bench.widgets().find("participant.sex", Combo.class).getText());
				stack.undo();
				assertEquals(before.getInstitution(), bench.widgets().find("participant.institution", Text.class).getText());
				assertFalse(opened.isDirty());
				stack.redo();
				assertEquals("Instituto Ficticio de Migración",
						bench.widgets().find("participant.institution", Text.class).getText());

				bench.widgets().typeAndEnter("participant.fullName", "");
				bench.widgets().typeAndEnter("participant.country", "Guatemala");
				editor.save();
				List<String> problems = problems(bench);
				assertEquals(List.of(
						Messages.format("problem.field", Messages.format("field.fullName"),
								org.crm.enlace.training.internal.Messages.format("problem.required")),
						Messages.format("problem.field", Messages.format("field.country"),
								org.crm.enlace.training.internal.Messages.format("problem.country"))),
						problems);
				Screenshots.saveForReview(bench.shell(), "training-participant-editor-problems");
				assertEquals(before.getVersion(), participant(store, ELEVEN).getVersion(), "nothing stored");

				stack.undo();
				stack.undo();
				assertEquals(ELEVEN, bench.widgets().find("participant.fullName", Text.class).getText());
				bench.widgets().typeAndEnter("participant.position", "Inspectora (ficticia)");
				bench.widgets().typeAndEnter("participant.country", "GTM");
				editor.save();
				assertEquals(List.of(Messages.format("problem.field", Messages.format("field.releasableTo"),
						org.crm.enlace.training.internal.Messages.format("problem.countryNotReader"))),
						problems(bench), "Guatemala would not see its own official");
				bench.widgets().typeAndEnter("marking.releasableTo", "MEX, XOM, GTM");
				editor.save();
				assertFalse(opened.isDirty());
				assertTrue(status(bench).contains(Integer.toString(before.getVersion() + 1)), status(bench));
				Screenshots.saveForReview(bench.shell(), "training-participant-editor-saved");
			}
			Participant after = participant(store, ELEVEN);
			assertEquals(before.getVersion() + 1, after.getVersion());
			assertEquals(List.of("Instituto Ficticio de Migración", "Inspectora (ficticia)", "GTM"),
					List.of(after.getInstitution(), after.getPosition(), after.getCountry()));
			assertTrue(after.getReleasableTo().contains("GTM"));
			assertEquals(before.getEnrolments().getFirst().getPostScore(),
					after.getEnrolments().getFirst().getPostScore(), "the enrolment kept");
			training.part(TrainingPart.class).refresh();
			training.widgets().select("training.sessions", 0, SESSION);
			assertTrue(training.widgets().column("training.participants", 1).contains("Instituto Ficticio de Migración"));
		}
	}

	@Test
	void anotherOrganizationsParticipantOpensReadOnlyAndSaysWhoseItIs() {
		try (RecordStore store = Bench.demoStore(data)) {
			Participant one = participant(store, "Participante Ficticio 1 (demo)");
			MPart part = MBasicFactory.INSTANCE.createPart();
			part.getTransientData().put(TrainingEditors.RECORD_ID, one.getId());
			try (PartHost bench = Bench.host(store, ParticipantEditorPart.class, part)) {
				assertEquals(Messages.format("editor.notOwnParticipant", "GTM"), status(bench), "at once, not at save");
				assertFalse(bench.widgets().find("participant.institution", Text.class).isEnabled(), "read-only");
				assertFalse(bench.widgets().find("marking.releasableTo", Text.class).isEnabled(), "its marking too");
				Screenshots.saveForReview(bench.shell(), "training-participant-editor-read-only");
			}
		}
	}

	private static Participant participant(RecordStore store, String name) {
		return store.findAll(TrainingPackage.Literals.PARTICIPANT, Participant.class).stream()
				.filter(p -> name.equals(p.getFullName())).findFirst().orElseThrow();
	}

	private static List<String> problems(PartHost bench) {
		return List.of(bench.widgets().find("participant.editor.problems", org.eclipse.swt.widgets.List.class).getItems());
	}

	private static String status(PartHost bench) {
		return bench.widgets().find("participant.editor.status", Label.class).getText();
	}
}
