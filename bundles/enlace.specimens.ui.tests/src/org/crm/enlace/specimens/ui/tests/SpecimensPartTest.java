package org.crm.enlace.specimens.ui.tests;

import static org.crm.enlace.specimens.ui.tests.PartHarness.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.ui.SpecimenViewers;
import org.crm.enlace.specimens.ui.SpecimensPart;
import org.crm.enlace.specimens.ui.tests.ViewerStores.Fixture;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's list on a real store: what it shows, its filters, its empty state, and opening the viewer. */
class SpecimensPartTest {

	@TempDir
	Path data;

	@Test
	void anEmptyRegisterSaysWhatToDo() {
		try (RecordStore store = ViewerStores.open(data, ViewerStores.GUATEMALA);
				PartHost harness = register(store)) {
			assertEquals(List.of(), harness.part(SpecimensPart.class).shown());
			assertTrue(find(harness.shell(), "register.status", Label.class).getText()
					.startsWith("No hay especímenes que usted pueda ver. Los agentes de enlace"));
			Screenshots.saveForReview(harness.shell(), "register-empty");
		}
	}

	@Test
	void theListFiltersByWordsStateAndCategoryAndOpensTheViewer() {
		Fixture fixture = ViewerStores.passportWithAlert(data);
		try (RecordStore store = ViewerStores.open(data, ViewerStores.MEXICO)) {
			store.save(ViewerStores.described("MEX", DocumentCategory.PASSPORT, "Pasaporte mexicano (ficticio)"));
		}
		try (RecordStore store = ViewerStores.open(data, ViewerStores.GUATEMALA)) {
			store.save(ViewerStores.described("GTM", DocumentCategory.IDENTITY_CARD,
					"Documento Personal de Identificación (ficticio)"));
			try (PartHost harness = register(store)) {
				SpecimensPart register = harness.part(SpecimensPart.class);
				Table table = find(harness.shell(), "register.table", Table.class);
				assertEquals(List.of(
						"Guatemala (GTM) | Pasaporte | Ordinario | Pasaporte ordinario (ficticio) | 2022 | 2022-03-01 | "
								+ "En circulación | 1",
						"Guatemala (GTM) | Documento de identidad | Ordinario | Documento Personal de Identificación "
								+ "(ficticio) | 2022 | 2022-03-01 | En circulación | 0",
						"México (MEX) | Pasaporte | Ordinario | Pasaporte mexicano (ficticio) | 2022 | 2022-03-01 | "
								+ "En circulación | 0"),
						SpecimenViewerPartTest.rows(table));
				assertEquals("3 de 3 especímenes (doble clic o Intro para abrir uno).",
						find(harness.shell(), "register.status", Label.class).getText());
				Screenshots.saveForReview(harness.shell(), "register");

				find(harness.shell(), "register.filter", Text.class).setText("identificacion");
				assertEquals(List.of("Documento Personal de Identificación (ficticio)"), names(register));
				register.filter("mexico", null, null);
				assertEquals(List.of("Pasaporte mexicano (ficticio)"), names(register), "accents and case ignored");
				register.filter("", "GTM", null);
				assertEquals(2, register.shown().size());
				register.filter("", "GTM", DocumentCategory.PASSPORT);
				assertEquals(List.of("Pasaporte ordinario (ficticio)"), names(register));
				register.filter("", null, DocumentCategory.PASSPORT);
				assertEquals(2, register.shown().size());
				register.filter("visado", null, null);
				assertEquals(List.of(), register.shown());
				assertEquals("Ningún espécimen coincide con la búsqueda y los filtros; bórrelos para ver los 3 "
						+ "especímenes.", find(harness.shell(), "register.status", Label.class).getText());
				Screenshots.saveForReview(harness.shell(), "register-none-match");

				register.filter("", null, null);
				table.select(0);
				table.notifyListeners(SWT.DefaultSelection, new Event());
				assertEquals(1, harness.opened().size());
				assertEquals(SpecimenViewers.VIEWER, harness.opened().getFirst().getElementId());
				assertEquals(fixture.specimen().getId(),
						harness.opened().getFirst().getTransientData().get(SpecimenViewers.SPECIMEN_ID));
			}
		}
	}

	private static PartHost register(RecordStore store) {
		return PartHarness.host(SpecimensPart.class, store, Map.of(), 1260, 600);
	}

	private static List<String> names(SpecimensPart register) {
		return register.shown().stream().map(DocumentSpecimen::getDocumentName).toList();
	}
}
