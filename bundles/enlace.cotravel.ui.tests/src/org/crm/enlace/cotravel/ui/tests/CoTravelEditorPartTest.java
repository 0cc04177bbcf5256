package org.crm.enlace.cotravel.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.cotravel.AlertFilter;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.Outcome;
import org.crm.enlace.cotravel.model.Relationship;
import org.crm.enlace.cotravel.model.VerificationResult;
import org.crm.enlace.cotravel.ui.CoTravelEditorPart;
import org.crm.enlace.model.Person;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The booth's entry form, driven as a keyboard would: a whole alert entered, zones pasted, undo, save. */
class CoTravelEditorPartTest {

	/** Fictitious persons' passports (TD3), check digits computed: a Guatemalan adult, a Honduran child with Ñ. */
	static final String ADULT_ZONE = "P<GTMPRUEBA<FICTICIA<<ADULTA<DEMO<<<<<<<<<<<\n"
			+ "FX10000016GTM9004023F3105319<<<<<<<<<<<<<<08";
	static final String CHILD_ZONE = "P<HNDDE<LA<CRUZ<NUNXXEZ<<NINA<PRUEBA<<<<<<<<\n"
			+ "FX20000028HND1703102F3105319<<<<<<<<<<<<<<08";

	@TempDir
	Path data;

	@Test
	void anAlertIsEnteredWithTheKeyboardAndSaved() {
		try (RecordStore store = Booth.open(data, Booth.GUATEMALA);
				PartHost booth = Booth.host(CoTravelEditorPart.class, store, Booth.GUATEMALA, Map.of())) {
			CoTravelEditorPart editor = booth.part(CoTravelEditorPart.class);
			CoTravelAlert alert = editor.alert();
			assertEquals(LocalDate.parse("2026-11-29"), alert.getDate(), "a new alert is dated today");
			assertTrue(problems(booth).contains("Registre al menos un menor."), problems(booth).toString());

			Text date = booth.widgets().find("cotravel.date", Text.class);
			date.setFocus();
			date.traverse(SWT.TRAVERSE_TAB_NEXT);
			assertSame(booth.widgets().find("cotravel.time", Text.class), booth.shell().getDisplay().getFocusControl(),
					"Tab goes from the date to the time");

			booth.widgets().typeAndEnter("cotravel.date", "2026-11-20");
			booth.widgets().typeAndEnter("cotravel.time", "06:40");
			booth.widgets().typeAndEnter("cotravel.airportCode", "GUA");
			booth.widgets().typeAndEnter("cotravel.placeName", "Aeropuerto de prueba");
			booth.widgets().typeAndEnter("cotravel.carrier", "Aerolínea Ficticia");

			booth.widgets().press("cotravel.addAdult");
			assertSame(booth.widgets().find("cotravel.adult.1.zone", Text.class), booth.shell().getDisplay().getFocusControl(),
					"a new person starts in the zone field");
			paste(booth, "cotravel.adult.1.zone", ADULT_ZONE);
			assertTrue(booth.widgets().find("cotravel.adult.1.zoneResult", Label.class).getText().startsWith("Zona válida"));
			Person adult = alert.getAdults().getFirst().getPerson();
			assertEquals(List.of("PRUEBA", "FICTICIA", "1990-04-02", "GTM"), List.of(adult.getFirstSurname(),
					adult.getSecondSurname(), adult.getDateOfBirth(), adult.getNationality()));
			assertEquals("PRUEBA", booth.widgets().find("cotravel.adult.1.firstSurname", Text.class).getText());

			booth.widgets().press("cotravel.addChild");
			paste(booth, "cotravel.child.1.zone", CHILD_ZONE);
			assertEquals("NUÑEZ", alert.getChildren().getFirst().getPerson().getSecondSurname());
			assertEquals("9 años en la fecha del evento",
					booth.widgets().find("cotravel.child.1.computedAge", Label.class).getText(), "computed live");
			booth.widgets().typeAndTab("cotravel.child.1.dateOfBirth", "2010-11-21");
			assertEquals("15 años en la fecha del evento",
					booth.widgets().find("cotravel.child.1.computedAge", Label.class).getText(), "and again as it is typed");
			booth.widgets().typeAndTab("cotravel.child.1.dateOfBirth", "2017-03-10");

			booth.widgets().typeAndEnter("cotravel.child.1.givenNames", "NIÑA PRUEBA");
			assertEquals(2, alert.getChildren().size(), "Enter in a person's field adds another child");
			editor.getEditingDomain().getCommandStack().undo();
			assertEquals(1, alert.getChildren().size(), "undone");
			assertEquals("NIÑA PRUEBA", alert.getChildren().getFirst().getPerson().getGivenNames());

			booth.widgets().choose("cotravel.pair.1.relationship", "Ninguno declarado");
			booth.widgets().press("cotravel.addEvidence");
			booth.widgets().choose("cotravel.evidence.1.result", "No se pudo verificar");
			booth.widgets().press("cotravel.indicator.tickets-cash-last-minute");
			booth.widgets().press("cotravel.outcome.REFERRED_TO_CHILD_PROTECTION");
			Screenshots.saveForReview(booth.shell(), "cotravel-editor-entered");
			org.eclipse.swt.widgets.Button decision = booth.widgets().find("cotravel.outcome.REFERRED_TO_CHILD_PROTECTION",
					org.eclipse.swt.widgets.Button.class);
			scrolledOf(decision).showControl(decision);
			Screenshots.saveForReview(booth.shell(), "cotravel-editor-decision");

			assertEquals(List.of("Sin problemas."), problems(booth));
			editor.save();
			Screenshots.saveForReview(booth.shell(), "cotravel-editor-saved");
			assertEquals("Guardado (versión 1).", booth.widgets().find("cotravel.editor.status", Label.class).getText());
		}
		try (RecordStore store = Booth.open(data, Booth.GUATEMALA)) {
			List<CoTravelAlert> stored = CoTravelAlerts.find(store, AlertFilter.ANY);
			assertEquals(1, stored.size());
			CoTravelAlert alert = stored.getFirst();
			assertEquals(List.of("GTM", "HND"), alert.getReleasableTo(), "released to the countries concerned");
			assertEquals(9, alert.getChildren().getFirst().getAgeAtTime());
			assertEquals(Relationship.NONE_CLAIMED, alert.getRelationships().getFirst().getRelationship());
			assertEquals(VerificationResult.COULD_NOT_BE_VERIFIED, alert.getEvidence().getFirst().getResult());
			assertEquals(List.of("tickets-cash-last-minute"), alert.getIndicators());
			assertEquals(Outcome.REFERRED_TO_CHILD_PROTECTION, alert.getOutcome());
			assertEquals("FX1000001", alert.getAdults().getFirst().getPerson().getDocuments().getFirst().getNumber());
		}
	}

	@Test
	void aZoneThatFailsItsChecksStillFillsThePersonAndSaysSo() {
		try (RecordStore store = Booth.open(data, Booth.GUATEMALA);
				PartHost booth = Booth.host(CoTravelEditorPart.class, store, Booth.GUATEMALA, Map.of())) {
			CoTravelEditorPart editor = booth.part(CoTravelEditorPart.class);
			booth.widgets().press("cotravel.addAdult");
			paste(booth, "cotravel.adult.1.zone", ADULT_ZONE.replace("9004023", "9004024"));
			String result = booth.widgets().find("cotravel.adult.1.zoneResult", Label.class).getText();
			assertTrue(result.startsWith("La zona NO pasa"), result);
			assertFalse(result.contains("PRUEBA") || result.contains("FX1000001"), "no person's data: " + result);
			assertEquals("PRUEBA", editor.alert().getAdults().getFirst().getPerson().getFirstSurname());
			Screenshots.saveForReview(booth.shell(), "cotravel-editor-failed-zone");
			editor.getEditingDomain().getCommandStack().undo();
			assertEquals(null, editor.alert().getAdults().getFirst().getPerson().getFirstSurname(),
					"the filling is one change, undone at once");
		}
	}

	private static void paste(PartHost booth, String id, String zone) {
		Text field = booth.widgets().find(id, Text.class);
		field.setFocus();
		field.setText(zone);
		Screenshots.settle(booth.shell().getDisplay());
	}

	private static org.eclipse.swt.custom.ScrolledComposite scrolledOf(org.eclipse.swt.widgets.Control control) {
		org.eclipse.swt.widgets.Composite parent = control.getParent();
		while (!(parent instanceof org.eclipse.swt.custom.ScrolledComposite)) {
			parent = parent.getParent();
		}
		return (org.eclipse.swt.custom.ScrolledComposite) parent;
	}

	private static List<String> problems(PartHost booth) {
		return List.of(booth.widgets().find("cotravel.editor.problems", org.eclipse.swt.widgets.List.class).getItems());
	}
}
