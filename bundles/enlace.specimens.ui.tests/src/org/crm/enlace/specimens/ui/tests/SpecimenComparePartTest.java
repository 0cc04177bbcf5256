package org.crm.enlace.specimens.ui.tests;

import static org.crm.enlace.specimens.ui.tests.PartHarness.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.specimens.ui.SpecimenCanvas;
import org.crm.enlace.specimens.ui.SpecimenComparePart;
import org.crm.enlace.specimens.ui.SpecimenViewers;
import org.crm.enlace.specimens.ui.ViewTransform;
import org.crm.enlace.specimens.ui.ViewTransform.State;
import org.crm.enlace.specimens.ui.tests.ViewerStores.Fixture;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compare part: the genuine specimen beside Mexico's alert (its image at half the resolution), or beside a
 * questioned photo read from a file. Screenshots in {@code target/screenshots/compare-*.png}.
 */
class SpecimenComparePartTest {

	@TempDir
	Path data;

	@TempDir
	Path files;

	@Test
	void zoomAndPanOnEitherSideAreFollowedByTheOtherUntilUnlinked() {
		Fixture fixture = ViewerStores.passportWithAlert(data);
		try (RecordStore store = ViewerStores.open(data, ViewerStores.GUATEMALA);
				PartHost harness = compare(store, fixture)) {
			SpecimenComparePart compare = harness.part(SpecimenComparePart.class);
			SpecimenCanvas left = compare.left().canvas();
			SpecimenCanvas right = compare.right().canvas();
			assertEquals(1, left.callouts().size());
			assertEquals(1, right.callouts().size(), "the alert's deviation");
			assertEquals("Alerta: Falsificación total · MEX · 2026-11-20",
					find(harness.shell(), "compare.sources", Combo.class).getText());
			assertNotEquals(left.transform().scale(), right.transform().scale(), 1e-6,
					"images of different resolutions: the same view is not the same scale");

			left.transform().zoomAt(2.5, 100, 80);
			assertSameView(left.transform(), right.transform());
			Screenshots.saveForReview(harness.shell(), "compare-zoomed-left");

			right.transform().panBy(-70, 40);
			assertSameView(right.transform(), left.transform());
			right.transform().zoomAt(1.6, 300, 200);
			assertSameView(right.transform(), left.transform());
			Screenshots.saveForReview(harness.shell(), "compare-panned-right");

			compare.setLinked(false);
			State leftBefore = left.transform().state();
			right.transform().zoomAt(0.5, 10, 10);
			assertEquals(leftBefore, left.transform().state(), "unlinked: the left side stays");
			compare.setLinked(true);
			assertSameView(left.transform(), right.transform());
		}
	}

	@Test
	void aQuestionedPhotoIsShownButNeverStoredAndAFileThatIsNoImageIsRefusedWithTheReason() throws IOException {
		Fixture fixture = ViewerStores.passportWithAlert(data);
		try (RecordStore store = ViewerStores.open(data, ViewerStores.GUATEMALA);
				PartHost harness = compare(store, fixture)) {
			SpecimenComparePart compare = harness.part(SpecimenComparePart.class);
			int attachments = store.attachments(fixture.specimen().getId()).size();
			Path notAnImage = Files.writeString(files.resolve("pasaporte.png"), "no soy una imagen",
					StandardCharsets.UTF_8);
			assertFalse(compare.openPhoto(notAnImage));
			String message = find(harness.shell(), "compare.message", Label.class).getText();
			assertTrue(message.startsWith("No se abrió la foto: "), message);
			assertTrue(message.contains("no es una imagen"), "with ImageImport's reason: " + message);
			assertEquals(1, compare.right().canvas().callouts().size(), "the alert is still shown");
			Screenshots.saveForReview(harness.shell(), "compare-photo-refused");

			Path photo = files.resolve("cuestionado.jpg");
			ImageIO.write(ViewerStores.drawn(900, 600, ViewerStores.VISIBLE_PAPER), "jpeg", photo.toFile());
			assertTrue(compare.openPhoto(photo));
			assertEquals("", compare.message());
			assertTrue(compare.right().canvas().hasImage());
			assertEquals(0, compare.right().canvas().callouts().size());
			assertSameView(compare.left().canvas().transform(), compare.right().canvas().transform());
			assertEquals(attachments, store.attachments(fixture.specimen().getId()).size(), "nothing stored");
			assertEquals(1, store.attachments(fixture.alert().getId()).size(), "nothing stored");
			Screenshots.saveForReview(harness.shell(), "compare-photo");
		}
	}

	static PartHost compare(RecordStore store, Fixture fixture) {
		return PartHarness.host(SpecimenComparePart.class, store, Map.of(SpecimenViewers.SPECIMEN_ID,
				fixture.specimen().getId(), SpecimenViewers.ALERT_ID, fixture.alert().getId()), 1260, 800);
	}

	/* Both show the same region of their page: the same zoom over fit and the same image point in the middle. */
	private static void assertSameView(ViewTransform moved, ViewTransform follower) {
		State expected = moved.state();
		State actual = follower.state();
		assertEquals(expected.zoomOverFit(), actual.zoomOverFit(), 1e-6);
		assertEquals(expected.centreX(), actual.centreX(), 1e-6);
		assertEquals(expected.centreY(), actual.centreY(), 1e-6);
	}
}
