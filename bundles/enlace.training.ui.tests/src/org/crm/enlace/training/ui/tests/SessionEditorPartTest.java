package org.crm.enlace.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Sex;
import org.crm.enlace.training.Participants;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.ui.SessionEditorPart;
import org.crm.enlace.training.ui.TrainingEditors;
import org.crm.enlace.training.ui.TrainingPart;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session editor on the demo data in a real Derby store and a real SWT shell: opened from the training part,
 * fields and enrolments changed through the widgets, undone and redone, an invalid save that lists its problems and
 * stores nothing, a valid one that stores a new version the training part then shows, and the store's refusal of
 * another organization's session said in words.
 */
class SessionEditorPartTest {

	private static final String VIRTUAL = "Curso virtual regional (demo)";
	private static final String GUATEMALA = "Taller presencial de Guatemala (demo)";
	private static final String TEN = "Participante Ficticio 10 (demo)";
	private static final String THIRTEEN = "Participante Ficticio 13 (prueba)";
	/** EditorFeedback's words (enlace.ui), in the tests' Spanish. */
	private static final String NOT_SAVED = "No se guardó: corrija los problemas listados.";

	@TempDir
	Path data;

	@Test
	void editsASessionAndAnEnrolmentWithUndoAndRedoThenSavesANewVersionThatThePartShows() {
		try (RecordStore store = Bench.demoStore(data);
				PartHost training = Bench.host(store, TrainingPart.class, MBasicFactory.INSTANCE.createPart())) {
			training.widgets().select("training.sessions", 0, VIRTUAL);
			training.widgets().press("training.editSession");
			assertEquals(1, training.opened().size(), "one editor opened");
			MPart opened = training.opened().getFirst();
			assertEquals(TrainingEditors.SESSION_EDITOR, opened.getElementId());
			TrainingSession before = session(store, VIRTUAL);
			assertEquals(before.getId(), opened.getTransientData().get(TrainingEditors.RECORD_ID));
			int tenVersion = participant(store, TEN).getVersion();

			try (PartHost bench = Bench.host(store, SessionEditorPart.class, opened)) {
				SessionEditorPart editor = bench.part(SessionEditorPart.class);
				CommandStack stack = editor.getEditingDomain().getCommandStack();
				assertEquals(Messages.format("editor.title", VIRTUAL), opened.getLabel());
				List<String> none = problems(bench); // the demo session is valid: the list says there is none
				assertEquals(List.of(Messages.format("yes"), "84"), List.of(cell(bench, TEN, 2), cell(bench, TEN, 4)));

				bench.widgets().typeAndEnter("session.place", "Plataforma ficticia renovada");
				assertEquals("Plataforma ficticia renovada", editor.session().getPlace());
				assertTrue(opened.isDirty());
				stack.undo();
				assertEquals(before.getPlace(), bench.widgets().find("session.place", Text.class).getText(), "undo shows it");
				assertEquals(before.getPlace(), editor.session().getPlace());
				assertFalse(opened.isDirty(), "back to what is stored");
				stack.redo();
				assertEquals("Plataforma ficticia renovada", bench.widgets().find("session.place", Text.class).getText());

				bench.widgets().select("session.enrolments", 1, TEN);
				bench.widgets().typeAndEnter("session.enrolment.postScore", "91");
				assertEquals("91", cell(bench, TEN, 4));
				bench.widgets().press("session.enrolment.attended");
				assertEquals(Messages.format("no"), cell(bench, TEN, 2));
				int row = bench.widgets().column("session.enrolments", 1).indexOf(TEN) + 1;
				assertTrue(problems(bench).contains(
						org.crm.enlace.training.internal.Messages.format("problem.row.notAttended", row)),
						problems(bench).toString());
				stack.undo();
				assertTrue(bench.widgets().find("session.enrolment.attended", Button.class).getSelection(), "attended again");
				assertEquals(Messages.format("yes"), cell(bench, TEN, 2));
				stack.undo();
				assertEquals("84", cell(bench, TEN, 4), "the score undone");
				assertEquals("84", bench.widgets().find("session.enrolment.postScore", Text.class).getText());
				stack.redo();
				assertEquals("91", bench.widgets().find("session.enrolment.postScore", Text.class).getText(), "and redone");
				assertEquals(none, problems(bench));
				Screenshots.saveForReview(bench.shell(), "training-session-editor");

				editor.save();
				assertFalse(opened.isDirty());
				assertEquals("Guardado (versión " + (before.getVersion() + 1) + "; con 1 registro relacionado).",
						status(bench));
				Screenshots.saveForReview(bench.shell(), "training-session-editor-saved");
			}
			TrainingSession after = session(store, VIRTUAL);
			assertEquals(before.getVersion() + 1, after.getVersion(), "a new version");
			assertEquals("Plataforma ficticia renovada", after.getPlace());
			Participant ten = participant(store, TEN);
			assertEquals(tenVersion + 1, ten.getVersion());
			assertEquals(91, ten.getEnrolments().getFirst().getPostScore());
			assertTrue(ten.getEnrolments().getFirst().isAttended());

			training.part(TrainingPart.class).refresh();
			training.widgets().select("training.sessions", 0, VIRTUAL);
			assertTrue(training.widgets().column("training.sessions", 5).contains("Plataforma ficticia renovada"));
			assertEquals("91", training.widgets().column("training.participants", 6)
					.get(training.widgets().column("training.participants", 0).indexOf(TEN)));
		}
	}

	@Test
	void aSaveWithInvalidValuesListsTheProblemsAndStoresNothing() {
		try (RecordStore store = Bench.demoStore(data)) {
			TrainingSession before = session(store, VIRTUAL);
			Participant tenBefore = participant(store, TEN);
			try (PartHost bench = Bench.host(store, SessionEditorPart.class, editorOn(before))) {
				SessionEditorPart editor = bench.part(SessionEditorPart.class);
				bench.widgets().typeAndEnter("session.endDate", before.getStartDate().minusDays(1).toString());
				bench.widgets().typeAndEnter("session.title", "");
				bench.widgets().typeAndEnter("session.startDate", "12/11/2026");
				bench.widgets().select("session.enrolments", 1, TEN);
				bench.widgets().typeAndEnter("session.enrolment.preScore", "150");
				bench.widgets().typeAndEnter("session.enrolment.completedOn", before.getStartDate().minusDays(3).toString());
				int row = bench.widgets().column("session.enrolments", 1).indexOf(TEN) + 1;

				editor.save();
				List<String> problems = problems(bench);
				assertEquals(NOT_SAVED, status(bench), "a participant changed too: still nothing");
				assertTrue(problems.stream().anyMatch(p -> p.contains(Messages.format("field.startDate"))),
						"the unreadable date: " + problems);
				assertTrue(problems.contains(Messages.format("problem.field", Messages.format("field.title"),
						org.crm.enlace.training.internal.Messages.format("problem.required"))), problems.toString());
				assertTrue(problems.contains(Messages.format("problem.field", Messages.format("field.endDate"),
						org.crm.enlace.training.internal.Messages.format("problem.endBeforeStart"))));
				assertTrue(problems.contains(org.crm.enlace.training.internal.Messages.format("problem.row.score",
						row, 0, 100)));
				assertTrue(problems.contains(
						org.crm.enlace.training.internal.Messages.format("problem.row.beforeStart", row)));
				problems.forEach(p -> assertFalse(p.contains("Ficticio") || p.contains("150"), "no value: " + p));
				assertEquals(null, editor.session().getTitle(), "an emptied field is no value, not an empty one");
				Screenshots.saveForReview(bench.shell(), "training-session-editor-problems");
			}
			TrainingSession after = session(store, VIRTUAL);
			assertEquals(before.getVersion(), after.getVersion(), "nothing stored");
			assertEquals(before.getEndDate(), after.getEndDate());
			assertEquals(tenBefore.getVersion(), participant(store, TEN).getVersion());
			assertEquals(tenBefore.getEnrolments().getFirst().getPreScore(),
					participant(store, TEN).getEnrolments().getFirst().getPreScore());
		}
	}

	@Test
	void anotherOrganizationsSessionOpensReadOnlyAndItsParticipantsCanBeNeitherChangedNorRemoved() {
		try (RecordStore store = Bench.demoStore(data)) {
			TrainingSession before = session(store, GUATEMALA);
			try (PartHost bench = Bench.host(store, SessionEditorPart.class, editorOn(before))) {
				SessionEditorPart editor = bench.part(SessionEditorPart.class);
				assertEquals(Messages.format("editor.notOwnSession", "GTM"), status(bench), "said at once");
				assertFalse(bench.widgets().find("session.place", Text.class).isEnabled(), "the session's fields read-only");
				assertFalse(bench.widgets().find("marking.releasableTo", Text.class).isEnabled(), "its marking");
				List<String> enrolled = bench.widgets().column("session.enrolments", 1);
				String first = enrolled.getFirst();
				bench.widgets().select("session.enrolments", 1, first);
				assertEquals(Messages.format("editor.notOwnParticipant", "GTM"),
						bench.widgets().find("session.enrolment.readOnly", Label.class).getText());
				assertFalse(bench.widgets().find("session.enrolment.postScore", Text.class).isEnabled(), "read-only");
				assertFalse(bench.widgets().find("session.removeEnrolment", Button.class).isEnabled(), "nothing to remove");
				bench.widgets().pressDisabled("session.removeEnrolment");
				assertEquals(enrolled, bench.widgets().column("session.enrolments", 1), "another's participant not removed");
				assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "no command at all");
				assertFalse(bench.widgets().column("session.candidates", 1).contains(first), "nor offered to enrol");

				// Typed anyway (the widget is disabled, not the model): the store still refuses, in words.
				bench.widgets().typeAndEnter("session.place", "Otra sede ficticia");
				editor.save();
				assertTrue(status(bench).contains(Bench.SECRETARIAT.country()), status(bench));
				assertFalse(status(bench).contains("Exception"), status(bench));
				Screenshots.saveForReview(bench.shell(), "training-session-editor-refused");
			}
			TrainingSession after = session(store, GUATEMALA);
			assertEquals(before.getVersion(), after.getVersion(), "nothing stored");
			assertEquals(before.getPlace(), after.getPlace());
		}
	}

	@Test
	void enrolsAndRemovesParticipantsWithUndoAndRedoAndStoresThemWithTheSession() {
		try (RecordStore store = Bench.demoStore(data)) {
			Participant thirteen = store.save(unenrolled());
			TrainingSession before = session(store, VIRTUAL);
			Participant tenBefore = participant(store, TEN);
			try (PartHost bench = Bench.host(store, SessionEditorPart.class, editorOn(before))) {
				CommandStack stack = bench.part(SessionEditorPart.class).getEditingDomain().getCommandStack();
				assertEquals(List.of(THIRTEEN), bench.widgets().column("session.candidates", 1),
						"only the Secretariat's own participant not yet enrolled");
				assertEquals(List.of("Servicio Nacional de Migración (prueba)", "PAN"),
						List.of(bench.widgets().column("session.candidates", 2).getFirst(),
								bench.widgets().column("session.candidates", 3).getFirst()));

				bench.widgets().select("session.candidates", 1, THIRTEEN);
				bench.widgets().press("session.enrol");
				assertTrue(bench.widgets().column("session.enrolments", 1).contains(THIRTEEN), "enrolled");
				assertEquals(List.of(), bench.widgets().column("session.candidates", 1));
				stack.undo();
				assertFalse(bench.widgets().column("session.enrolments", 1).contains(THIRTEEN), "undo takes it out");
				assertEquals(List.of(THIRTEEN), bench.widgets().column("session.candidates", 1));
				stack.redo();
				assertTrue(bench.widgets().column("session.enrolments", 1).contains(THIRTEEN), "redo enrols it again");
				bench.widgets().select("session.enrolments", 1, THIRTEEN);
				bench.widgets().typeAndEnter("session.enrolment.preScore", "60");
				assertEquals("60", cell(bench, THIRTEEN, 3));

				bench.widgets().select("session.enrolments", 1, TEN);
				bench.widgets().press("session.removeEnrolment");
				assertFalse(bench.widgets().column("session.enrolments", 1).contains(TEN), "removed");
				assertTrue(bench.widgets().column("session.candidates", 1).contains(TEN), "and may be enrolled again");
				stack.undo();
				assertEquals("84", cell(bench, TEN, 4), "undo brings the enrolment back with its scores");
				stack.redo();
				assertFalse(bench.widgets().column("session.enrolments", 1).contains(TEN), "redo removes it again");
				Screenshots.saveForReview(bench.shell(), "training-session-editor-enrolled");

				bench.part(SessionEditorPart.class).save();
				assertEquals("Guardado (versión " + before.getVersion() + "; con 2 registros relacionados).",
						status(bench));
				Screenshots.saveForReview(bench.shell(), "training-session-editor-enrolled-saved");
			}
			assertEquals(before.getVersion(), session(store, VIRTUAL).getVersion(), "the session itself unchanged");
			Participant stored = participant(store, THIRTEEN);
			assertEquals(thirteen.getVersion() + 1, stored.getVersion());
			assertEquals(List.of(before.getId()), stored.getEnrolments().stream().map(e -> e.getSessionId()).toList());
			assertEquals(60, stored.getEnrolments().getFirst().getPreScore());
			Participant ten = participant(store, TEN);
			assertEquals(tenBefore.getVersion() + 1, ten.getVersion());
			assertTrue(ten.getEnrolments().isEmpty(), "no longer in the session");
		}
	}

	@Test
	void ownParticipantsAreEnrolledInAnotherOrganizationsSessionWithoutChangingTheSession() {
		try (RecordStore store = Bench.demoStore(data)) {
			TrainingSession before = session(store, GUATEMALA);
			int tenVersion = participant(store, TEN).getVersion();
			try (PartHost bench = Bench.host(store, SessionEditorPart.class, editorOn(before))) {
				bench.widgets().select("session.candidates", 1, TEN);
				bench.widgets().press("session.enrol");
				assertTrue(bench.widgets().column("session.enrolments", 1).contains(TEN));
				assertTrue(bench.widgets().find("session.removeEnrolment", Button.class).isEnabled(), "the user's own");
				bench.part(SessionEditorPart.class).save();
				assertEquals("Guardado (versión " + before.getVersion() + "; con 1 registro relacionado).",
						status(bench));
			}
			assertEquals(before.getVersion(), session(store, GUATEMALA).getVersion(), "the session not written");
			Participant ten = participant(store, TEN);
			assertEquals(tenVersion + 1, ten.getVersion());
			assertTrue(Participants.enrolment(ten, before.getId()).isPresent(), "enrolled in Guatemala's session");
			assertEquals(2, ten.getEnrolments().size(), "and still in the virtual one");
		}
	}

	@Test
	void anEnrolmentWithAnInvalidScoreIsListedAndNothingIsStored() {
		try (RecordStore store = Bench.demoStore(data)) {
			Participant thirteen = store.save(unenrolled());
			TrainingSession before = session(store, VIRTUAL);
			try (PartHost bench = Bench.host(store, SessionEditorPart.class, editorOn(before))) {
				bench.widgets().select("session.candidates", 1, THIRTEEN);
				bench.widgets().press("session.enrol");
				bench.widgets().select("session.enrolments", 1, THIRTEEN);
				bench.widgets().typeAndEnter("session.enrolment.postScore", "150");
				int row = bench.widgets().column("session.enrolments", 1).indexOf(THIRTEEN) + 1;
				bench.part(SessionEditorPart.class).save();
				assertEquals(NOT_SAVED, status(bench));
				assertEquals(List.of(org.crm.enlace.training.internal.Messages.format("problem.row.score", row, 0, 100)),
						problems(bench));
			}
			Participant stored = participant(store, THIRTEEN);
			assertEquals(thirteen.getVersion(), stored.getVersion(), "nothing stored");
			assertTrue(stored.getEnrolments().isEmpty());
		}
	}

	/** A participant the Secretariat entered and enrolled nowhere yet. */
	private static Participant unenrolled() {
		Participant participant = Participants.newParticipant(Bench.SECRETARIAT.country(), "PAN");
		participant.setFullName(THIRTEEN);
		participant.setSex(Sex.F);
		participant.setInstitution("Servicio Nacional de Migración (prueba)");
		participant.setPosition("Oficial (ficticia)");
		participant.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		return participant;
	}

	@Test
	void aNewSessionIsEnteredAndStoredForTheProgrammeTheIndicatorFollows() {
		try (RecordStore store = Bench.demoStore(data);
				PartHost training = Bench.host(store, TrainingPart.class, MBasicFactory.INSTANCE.createPart())) {
			training.widgets().press("training.newSession");
			MPart opened = training.opened().getFirst();
			assertFalse(opened.getTransientData().containsKey(TrainingEditors.RECORD_ID), "no record: a new one");
			try (PartHost bench = Bench.host(store, SessionEditorPart.class, opened)) {
				SessionEditorPart editor = bench.part(SessionEditorPart.class);
				assertEquals(Messages.format("editor.newSession"), opened.getLabel());
				assertFalse(bench.widgets().find("session.programmeId", org.eclipse.swt.widgets.Combo.class).getText().isEmpty(),
						"the approved programme chosen");
				assertEquals(null, editor.session().getCountry(), "the Secretariat is no country");
				bench.widgets().typeAndEnter("session.title", "Taller ficticio de Panamá");
				bench.widgets().typeAndEnter("session.startDate", "2026-12-07");
				bench.widgets().typeAndEnter("session.endDate", "2026-12-08");
				bench.widgets().typeAndEnter("session.place", "Ciudad de Panamá, sede ficticia");
				bench.widgets().typeAndEnter("session.country", "PAN");
				bench.widgets().typeAndEnter("session.organisers", "OIM (ficticia), Servicio Nacional de Migración (ficticio)");
				editor.save();
				assertEquals(NOT_SAVED, status(bench), "no module yet");
				assertEquals(List.of(Messages.format("problem.field", Messages.format("field.moduleCodes"),
						org.crm.enlace.training.internal.Messages.format("problem.required"))), problems(bench));
				bench.widgets().typeAndEnter("session.moduleCodes", "M1, M2");
				editor.save();
				assertFalse(opened.isDirty());
				assertEquals(Messages.format("editor.title", "Taller ficticio de Panamá"), opened.getLabel());
				Screenshots.saveForReview(bench.shell(), "training-session-editor-new");
			}
			TrainingSession stored = session(store, "Taller ficticio de Panamá");
			assertEquals(List.of("PAN", "M1, M2", "XST"), List.of(stored.getCountry(),
					String.join(", ", stored.getModuleCodes()), stored.getOwnerCountry()));
			assertEquals(2, stored.getOrganisers().size());
			training.part(TrainingPart.class).refresh();
			assertTrue(training.widgets().column("training.sessions", 0).contains("Taller ficticio de Panamá"));
		}
	}

	private static MPart editorOn(TrainingSession session) {
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.getTransientData().put(TrainingEditors.RECORD_ID, session.getId());
		return part;
	}

	private static TrainingSession session(RecordStore store, String title) {
		return store.findAll(TrainingPackage.Literals.TRAINING_SESSION, TrainingSession.class).stream()
				.filter(s -> title.equals(s.getTitle())).findFirst().orElseThrow();
	}

	private static Participant participant(RecordStore store, String name) {
		return store.findAll(TrainingPackage.Literals.PARTICIPANT, Participant.class).stream()
				.filter(p -> name.equals(p.getFullName())).findFirst().orElseThrow();
	}

	private static String cell(PartHost bench, String name, int column) {
		return bench.widgets().column("session.enrolments", column).get(bench.widgets().column("session.enrolments", 1).indexOf(name));
	}

	private static List<String> problems(PartHost bench) {
		return List.of(bench.widgets().find("session.editor.problems", org.eclipse.swt.widgets.List.class).getItems());
	}

	private static String status(PartHost bench) {
		return bench.widgets().find("session.editor.status", Label.class).getText();
	}
}
