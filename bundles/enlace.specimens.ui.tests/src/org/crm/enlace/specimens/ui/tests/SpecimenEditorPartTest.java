package org.crm.enlace.specimens.ui.tests;

import static org.crm.enlace.specimens.ui.tests.EditorBench.GUATEMALA;
import static org.crm.enlace.specimens.ui.tests.EditorBench.MEXICO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensFactory;
import org.crm.enlace.specimens.model.SpecimensPackage.Literals;
import org.crm.enlace.specimens.ui.CalloutTable;
import org.crm.enlace.specimens.ui.SpecimenEditorPart;
import org.crm.enlace.specimens.ui.SpecimenEditors;
import org.crm.enlace.specimens.ui.tests.EditorBench.Opened;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The specimen editor made by E4's injector on a real Derby store, in a real shell: a Guatemalan liaison officer
 * describes a (fictitious) passport with two pages, imports a PNG and a JPEG drawn here, marks callouts, saves and
 * reopens it; undo and redo; refused images; validation; a Mexican officer who may only read it. Screenshots in
 * {@code target/screenshots/specimen-editor-*.png}.
 */
class SpecimenEditorPartTest {

	@TempDir
	Path data;

	@TempDir
	Path files;

	@Test
	void aNewSpecimenWithTwoPagesImagesAndCalloutsIsSavedAndReopenedWhole() throws IOException {
		try (RecordStore store = EditorBench.open(data, GUATEMALA)) {
			DocumentProcedure procedure = Procedures.newProcedure("GTM", DocumentKind.PASSPORT);
			procedure.setDocumentName("Pasaporte ordinario (ficticio)");
			String procedureId = store.save(procedure).getId();
			String id;
			try (Opened<SpecimenEditorPart> editor = editor(store, GUATEMALA, null)) {
				assertEquals("Nuevo espécimen", editor.model().getLabel());
				editor.type("editor.documentName", "Pasaporte ordinario");
				editor.type("editor.series", "2024-A");
				editor.type("editor.firstIssued", "2024-01-15");
				editor.type("editor.material", "Papel de seguridad y policarbonato");
				editor.type("editor.pageCount", "32");
				Combo procedures = editor.find("editor.procedureId", Combo.class);
				assertEquals(List.of("—", "Pasaporte ordinario (ficticio) (pasaporte, GTM)"),
						List.of(procedures.getItems()));
				procedures.select(1);
				editor.press("editor.procedureId");
				editor.press("editor.validity.add");
				editor.type("editor.validity.1.toAge", "18");
				editor.type("editor.validity.1.validityMonths", "60");
				editor.press("editor.page.add");
				editor.press("editor.page.add");
				editor.type("editor.page1.label", "Página de datos");
				editor.type("editor.page2.label", "Contraportada");

				DocumentSpecimen specimen = editor.part().specimen();
				SpecimenPage first = specimen.getPages().get(0);
				SpecimenPage second = specimen.getPages().get(1);
				editor.part().pages().slots(first).importFile(Light.VISIBLE,
						EditorBench.drawn(files, "datos.png", 640, 400, "png"));
				assertTrue(editor.status("editor").startsWith("Imagen importada (Luz visible, 640 × 400 px"),
						editor.status("editor"));
				editor.part().pages().slots(second).importFile(Light.UV_365,
						EditorBench.drawn(files, "uv.jpg", 480, 300, "jpeg"));
				assertEquals("480 × 300 px (se guarda al guardar)",
						editor.find("editor.page2.image.UV_365.size", Label.class).getText());
				assertNotNull(editor.find("editor.page1.image.VISIBLE.thumbnail", Label.class).getImage());

				CalloutTable firstCallouts = editor.part().pages().callouts(first);
				editor.press("editor.page1.callouts.add");
				Callout guilloche = first.getCallouts().getFirst();
				firstCallouts.set(guilloche, Literals.CALLOUT__FEATURE_CODE, "guilloche");
				firstCallouts.set(guilloche, Literals.CALLOUT__X, 20);
				firstCallouts.set(guilloche, Literals.CALLOUT__DESCRIPTION_ES, "Fondo de guilloches en verde");
				editor.press("editor.page2.callouts.add");
				Callout fibres = second.getCallouts().getFirst();
				editor.part().pages().callouts(second).set(fibres, Literals.CALLOUT__FEATURE_CODE, "uv-fibres");
				assertEquals(List.of("1 | Guilloches | Luz visible | 20 | 100 | 320 | 200 | Fondo de guilloches en verde | "),
						rows(editor.find("editor.page1.callouts", Table.class)));
				assertEquals("2 | Fibras fluorescentes UV | Ultravioleta (365 nm) | 120 | 75 | 240 | 150 |  | ",
						rows(editor.find("editor.page2.callouts", Table.class)).getFirst());
				assertTrue(editor.model().isDirty());
				editor.screenshot("specimen-editor-new");
				editor.screenshotAt("specimen-editor-new-pages", "editor.page1.label");

				editor.part().save();
				assertEquals(List.of("Sin problemas."), editor.problems("editor"));
				assertEquals("Guardado (versión 2).", editor.status("editor"),
						"a new record is saved, then saved again with its images' attachment ids");
				assertFalse(editor.model().isDirty());
				assertEquals("Espécimen GTM: Pasaporte ordinario", editor.model().getLabel());
				id = specimen.getId();
				assertEquals(id, editor.model().getTransientData().get(SpecimenEditors.SPECIMEN_ID));
				assertEquals(2, store.attachments(id).size());
			}

			try (Opened<SpecimenEditorPart> reopened = editor(store, GUATEMALA, id)) {
				assertEquals("Pasaporte ordinario", reopened.find("editor.documentName", Text.class).getText());
				assertEquals("2024-01-15", reopened.find("editor.firstIssued", Text.class).getText());
				assertEquals("32", reopened.find("editor.pageCount", Text.class).getText());
				assertEquals("18", reopened.find("editor.validity.1.toAge", Text.class).getText());
				assertEquals("60", reopened.find("editor.validity.1.validityMonths", Text.class).getText());
				assertEquals(1, reopened.find("editor.procedureId", Combo.class).getSelectionIndex());
				assertEquals("Contraportada", reopened.find("editor.page2.label", Text.class).getText());
				assertEquals("640 × 400 px", reopened.find("editor.page1.image.VISIBLE.size", Label.class).getText());
				assertNotNull(reopened.find("editor.page2.image.UV_365.thumbnail", Label.class).getImage());
				assertNull(reopened.find("editor.page2.image.VISIBLE.thumbnail", Label.class).getImage());
				assertEquals("Guilloches", rows(reopened.find("editor.page1.callouts", Table.class)).getFirst()
						.split(" \\| ")[1]);
				DocumentSpecimen stored = reopened.part().specimen();
				assertEquals(procedureId, stored.getProcedureId());
				PageImage uv = stored.getPages().get(1).getImages().getFirst();
				assertEquals(uv, stored.getPages().get(1).getCallouts().getFirst().getImage());
				ImageData png = new ImageData(new ByteArrayInputStream(store.readAttachment(uv.getAttachmentId())));
				assertEquals(480, png.width, "the JPEG is stored as the PNG of its pixels");
				assertEquals(List.of("Sin problemas."), reopened.problems("editor"));
				reopened.screenshotAt("specimen-editor-reopened-pages", "editor.page1.label");
			}
		}
	}

	@Test
	void fieldEditsCalloutsAndImageImportsAreUndoneAndRedoneAndNothingIsLostAcrossSaves() {
		try (RecordStore store = EditorBench.open(data, GUATEMALA)) {
			String id = store.save(onePageSpecimen()).getId();
			try (Opened<SpecimenEditorPart> editor = editor(store, GUATEMALA, id)) {
				CommandStack stack = editor.part().getEditingDomain().getCommandStack();
				editor.type("editor.documentName", "Pasaporte cambiado");
				stack.undo();
				assertEquals("Pasaporte ordinario", editor.find("editor.documentName", Text.class).getText());
				stack.redo();
				assertEquals("Pasaporte cambiado", editor.find("editor.documentName", Text.class).getText());

				SpecimenPage page = editor.part().specimen().getPages().getFirst();
				editor.part().pages().slots(page).importFile(Light.IR,
						EditorBench.drawn(files, "ir.png", 300, 200, "png"));
				assertEquals(1, page.getImages().size());
				stack.undo();
				assertEquals(0, page.getImages().size(), "undo takes the imported image out");
				assertEquals("sin imagen", editor.find("editor.page1.image.IR.thumbnail", Label.class).getText());
				stack.redo();
				assertEquals(1, page.getImages().size());
				assertNotNull(editor.find("editor.page1.image.IR.thumbnail", Label.class).getImage());

				editor.press("editor.page1.callouts.add");
				assertEquals(1, editor.find("editor.page1.callouts", Table.class).getItemCount());
				editor.part().pages().callouts(page).set(page.getCallouts().getFirst(),
						Literals.CALLOUT__FEATURE_CODE, "ir-visible-ink");
				stack.undo();
				stack.undo();
				assertEquals(0, editor.find("editor.page1.callouts", Table.class).getItemCount());
				stack.redo();
				stack.redo();
				assertEquals("ir-visible-ink", page.getCallouts().getFirst().getFeatureCode());

				editor.part().save();
				assertEquals("Guardado (versión 2).", editor.status("editor"));
				assertEquals(1, store.attachments(id).size());

				// Undo of the import after the save: the next save removes the attachment...
				stack.undo();
				stack.undo();
				stack.undo();
				assertEquals(0, page.getImages().size());
				editor.part().save();
				assertEquals(0, store.attachments(id).size(), "no attachment left that no image refers to");
				// ...and redo brings the image back from the editor, which the next save stores again.
				stack.redo();
				assertEquals(1, page.getImages().size());
				editor.part().save();
				assertEquals(1, store.attachments(id).size());
				String attachment = page.getImages().getFirst().getAttachmentId();
				assertEquals(300, new ImageData(new ByteArrayInputStream(store.readAttachment(attachment))).width);
				DocumentSpecimen stored = (DocumentSpecimen) store.findById(id).orElseThrow();
				assertEquals(attachment, stored.getPages().getFirst().getImages().getFirst().getAttachmentId());
			}
		}
	}

	@Test
	void removingAnImageWithCalloutsAsksFirstAndTakesThemAlongUndoBringsBothBack() {
		try (RecordStore store = EditorBench.open(data, GUATEMALA)) {
			String id = store.save(onePageSpecimen()).getId();
			try (Opened<SpecimenEditorPart> editor = editor(store, GUATEMALA, id)) {
				SpecimenPage page = editor.part().specimen().getPages().getFirst();
				editor.part().pages().slots(page).importFile(Light.VISIBLE,
						EditorBench.drawn(files, "v.png", 200, 120, "png"));
				editor.press("editor.page1.callouts.add");
				List<String> asked = new ArrayList<>();
				editor.part().confirmWith(question -> asked.add(question) && false);
				editor.press("editor.page1.image.VISIBLE.remove");
				assertEquals(List.of("La imagen con Luz visible tiene 1 llamada(s), que se quitarán con ella. "
						+ "¿Quitarla?"), asked);
				assertEquals(1, page.getImages().size(), "answered no: nothing removed");
				editor.part().confirmWith(question -> true);
				editor.press("editor.page1.image.VISIBLE.remove");
				assertEquals(0, page.getImages().size());
				assertEquals(0, page.getCallouts().size());
				editor.part().getEditingDomain().getCommandStack().undo();
				assertEquals(1, page.getImages().size());
				assertEquals(page.getImages().getFirst(), page.getCallouts().getFirst().getImage());
			}
		}
	}

	@Test
	void pagesMoveWithTheirNumbersAndCalloutsAreRenumberedAcrossPagesEachAsOneUndoableStep() {
		try (RecordStore store = EditorBench.open(data, GUATEMALA)) {
			DocumentSpecimen twoPages = onePageSpecimen();
			SpecimenPage back = SpecimensFactory.eINSTANCE.createSpecimenPage();
			back.setNumber(2);
			back.setLabel("Contraportada");
			twoPages.getPages().add(back);
			String id = store.save(twoPages).getId();
			try (Opened<SpecimenEditorPart> editor = editor(store, GUATEMALA, id)) {
				DocumentSpecimen specimen = editor.part().specimen();
				SpecimenPage first = specimen.getPages().get(0);
				SpecimenPage second = specimen.getPages().get(1);
				editor.part().pages().slots(first).importFile(Light.VISIBLE,
						EditorBench.drawn(files, "a.png", 120, 80, "png"));
				editor.part().pages().slots(second).importFile(Light.VISIBLE,
						EditorBench.drawn(files, "b.png", 120, 80, "png"));
				editor.press("editor.page1.callouts.add");
				editor.press("editor.page2.callouts.add");
				editor.press("editor.page1.callouts.add");
				assertEquals(List.of(1, 3, 2), editor.part().pages().allCallouts().stream().map(Callout::getNumber)
						.toList(), "a new callout takes the record's next number");
				editor.press("editor.page1.callouts.renumber");
				assertEquals(List.of(1, 2, 3), editor.part().pages().allCallouts().stream().map(Callout::getNumber)
						.toList());

				editor.press("editor.page2.up");
				assertEquals(List.of(second, first), specimen.getPages());
				assertEquals(List.of(1, 2), specimen.getPages().stream().map(SpecimenPage::getNumber).toList());
				assertEquals("Contraportada", editor.find("editor.page1.label", Text.class).getText());
				CommandStack stack = editor.part().getEditingDomain().getCommandStack();
				stack.undo();
				assertEquals(List.of(first, second), specimen.getPages());
				assertEquals(List.of(1, 2), specimen.getPages().stream().map(SpecimenPage::getNumber).toList());
				stack.undo();
				assertEquals(List.of(1, 3, 2), editor.part().pages().allCallouts().stream().map(Callout::getNumber)
						.toList(), "renumbering is undone in one step");

				editor.press("editor.page1.remove");
				assertEquals(List.of(second), specimen.getPages());
				assertEquals(1, second.getNumber());
				stack.undo();
				assertEquals(List.of(first, second), specimen.getPages());
				assertEquals(2, second.getNumber());
			}
		}
	}

	@Test
	void refusedImagesSayWhyAndStoreNothing() throws IOException {
		ImageLimits small = new ImageLimits(200_000, 60_000);
		try (RecordStore store = EditorBench.open(data, GUATEMALA)) {
			String id = store.save(onePageSpecimen()).getId();
			try (Opened<SpecimenEditorPart> editor = EditorBench.part(SpecimenEditorPart.class, store, GUATEMALA,
					small, Map.of(SpecimenEditors.SPECIMEN_ID, id))) {
				SpecimenPage page = editor.part().specimen().getPages().getFirst();
				Path text = Files.writeString(files.resolve("nota.png"), "no soy una imagen");
				byte[] png = Files.readAllBytes(EditorBench.drawn(files, "ok.png", 200, 100, "png"));
				Path truncated = Files.write(files.resolve("cortada.png"), java.util.Arrays.copyOf(png, png.length / 2));
				Path huge = EditorBench.drawn(files, "grande.png", 400, 200, "png");
				int before = store.attachments(id).size();
				for (Path refused : List.of(text, truncated, huge)) {
					editor.part().pages().slots(page).importFile(Light.VISIBLE, refused);
					assertEquals(0, page.getImages().size(), refused.getFileName().toString());
					assertFalse(editor.model().isDirty());
				}
				assertEquals("No se importó la imagen: La imagen mide 400 × 200 píxeles; el máximo es 0,1 megapíxeles.",
						editor.status("editor"));
				editor.screenshot("specimen-editor-refused");
				editor.part().pages().slots(page).importFile(Light.VISIBLE, text);
				assertEquals("No se importó la imagen: El archivo no es una imagen: se aceptan PNG, JPEG y TIFF.",
						editor.status("editor"));
				editor.part().pages().slots(page).importFile(Light.VISIBLE, truncated);
				assertEquals("No se importó la imagen: La imagen está incompleta o dañada y no se puede leer.",
						editor.status("editor"));
				editor.part().save();
				assertEquals(before, store.attachments(id).size());
				assertEquals(0, before);
			}
		}
	}

	@Test
	void validationProblemsAreListedAndNothingIsSaved() {
		try (RecordStore store = EditorBench.open(data, GUATEMALA)) {
			try (Opened<SpecimenEditorPart> editor = editor(store, GUATEMALA, null)) {
				editor.type("editor.documentCode", "X1");
				editor.type("editor.pageCount", "treinta");
				editor.press("editor.page.add");
				editor.part().pages().slots(editor.part().specimen().getPages().getFirst()).importFile(Light.VISIBLE,
						EditorBench.drawn(files, "p.png", 100, 60, "png"));
				editor.press("editor.page1.callouts.add");
				editor.part().save();
				assertEquals(List.of("Número de páginas: escriba un número entero (solo cifras).",
						"El código del documento es de una o dos letras, como en la zona de lectura mecánica (P, PD, ID, V...).",
						"Llamada 1: el tipo de elemento de seguridad no está en el vocabulario."),
						editor.problems("editor"));
				assertEquals("No se guardó: corrija los problemas listados.", editor.status("editor"));
				assertEquals(0, store.count(Literals.DOCUMENT_SPECIMEN));
				editor.screenshot("specimen-editor-problems");
			}
		}
	}

	@Test
	void aMemberThatDoesNotOwnTheSpecimenReadsItAndTheStoreRefusesItsSave() {
		String id;
		try (RecordStore store = EditorBench.open(data, GUATEMALA)) {
			id = store.save(onePageSpecimen()).getId();
		}
		try (RecordStore store = EditorBench.open(data, MEXICO);
				Opened<SpecimenEditorPart> editor = editor(store, MEXICO, id)) {
			assertEquals("Este espécimen es de GTM: solo ese país lo modifica. Usted lo consulta.",
					editor.find("editor.readOnly", Label.class).getText());
			assertFalse(editor.find("editor.documentName", Text.class).getEditable());
			assertFalse(editor.find("editor.category", Combo.class).isEnabled());
			assertFalse(editor.find("editor.stillValid", Button.class).isEnabled());
			assertFalse(editor.has("editor.page.add"));
			assertFalse(editor.has("editor.page1.image.VISIBLE.import"));
			assertFalse(editor.has("editor.page1.callouts.add"));
			editor.part().save();
			assertTrue(editor.status("editor").startsWith("Solo puede crear, cambiar o borrar registros de su "
					+ "propia organización (MEX)"), editor.status("editor"));
			assertEquals(1, store.findById(id).orElseThrow().getVersion());
			editor.screenshot("specimen-editor-read-only");
		}
	}

	/** The editor on a stored specimen, or on a new one ({@code id} null), for the user the store was opened as. */
	private static Opened<SpecimenEditorPart> editor(RecordStore store, CurrentUser user, String id) {
		return EditorBench.part(SpecimenEditorPart.class, store, user, null,
				id == null ? Map.of() : Map.of(SpecimenEditors.SPECIMEN_ID, id));
	}

	private static DocumentSpecimen onePageSpecimen() {
		DocumentSpecimen specimen = Specimens.newSpecimen("GTM", "P", DocumentCategory.PASSPORT);
		specimen.setDocumentName("Pasaporte ordinario");
		SpecimenPage page = SpecimensFactory.eINSTANCE.createSpecimenPage();
		page.setNumber(1);
		specimen.getPages().add(page);
		return specimen;
	}

	static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (int row = 0; row < table.getItemCount(); row++) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				cells.add(table.getItem(row).getText(column));
			}
			rows.add(String.join(" | ", cells));
		}
		return rows;
	}
}
