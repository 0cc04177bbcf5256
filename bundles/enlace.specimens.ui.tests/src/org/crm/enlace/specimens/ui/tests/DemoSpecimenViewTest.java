package org.crm.enlace.specimens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimensPackage;
import org.crm.enlace.specimens.ui.SpecimenViewerPart;
import org.crm.enlace.specimens.ui.SpecimenViewerPart.Feature;
import org.crm.enlace.specimens.ui.SpecimenViewers;
import org.crm.enlace.specimens.ui.ViewTransform.Box;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo register as a first start loads it, seen in the viewer: Guatemala's demo passport, its data page under
 * visible light, then under UV. Screenshots {@code demo-gtm-passport-*.png} are there to be looked at; the test
 * checks what can be checked without eyes: every frame inside its image and inside the canvas at fit.
 */
class DemoSpecimenViewTest {

	@TempDir
	Path data;

	@Test
	void guatemalasDemoPassportShowsItsDataPageUnderVisibleLightThenUv() {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000).orElseThrow();
		try (RecordStore store = StoreStartup.open(factory, data, ViewerStores.GUATEMALA, ViewerStores.KEYS,
				ViewerStores.CLOCK, DemoLoading.INTO_NEW_STORE, Services.all(ReferenceDataContributor.class),
				List.of(), Services.all(DemoDataContributor.class)).store()) {
			DocumentSpecimen passport = store
					.find(RecordQuery.of(SpecimensPackage.Literals.DOCUMENT_SPECIMEN), DocumentSpecimen.class).stream()
					.filter(s -> "GTM".equals(s.getIssuingState()) && s.getCategory() == DocumentCategory.PASSPORT)
					.findFirst().orElseThrow(() -> new AssertionError("no demo passport of Guatemala"));
			try (PartHost harness = PartHarness.host(SpecimenViewerPart.class, store, ViewerStores.GUATEMALA,
					Map.of(SpecimenViewers.SPECIMEN_ID, passport.getId()), 1260, 860)) {
				SpecimenViewerPart viewer = harness.part(SpecimenViewerPart.class);
				assertEquals(Light.VISIBLE, viewer.light().orElseThrow());
				framesInside(viewer);
				Screenshots.saveForReview(harness.shell(), "demo-gtm-passport-visible");

				Feature uv = viewer.features().stream()
						.filter(f -> f.page() == passport.getPages().getFirst() || f.page().getNumber() == 1)
						.filter(f -> f.callout().getLight() == Light.UV_365).findFirst()
						.orElseThrow(() -> new AssertionError("no UV feature on the data page"));
				viewer.selectFeature(uv);
				Screenshots.settle(harness.shell().getDisplay());
				viewer.canvas().transform().fit();
				assertEquals(Light.UV_365, viewer.light().orElseThrow());
				framesInside(viewer);
				Screenshots.saveForReview(harness.shell(), "demo-gtm-passport-uv");
			}
		}
	}

	/* Each callout lies inside its image's pixels, and at fit its frame inside the canvas. */
	private static void framesInside(SpecimenViewerPart viewer) {
		List<Callout> shown = viewer.canvas().callouts();
		assertFalse(shown.isEmpty(), "the page image has callouts");
		Rectangle area = viewer.canvas().getClientArea();
		for (Callout callout : shown) {
			PageImage image = callout.getImage();
			assertTrue(callout.getX() >= 0 && callout.getY() >= 0
					&& callout.getX() + callout.getWidth() <= image.getWidth()
					&& callout.getY() + callout.getHeight() <= image.getHeight(), "callout " + callout.getNumber());
			Box box = viewer.canvas().viewBox(callout);
			assertTrue(box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= area.width
					&& box.y() + box.height() <= area.height, "frame " + callout.getNumber() + " " + box);
		}
	}
}
