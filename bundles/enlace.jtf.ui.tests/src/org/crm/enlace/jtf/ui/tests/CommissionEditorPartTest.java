package org.crm.enlace.jtf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.jtf.model.JtfPackage.Literals;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.jtf.ui.CommissionEditorPart;
import org.crm.enlace.jtf.ui.JtfEditors;
import org.crm.enlace.jtf.ui.JtfPart;
import org.crm.enlace.jtf.ui.internal.Messages;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national commission editor on the demo commission of Guatemala (coordinated, last joint activity two months
 * ago, so it counts), opened by a liaison officer of Guatemala, whose country keeps it: changes undone and redone, a
 * coordinated commission left without evidence not saved, a last activity moved beyond the indicator's 12 months
 * saved as a new version that the Joint Task Force part counts no more, and Honduras' commission refused.
 */
class CommissionEditorPartTest {

	private static final LocalDate TODAY = Desk.CLOCK.today();

	@TempDir
	Path data;

	@BeforeEach
	void demoData() {
		// Loaded once, as the Secretariat; the tests then open the store as Guatemala.
		Desk.open(data, Desk.SECRETARIAT).close();
	}

	@Test
	void changesAreUndoneAndRedone() {
		try (RecordStore store = Desk.open(data, Desk.GUATEMALA); PartHost desk = editor(store, "GTM")) {
			CommissionEditorPart editor = desk.part(CommissionEditorPart.class);
			NationalCommission edited = editor.commission();
			CommandStack stack = editor.getEditingDomain().getCommandStack();
			String name = edited.getName();

			desk.widgets().press("commission.coordinated");
			assertFalse(edited.isCoordinated());
			desk.widgets().typeAndEnter("commission.name", "Comisión de prueba");
			desk.widgets().typeAndEnter("commission.institutions", "Migración, Fiscalía, Policía");
			assertEquals(List.of("Migración", "Fiscalía", "Policía"), edited.getInstitutions());
			assertTrue(desk.self().isDirty());
			Screenshots.saveForReview(desk.shell(), "jtf-commission-editor-edited");

			stack.undo();
			assertEquals(2, edited.getInstitutions().size());
			stack.undo();
			assertEquals(name, edited.getName());
			assertEquals(name, desk.widgets().find("commission.name", Text.class).getText());
			stack.undo();
			assertTrue(edited.isCoordinated());
			assertTrue(desk.widgets().find("commission.coordinated", Button.class).getSelection(), "the box is checked again");
			assertFalse(desk.self().isDirty());
			stack.redo();
			assertFalse(edited.isCoordinated());
			assertFalse(desk.widgets().find("commission.coordinated", Button.class).getSelection());
			assertTrue(desk.self().isDirty());
		}
	}

	@Test
	void aCoordinatedCommissionWithoutEvidenceIsNotSaved() {
		try (RecordStore store = Desk.open(data, Desk.GUATEMALA); PartHost desk = editor(store, "GTM")) {
			CommissionEditorPart editor = desk.part(CommissionEditorPart.class);
			NationalCommission before = commission(store, "GTM");

			desk.widgets().typeAndEnter("commission.evidenceReference", "");
			desk.widgets().typeAndEnter("commission.lastJointActivityDate", "ayer");
			editor.save();
			Screenshots.saveForReview(desk.shell(), "jtf-commission-editor-refused");

			List<String> shown = List.of(desk.widgets().find("commissionEditor.problems", org.eclipse.swt.widgets.List.class)
					.getItems());
			assertEquals(editor.currentProblems().stream().map(Problem::message).toList(), shown);
			assertEquals(List.of("lastJointActivityDate", "evidenceReference"),
					editor.currentProblems().stream().map(Problem::field).toList(),
					"the unreadable date, then the missing evidence");
			assertEquals(before.getVersion(), commission(store, "GTM").getVersion(), "nothing stored");
			assertEquals(before.getEvidenceReference(), commission(store, "GTM").getEvidenceReference());
			assertTrue(desk.posted().isEmpty());
		}
	}

	@Test
	void anActivityOlderThanAYearIsSavedAndNoLongerCounts() {
		try (RecordStore store = Desk.open(data, Desk.GUATEMALA); PartHost desk = editor(store, "GTM");
				PartHost list = Desk.host(JtfPart.class, store, Desk.GUATEMALA, Map.of())) {
			NationalCommission before = commission(store, "GTM");
			assertEquals(Messages.format("indicator.value", 2, 11, TODAY.toString(), 12),
					list.part(JtfPart.class).indicatorText());

			desk.widgets().typeAndEnter("commission.lastJointActivityDate", TODAY.minusMonths(13).toString());
			desk.part(CommissionEditorPart.class).save();
			Screenshots.saveForReview(desk.shell(), "jtf-commission-editor-saved");

			assertEquals(List.of(RecordEvents.CHANGED), desk.posted());
			assertFalse(desk.self().isDirty());
			NationalCommission after = commission(store, "GTM");
			assertEquals(before.getVersion() + 1, after.getVersion(), "a new version");
			assertEquals(TODAY.minusMonths(13), after.getLastJointActivityDate());

			list.part(JtfPart.class).refresh();
			assertEquals(Messages.format("indicator.value", 1, 11, TODAY.toString(), 12),
					list.part(JtfPart.class).indicatorText(), "Guatemala counts no more");
			Table commissions = list.widgets().find("jtf.commissions", Table.class);
			assertEquals("GTM", commissions.getItem(1).getText(0));
			assertEquals(Messages.format("answer.no"), commissions.getItem(1).getText(4));
			desk.shell().setVisible(false); // the editor's shell lies over the part's: out of the picture
			Screenshots.saveForReview(list.shell(), "jtf-part-after-commission-saved");
		}
	}

	@Test
	void anotherCountrysCommissionIsRefusedInWords() {
		try (RecordStore store = Desk.open(data, Desk.GUATEMALA); PartHost desk = editor(store, "HND")) {
			NationalCommission before = commission(store, "HND");
			String refusal = refusal(store, before);

			desk.widgets().typeAndEnter("commission.name", "Comisión cambiada por Guatemala");
			desk.part(CommissionEditorPart.class).save();
			Screenshots.saveForReview(desk.shell(), "jtf-commission-editor-forbidden");

			assertEquals(refusal, desk.widgets().find("commissionEditor.status", Label.class).getText());
			assertEquals(before.getVersion(), commission(store, "HND").getVersion(), "nothing stored");
			assertEquals(before.getName(), commission(store, "HND").getName());
		}
	}

	private static PartHost editor(RecordStore store, String country) {
		return Desk.host(CommissionEditorPart.class, store, Desk.GUATEMALA,
				Map.of(JtfEditors.RECORD_ID, commission(store, country).getId()));
	}

	private static NationalCommission commission(RecordRepository store, String country) {
		return store.findAll(Literals.NATIONAL_COMMISSION, NationalCommission.class).stream()
				.filter(c -> country.equals(c.getCountry())).findFirst().orElseThrow();
	}

	private static String refusal(RecordRepository store, NationalCommission commission) {
		NationalCommission copy = EcoreUtil.copy(commission);
		copy.setName("Comisión cambiada por Guatemala");
		return Desk.refusal(store, copy);
	}
}
