package org.crm.enlace.intel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.geo.Pixel;
import org.crm.enlace.geo.Viewport;
import org.crm.enlace.geo.ui.MapCanvas;
import org.crm.enlace.geo.ui.MapColors;
import org.crm.enlace.intel.Crossings;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.CrossingKind;
import org.crm.enlace.intel.model.CrossingStatus;
import org.crm.enlace.intel.model.IntelPackage;
import org.crm.enlace.intel.ui.CrossingEditorPart;
import org.crm.enlace.intel.ui.CrossingEditors;
import org.crm.enlace.intel.ui.CrossingsPart;
import org.crm.enlace.intel.ui.RouteMapView;
import org.crm.enlace.intel.ui.internal.Widgets;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Border crossings" list, the map's "Add a border crossing here" and the crossing editor, made by E4's
 * injection as the workbench makes them, on a real Derby store with the demo data and a real display (Xvfb in the
 * build). A Guatemalan liaison officer adds a crossing from the map, types, undoes, meets a validation problem and
 * saves; an analyst of another member sees every crossing and reads the Guatemalan one.
 */
class CrossingViewsTest {

	private static final String DEMO_CROSSING = "El Carmen – Talismán (puente fronterizo)";
	private static final String NEW_NAME = "Balsas ficticias del Suchiate";
	/* A point on the Suchiate river, which the Guatemala-Mexico border follows, beside Tecún Umán. */
	private static final double LATITUDE = 14.6767;
	private static final double LONGITUDE = -92.1484;

	@TempDir
	Path data;

	private Display display;
	private Shell shell;
	private final List<Object> posted = new ArrayList<>();

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
	}

	@Test
	void aLiaisonOfficerAddsACrossingFromTheMapUndoesIsStoppedByAProblemAndSaves() throws IOException {
		try (RecordStore store = IntelStores.openWithDemo(data, IntelStores.GUATEMALA)) {
			openShell(900);
			SashForm columns = new SashForm(shell, SWT.HORIZONTAL);
			SashForm left = new SashForm(columns, SWT.VERTICAL);
			Composite listArea = new Composite(left, SWT.NONE);
			RouteMapView mapView = new RouteMapView(left, report -> {
			});
			Composite editorArea = new Composite(columns, SWT.NONE);
			columns.setWeights(55, 45);

			IEclipseContext context = context(store, IntelStores.GUATEMALA);
			CrossingsPart list = make(CrossingsPart.class, context, listArea, MBasicFactory.INSTANCE.createPart());
			Table table = find(listArea, "crossings.table", Table.class);
			assertEquals(List.of(DEMO_CROSSING), names(list.crossings()), "Guatemala's own crossing");
			assertEquals(List.of("GTM", "MEX", DEMO_CROSSING, "Terrestre", "Oficial", "14.9633; -92.1461", "GTM"),
					cells(table, 0));
			assertTrue(find(listArea, "crossings.new", Control.class) != null, "a liaison officer adds crossings");

			// The map shows the demo crossing as a teal triangle; a right-click gives the point under the pointer.
			MapCanvas map = mapView.map();
			mapView.showCrossings(Crossings.visible(store));
			double[] asked = new double[2];
			mapView.offerAddCrossing((latitude, longitude) -> {
				asked[0] = latitude;
				asked[1] = longitude;
			});
			map.setViewport(Viewport.centeredOn(14.85, -92.15, 10, map.getSize().x, map.getSize().y));
			Screenshots.settle(display);
			Viewport viewport = map.getViewport();
			ImageData shot = Screens.screenshot(map, "crossings-map");
			Pixel carmen = viewport.pixel(14.9633, -92.1461);
			assertEquals(MapColors.CROSSING_POINT,
					shot.palette.getRGB(shot.getPixel((int) Math.round(carmen.x()), (int) Math.round(carmen.y()))),
					"the demo crossing's marker at " + carmen);
			Pixel river = viewport.pixel(LATITUDE, LONGITUDE);
			rightClick(map, (int) Math.round(river.x()), (int) Math.round(river.y()));
			assertEquals(LATITUDE, asked[0], 0.001);
			assertEquals(LONGITUDE, asked[1], 0.001);

			// The editor opens on a new crossing at that point, as CrossingEditors#openNew gives it.
			MPart part = MBasicFactory.INSTANCE.createPart();
			part.getTransientData().put(CrossingEditors.LATITUDE, asked[0]);
			part.getTransientData().put(CrossingEditors.LONGITUDE, asked[1]);
			CrossingEditorPart editor = make(CrossingEditorPart.class, context, editorArea, part);
			org.eclipse.swt.widgets.List problems = find(editorArea, "crossing.editor.problems",
					org.eclipse.swt.widgets.List.class);
			assertTrue(problems(problems).contains("El paso fronterizo necesita un nombre."), problems(problems)::toString);
			assertTrue(problems(problems).contains("El otro país que une el paso no es un código ISO 3166-1 alfa-3."),
					problems(problems)::toString);
			Text name = find(editorArea, "crossing.name", Text.class);
			Text latitude = find(editorArea, "crossing.latitude", Text.class);
			type(name, NEW_NAME);
			type(find(editorArea, "crossing.otherCountry", Text.class), "MEX");
			choose(find(editorArea, "crossing.kind", Combo.class), CrossingKind.RIVER.getValue());
			choose(find(editorArea, "crossing.status", Combo.class), CrossingStatus.IRREGULAR.getValue());
			assertTrue(part.isDirty());
			assertEquals(List.of("Sin problemas."), problems(problems));

			// An edit, undone as Edit > Undo does it: on the part's command stack.
			type(name, "Otro nombre ficticio");
			editor.getEditingDomain().getCommandStack().undo();
			assertEquals(NEW_NAME, name.getText());
			assertEquals(NEW_NAME, editor.crossing().getName());

			// A latitude that is not a number (listed when saving: it never reached the model), then one off the
			// globe (listed at once); the save refused both times.
			type(latitude, "14,6767");
			ContextInjectionFactory.invoke(editor, Persist.class, context);
			assertEquals(List.of("Latitud (grados, p. ej. 14.9633): no es un número; escriba cifras con punto decimal"
					+ " (por ejemplo 14.9633)."), problems(problems));
			Label status = find(editorArea, "crossing.editor.status", Label.class);
			assertEquals("No se guardó: corrija los problemas listados.", status.getText());
			type(latitude, "95");
			assertEquals(List.of("La latitud debe estar entre -90 y 90 grados."), problems(problems));
			ContextInjectionFactory.invoke(editor, Persist.class, context);
			assertEquals("No se guardó: corrija los problemas listados.", status.getText());
			assertTrue(part.isDirty());
			assertEquals(1, store.count(IntelPackage.Literals.BORDER_CROSSING), "nothing stored");
			Screens.screenshot(shell, "crossing-editor-problem");

			type(latitude, Double.toString(LATITUDE));
			type(find(editorArea, "crossing.longitude", Text.class), Double.toString(LONGITUDE));
			ContextInjectionFactory.invoke(editor, Persist.class, context);
			assertFalse(part.isDirty(), () -> "not saved: " + problems(problems));
			assertEquals("Guardado (versión 1).", status.getText());
			assertEquals(NEW_NAME, part.getLabel());
			assertEquals(List.of(RecordEvents.CHANGED), posted);
			list.refresh();
			mapView.showCrossings(Crossings.visible(store));
			assertEquals(List.of(NEW_NAME, DEMO_CROSSING), names(list.crossings()));
			assertEquals(List.of("GTM", "MEX", NEW_NAME, "Fluvial", "Irregular (punto ciego)", "14.6767; -92.1484",
					"GTM"), cells(table, 0));
			Screens.screenshot(shell, "crossings-saved");
		}
	}

	@Test
	void anAnalystSeesEveryCrossingAndReadsAnotherCountrysOne() throws IOException {
		try (RecordStore guatemala = IntelStores.openWithDemo(data, IntelStores.GUATEMALA)) {
			BorderCrossing added = Crossings.newCrossing("GTM", LATITUDE, LONGITUDE);
			added.setName(NEW_NAME);
			added.setOtherCountry("MEX");
			guatemala.save(added);
		}
		try (RecordStore store = IntelStores.open(data, IntelStores.USA)) {
			openShell(700);
			Composite listArea = new Composite(shell, SWT.NONE);
			Composite editorArea = new Composite(shell, SWT.NONE);
			IEclipseContext context = context(store, IntelStores.USA);
			CrossingsPart list = make(CrossingsPart.class, context, listArea, MBasicFactory.INSTANCE.createPart());
			assertEquals(List.of(NEW_NAME, DEMO_CROSSING), names(list.crossings()));
			assertNull(find(listArea, "crossings.new", Control.class), "an analyst does not add crossings");

			MPart part = MBasicFactory.INSTANCE.createPart();
			part.getTransientData().put(CrossingEditors.CROSSING_ID, list.crossings().getFirst().getId());
			make(CrossingEditorPart.class, context, editorArea, part);
			Text name = find(editorArea, "crossing.name", Text.class);
			assertEquals(NEW_NAME, name.getText());
			assertFalse(name.isEnabled(), "read-only for the United States' analyst");
			assertTrue(Arrays.stream(editorArea.getChildren()).anyMatch(
					c -> c instanceof Label l && l.getText().equals("Solo lectura: este paso lo mantiene GTM.")));
			Screens.screenshot(shell, "crossings-analyst");
		}
	}

	/* Opened before its content is laid out: the parts lay themselves out when made. */
	private void openShell(int height) {
		display = Display.getDefault();
		shell = new Shell(display, SWT.NO_TRIM);
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1280, height);
		shell.open();
	}

	private IEclipseContext context(RecordRepository repository, CurrentUser user) {
		IEclipseContext context = EclipseContextFactory.create("crossing-views-test");
		context.set(RecordRepository.class, repository);
		context.set(CurrentUser.class, user);
		context.set(IEventBroker.class, broker());
		// Opening an editor needs the workbench's part service; here the test opens editors itself.
		context.set(CrossingEditors.class, new CrossingEditors(null));
		return context;
	}

	/* The parts post RecordEvents.CHANGED after a save; this broker keeps the topics. */
	private IEventBroker broker() {
		return (IEventBroker) Proxy.newProxyInstance(IEventBroker.class.getClassLoader(),
				new Class<?>[] { IEventBroker.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("post") || method.getName().equals("send")) {
						posted.add(arguments[0]);
					}
					return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
				});
	}

	private <T> T make(Class<T> type, IEclipseContext parent, Composite area, MPart part) {
		IEclipseContext context = parent.createChild();
		context.set(Composite.class, area);
		context.set(MPart.class, part);
		T made = ContextInjectionFactory.make(type, context);
		area.getShell().layout(true, true);
		Screenshots.settle(display);
		return made;
	}

	private void type(Text field, String text) {
		field.setText(text);
		field.notifyListeners(SWT.DefaultSelection, new Event());
		Screenshots.settle(display);
	}

	private void choose(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(display);
	}

	/* The menu key's or the right button's MenuDetect at the pixel, then the menu's only item. */
	private void rightClick(MapCanvas map, int x, int y) {
		Point onDisplay = map.toDisplay(x, y);
		Event detect = new Event();
		detect.x = onDisplay.x;
		detect.y = onDisplay.y;
		map.notifyListeners(SWT.MenuDetect, detect);
		assertEquals("Añadir paso fronterizo aquí…", map.getMenu().getItem(0).getText());
		map.getMenu().getItem(0).notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(display);
	}

	private static List<String> names(List<BorderCrossing> crossings) {
		return crossings.stream().map(BorderCrossing::getName).toList();
	}

	private static List<String> cells(Table table, int row) {
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < table.getColumnCount(); column++) {
			cells.add(table.getItem(row).getText(column));
		}
		return cells;
	}

	private static List<String> problems(org.eclipse.swt.widgets.List problems) {
		return List.of(problems.getItems());
	}

	/** The control whose widget id is {@code id}, or null. */
	private static <T extends Control> T find(Composite parent, String id, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (id.equals(child.getData(Widgets.WIDGET_ID)) && type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, id, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
