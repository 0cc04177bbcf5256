package org.crm.enlace.specimens.ui.tests;

import static org.crm.enlace.specimens.ui.tests.EditorBench.GUATEMALA;
import static org.crm.enlace.specimens.ui.tests.EditorBench.MEXICO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DetectionPlace;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.FalseDocumentKind;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.SpecimensPackage.Literals;
import org.crm.enlace.specimens.ui.AlertEditorPart;
import org.crm.enlace.specimens.ui.AlertEditors;
import org.crm.enlace.specimens.ui.tests.EditorBench.Opened;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The false-document alert editor on a real Derby store: a Mexican officer reports a counterfeit of a (fictitious)
 * Guatemalan passport, with a photograph of the false document drawn here and a deviation marked on it, saves and
 * reopens it. Screenshots in {@code target/screenshots/alert-editor-*.png}.
 */
class AlertEditorPartTest {

	@TempDir
	Path data;

	@TempDir
	Path files;

	@Test
	void anAlertOnASpecimenIsSavedWithItsImageAndDeviationAndReopenedWhole() {
		String specimenId;
		try (RecordStore store = EditorBench.open(data, GUATEMALA)) {
			DocumentSpecimen passport = Specimens.newSpecimen("GTM", "P", DocumentCategory.PASSPORT);
			passport.setDocumentName("Pasaporte ordinario");
			passport.setSeries("2024-A");
			specimenId = store.save(passport).getId();
			DocumentSpecimen card = Specimens.newSpecimen("GTM", "ID", DocumentCategory.IDENTITY_CARD);
			card.setDocumentName("Documento Personal de Identificación");
			store.save(card);
		}
		try (RecordStore store = EditorBench.open(data, MEXICO)) {
			String alertId;
			try (Opened<AlertEditorPart> editor = EditorBench.part(AlertEditorPart.class, store, MEXICO, null,
					Map.of(AlertEditors.IMITATED_ID, specimenId))) {
				AlertEditorPart part = editor.part();
				assertEquals("Nueva alerta de documento falso", editor.model().getLabel());
				assertEquals(List.of("GTM · pasaporte · Pasaporte ordinario 2024-A",
						"GTM · documento de identidad · Documento Personal de Identificación"),
						part.specimensOffered());
				assertEquals("GTM · pasaporte · Pasaporte ordinario 2024-A",
						editor.find("alertEditor.specimenId", Combo.class).getText());
				assertEquals(Tlp.AMBER, part.alert().getTlp(), "Specimens.newAlert's marking");
				Combo kind = editor.find("alertEditor.kind", Combo.class);
				kind.select(1);
				editor.press("alertEditor.kind");
				Combo place = editor.find("alertEditor.placeKind", Combo.class);
				place.select(2);
				editor.press("alertEditor.placeKind");
				editor.type("alertEditor.place", "Aeropuerto Internacional (ficticio)");
				editor.type("alertEditor.detectedOn", "2026-11-20");
				editor.type("alertEditor.note", "Laminado despegado en la página de datos.");

				part.images().importFile(Light.VISIBLE, EditorBench.drawn(files, "falso.png", 500, 320, "png"));
				editor.press("alertEditor.callouts.add");
				Callout deviation = part.alert().getDeviations().getFirst();
				part.deviations().set(deviation, Literals.CALLOUT__FEATURE_CODE, "guilloche");
				part.deviations().set(deviation, Literals.CALLOUT__DESCRIPTION_ES, "Guilloches impresos sin relieve");
				assertEquals("1 | Guilloches | Luz visible | 125 | 80 | 250 | 160 | Guilloches impresos sin relieve | ",
						SpecimenEditorPartTest.rows(editor.find("alertEditor.callouts", Table.class)).getFirst());
				editor.screenshot("alert-editor-new");

				part.save();
				assertEquals("Guardado (versión 2).", editor.status("alertEditor"),
						() -> editor.problems("alertEditor").toString());
				alertId = part.alert().getId();
				assertEquals(1, store.attachments(alertId).size());
				assertEquals(List.of(alertId),
						Specimens.alertsOn(store, specimenId).stream().map(FalseDocumentAlert::getId).toList());
			}

			try (Opened<AlertEditorPart> reopened = EditorBench.part(AlertEditorPart.class, store, MEXICO, null,
					Map.of(AlertEditors.ALERT_ID, alertId))) {
				FalseDocumentAlert alert = reopened.part().alert();
				assertEquals(FalseDocumentKind.FORGERY, alert.getKind());
				assertEquals(DetectionPlace.SEAPORT, alert.getPlaceKind());
				assertEquals(LocalDate.of(2026, 11, 20), alert.getDetectedOn());
				assertEquals(specimenId, alert.getSpecimenId());
				assertEquals("Aeropuerto Internacional (ficticio)",
						reopened.find("alertEditor.place", Text.class).getText());
				assertEquals("500 × 320 px", reopened.find("alertEditor.image.VISIBLE.size", Label.class).getText());
				assertNotNull(reopened.find("alertEditor.image.VISIBLE.thumbnail", Label.class).getImage());
				assertEquals(alert.getImages().getFirst(), alert.getDeviations().getFirst().getImage());
				assertEquals("Alerta: Alteración de un documento auténtico, 2026-11-20", reopened.model().getLabel());
				assertEquals(List.of("Sin problemas."), reopened.problems("alertEditor"));
				reopened.screenshot("alert-editor-reopened");
			}
		}
	}

	@Test
	void anAlertWithoutTheImitatedSpecimenIsNotSaved() {
		try (RecordStore store = EditorBench.open(data, MEXICO);
				Opened<AlertEditorPart> editor = EditorBench.part(AlertEditorPart.class, store, MEXICO, null,
						Map.of())) {
			assertEquals("—", editor.find("alertEditor.specimenId", Combo.class).getText());
			editor.part().save();
			assertTrue(editor.problems("alertEditor").contains("Indique el espécimen auténtico que imita el documento "
					+ "falso; el indicado no existe o no está a su alcance."), editor.problems("alertEditor")::toString);
			assertEquals(0, store.count(Literals.FALSE_DOCUMENT_ALERT));
			assertFalse(editor.model().isDirty());
		}
	}
}
