package org.crm.enlace.specimens.ui.tests;

import static org.crm.enlace.specimens.ui.tests.PartHarness.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.ui.AlertEditors;
import org.crm.enlace.specimens.ui.SpecimenEditorPart;
import org.crm.enlace.specimens.ui.SpecimenEditors;
import org.crm.enlace.specimens.ui.SpecimenViewerPart;
import org.crm.enlace.specimens.ui.SpecimenViewers;
import org.crm.enlace.specimens.ui.SpecimensPart;
import org.crm.enlace.specimens.ui.tests.ViewerStores.Fixture;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's and the viewer's buttons that open the editors, on a real store: who gets them, when Edit is
 * enabled, which editor each opens on which record, and the list and the viewer showing what an editor saved.
 */
class EditorWiringTest {

	private static final CurrentUser GUATEMALAN_ANALYST = new CurrentUser("gtm.analista", "GTM", Role.ANALYST);

	@TempDir
	Path data;

	@Test
	void theRegisterOpensTheEditorsOnTheSelectedSpecimenAndEditsOnlyTheOwnCountrys() {
		Fixture fixture = ViewerStores.passportWithAlert(data);
		try (RecordStore store = ViewerStores.open(data, ViewerStores.MEXICO)) {
			store.save(ViewerStores.described("MEX", DocumentCategory.PASSPORT, "Pasaporte mexicano (ficticio)"));
		}
		try (RecordStore store = ViewerStores.open(data, ViewerStores.GUATEMALA);
				PartHost harness = PartHarness.host(SpecimensPart.class, store, ViewerStores.GUATEMALA, Map.of(),
						1260, 600)) {
			SpecimensPart register = harness.part(SpecimensPart.class);
			Table table = find(harness.shell(), "register.table", Table.class);
			Button edit = find(harness.shell(), "register.edit", Button.class);
			Button newAlert = find(harness.shell(), "register.newAlert", Button.class);
			assertEquals("&Nuevo espécimen…", find(harness.shell(), "register.new", Button.class).getText());
			assertFalse(edit.isEnabled(), "nothing selected");
			assertFalse(newAlert.isEnabled(), "nothing selected");

			select(table, names(register).indexOf("Pasaporte mexicano (ficticio)"));
			assertFalse(edit.isEnabled(), "Mexico's specimen");
			assertEquals("Solo los agentes de enlace de México (MEX) modifican este espécimen; doble clic para verlo.",
					edit.getToolTipText());
			assertTrue(newAlert.isEnabled(), "an alert may imitate any country's document");
			Screenshots.saveForReview(harness.shell(), "register-buttons-others");

			select(table, names(register).indexOf("Pasaporte ordinario (ficticio)"));
			assertTrue(edit.isEnabled(), "Guatemala's own specimen");
			assertNull(edit.getToolTipText());
			press(edit);
			press(newAlert);
			press(find(harness.shell(), "register.new", Button.class));
			assertEquals(List.of(SpecimenEditors.DESCRIPTOR, AlertEditors.DESCRIPTOR, SpecimenEditors.DESCRIPTOR),
					harness.opened().stream().map(MPart::getElementId).toList());
			String id = fixture.specimen().getId();
			assertEquals(Map.of(SpecimenEditors.SPECIMEN_ID, id), harness.opened().get(0).getTransientData());
			assertEquals(Map.of(AlertEditors.IMITATED_ID, id), harness.opened().get(1).getTransientData());
			assertEquals(Map.of(), harness.opened().get(2).getTransientData(), "a new specimen");
		}
	}

	@Test
	void anAnalystReadsTheRegisterAndTheViewerWithoutEditorButtons() {
		Fixture fixture = ViewerStores.passportWithAlert(data);
		try (RecordStore store = ViewerStores.open(data, GUATEMALAN_ANALYST);
				PartHost register = PartHarness.host(SpecimensPart.class, store, GUATEMALAN_ANALYST, Map.of(),
						1260, 600);
				PartHost viewer = viewer(store, GUATEMALAN_ANALYST, fixture.specimen())) {
			assertEquals(0, find(register.shell(), "register.toolbar", Composite.class).getChildren().length);
			assertEquals(0, find(viewer.shell(), "viewer.toolbar", Composite.class).getChildren().length);
		}
	}

	@Test
	void theViewerEditsTheOwnSpecimenAndReportsAnAlertOnAnyone() {
		Fixture fixture = ViewerStores.passportWithAlert(data);
		try (RecordStore store = ViewerStores.open(data, ViewerStores.MEXICO);
				PartHost others = viewer(store, ViewerStores.MEXICO, fixture.specimen())) {
			assertEquals(List.of("viewer.newAlert"), ids(find(others.shell(), "viewer.toolbar", Composite.class)),
					"Mexico does not edit Guatemala's passport");
			press(find(others.shell(), "viewer.newAlert", Button.class));
			assertEquals(AlertEditors.DESCRIPTOR, others.opened().getFirst().getElementId());
			assertEquals(fixture.specimen().getId(),
					others.opened().getFirst().getTransientData().get(AlertEditors.IMITATED_ID));
		}
		try (RecordStore store = ViewerStores.open(data, ViewerStores.GUATEMALA);
				PartHost own = viewer(store, ViewerStores.GUATEMALA, fixture.specimen())) {
			assertEquals(List.of("viewer.edit", "viewer.newAlert"),
					ids(find(own.shell(), "viewer.toolbar", Composite.class)));
			Screenshots.saveForReview(own.shell(), "viewer-buttons-own");
			press(find(own.shell(), "viewer.edit", Button.class));
			assertEquals(SpecimenEditors.DESCRIPTOR, own.opened().getFirst().getElementId());
			assertEquals(fixture.specimen().getId(),
					own.opened().getFirst().getTransientData().get(SpecimenEditors.SPECIMEN_ID));
		}
	}

	@Test
	void theRegisterAndAnOpenViewerShowWhatTheEditorSaved() {
		Fixture fixture = ViewerStores.passportWithAlert(data);
		try (RecordStore store = ViewerStores.open(data, ViewerStores.GUATEMALA);
				PartHost register = PartHarness.host(SpecimensPart.class, store, ViewerStores.GUATEMALA, Map.of(),
						1260, 600);
				PartHost viewer = viewer(store, ViewerStores.GUATEMALA, fixture.specimen())) {
			SpecimenViewerPart shown = viewer.part(SpecimenViewerPart.class);
			shown.canvas().setFocus();
			int page = 1;
			find(viewer.shell(), "viewer.pages", Table.class).select(page);
			find(viewer.shell(), "viewer.pages", Table.class).notifyListeners(SWT.Selection, new Event());
			List<String> posted = new ArrayList<>();
			// What the workbench's broker does with RecordEvents.CHANGED: each part's @UIEventTopic method runs.
			IEventBroker broker = broker(posted, () -> {
				register.part(SpecimensPart.class).refresh();
				shown.refresh();
			});
			try (EditorBench.Opened<SpecimenEditorPart> editor = EditorBench.part(SpecimenEditorPart.class, store,
					ViewerStores.GUATEMALA, null, Map.of(SpecimenEditors.SPECIMEN_ID, fixture.specimen().getId()),
					broker)) {
				assertEquals("—", find(viewer.shell(), "viewer.field.format", Label.class).getText(), "never given");
				Combo format = editor.find("editor.format", Combo.class);
				assertEquals("—", format.getText(), "never given, not TD1");
				format.select(List.of(format.getItems()).indexOf("TD3 (libreta de pasaporte)"));
				format.notifyListeners(SWT.Selection, new Event());
				editor.type("editor.documentName", "Pasaporte ordinario renovado (ficticio)");
				editor.part().save();
			}
			assertEquals(List.of(RecordEvents.CHANGED), posted);
			assertTrue(names(register.part(SpecimensPart.class)).contains("Pasaporte ordinario renovado (ficticio)"));
			assertEquals("Pasaporte ordinario renovado (ficticio)",
					find(viewer.shell(), "viewer.field.documentName", Label.class).getText());
			assertEquals("TD3", find(viewer.shell(), "viewer.field.format", Label.class).getText());
			assertEquals(page, shown.page(), "the viewer stays on the page it showed");
			assertEquals(3, shown.features().size());
			Screenshots.saveForReview(viewer.shell(), "viewer-after-editor-save");
		}
	}

	private static PartHost viewer(RecordStore store, CurrentUser user, DocumentSpecimen specimen) {
		return PartHarness.host(SpecimenViewerPart.class, store, user,
				Map.of(SpecimenViewers.SPECIMEN_ID, specimen.getId()), 1260, 760);
	}

	private static IEventBroker broker(List<String> posted, Runnable deliver) {
		return (IEventBroker) Proxy.newProxyInstance(IEventBroker.class.getClassLoader(),
				new Class<?>[] { IEventBroker.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("post") || method.getName().equals("send")) {
						posted.add((String) arguments[0]);
						deliver.run();
						return true;
					}
					return switch (method.getName()) {
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == arguments[0];
					case "toString" -> "delivering broker";
					default -> throw new UnsupportedOperationException(method.getName());
					};
				});
	}

	private static void select(Table table, int row) {
		table.select(row);
		table.notifyListeners(SWT.Selection, new Event());
	}

	private static void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static List<String> ids(Composite toolbar) {
		return java.util.Arrays.stream(toolbar.getChildren()).map(c -> (String) c.getData(
				org.crm.enlace.ui.AttributeForm.WIDGET_ID)).toList();
	}

	private static List<String> names(SpecimensPart register) {
		return register.shown().stream().map(DocumentSpecimen::getDocumentName).toList();
	}
}
