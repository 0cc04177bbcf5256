package org.crm.enlace.specimens.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.specimens.ImageImport;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.ImageRefusedException;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.Thumbnails;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Image import into a real store: the three formats come in as clean PNGs of the same pixels; metadata, truncated
 * files, other files and oversized images are dealt with before anything is stored.
 */
class ImageImportTest {

	private static final ImageImport IMPORT = new ImageImport(ImageLimits.DEFAULT);
	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@TempDir
	Path data;

	private RecordStore store;
	private String recordId;
	private Locale before;

	@BeforeEach
	void openStoreWithASpecimen() {
		before = Locale.getDefault();
		Locale.setDefault(SPANISH);
		store = SpecimenStores.open(data, SpecimenStores.GUATEMALA);
		recordId = store.save(Specimens.newSpecimen("GTM", "P", DocumentCategory.PASSPORT)).getId();
	}

	@AfterEach
	void close() {
		store.close();
		Locale.setDefault(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "png", "jpeg", "tiff" })
	void eachAcceptedFormatIsStoredAsAPngOfItsSize(String format) throws IOException {
		PageImage image = IMPORT.importImage(store, recordId, Light.UV_365,
				SpecimenImages.encoded(SpecimenImages.drawn(320, 200), format));

		assertEquals(Light.UV_365, image.getLight());
		assertEquals(320, image.getWidth());
		assertEquals(200, image.getHeight());
		byte[] stored = store.readAttachment(image.getAttachmentId());
		assertTrue(SpecimenImages.contains(Arrays.copyOf(stored, 8), "PNG"), "stored as PNG");
		BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored));
		assertEquals(320, back.getWidth());
		assertEquals(200, back.getHeight());
		assertEquals("image/png", store.attachments(recordId).getFirst().mediaType());
	}

	@Test
	void pngPixelsSurviveExactly() throws IOException {
		BufferedImage drawn = SpecimenImages.drawn(120, 80);
		PageImage image = IMPORT.importImage(store, recordId, Light.VISIBLE, SpecimenImages.encoded(drawn, "png"));
		BufferedImage back = ImageIO.read(new ByteArrayInputStream(store.readAttachment(image.getAttachmentId())));
		for (int[] p : new int[][] { { 0, 0 }, { 60, 40 }, { 119, 79 }, { 30, 70 } }) {
			assertEquals(drawn.getRGB(p[0], p[1]), back.getRGB(p[0], p[1]), "pixel " + p[0] + "," + p[1]);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "png", "jpeg" })
	void commentMetadataDoesNotSurvive(String format) {
		byte[] hostile = SpecimenImages.withComment(SpecimenImages.drawn(200, 120), format);
		assertTrue(SpecimenImages.contains(hostile, SpecimenImages.SECRET), "the test file carries the comment");

		PageImage image = IMPORT.importImage(store, recordId, Light.VISIBLE, hostile);

		byte[] stored = store.readAttachment(image.getAttachmentId());
		assertFalse(SpecimenImages.contains(stored, SpecimenImages.SECRET));
		assertFalse(SpecimenImages.contains(stored, "tEXt"), "no text chunk at all");
	}

	@ParameterizedTest
	@ValueSource(strings = { "png", "jpeg", "tiff" })
	void aTruncatedFileIsRefusedAndNothingStored(String format) {
		byte[] whole = SpecimenImages.encoded(SpecimenImages.drawn(320, 200), format);
		byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

		ImageRefusedException refused = assertThrows(ImageRefusedException.class,
				() -> IMPORT.importImage(store, recordId, Light.VISIBLE, truncated));

		assertEquals("La imagen está incompleta o dañada y no se puede leer.", refused.getMessage());
		assertEquals(0, store.attachments(recordId).size());
	}

	@Test
	void aFileThatIsNoImageIsRefused() {
		ImageRefusedException refused = assertThrows(ImageRefusedException.class, () -> IMPORT.importImage(store,
				recordId, Light.VISIBLE, "%PDF-1.7 not an image at all".getBytes()));

		assertEquals("El archivo no es una imagen: se aceptan PNG, JPEG y TIFF.", refused.getMessage());
		assertEquals(0, store.attachments(recordId).size());
	}

	@Test
	void anotherImageFormatIsRefusedByName() {
		ImageRefusedException refused = assertThrows(ImageRefusedException.class, () -> IMPORT.importImage(store,
				recordId, Light.VISIBLE, SpecimenImages.encoded(SpecimenImages.drawn(40, 30), "gif")));

		assertEquals("Las imágenes GIF no se aceptan: solo PNG, JPEG y TIFF.", refused.getMessage());
		assertEquals(0, store.attachments(recordId).size());
	}

	@Test
	void hugeDimensionsAreRefusedFromTheHeaderAlone() {
		byte[] bomb = SpecimenImages.pngHeader(100_000, 100_000);
		assertTrue(bomb.length < 100, "a header of " + bomb.length + " bytes, no pixel data to decode");

		long start = System.nanoTime();
		ImageRefusedException refused = assertThrows(ImageRefusedException.class,
				() -> IMPORT.importImage(store, recordId, Light.VISIBLE, bomb));

		assertEquals("La imagen mide 100000 × 100000 píxeles; el máximo es 40 megapíxeles.", refused.getMessage());
		assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without decoding");
		assertEquals(0, store.attachments(recordId).size());
	}

	@Test
	void theConfiguredLimitsAreTheOnesApplied() {
		byte[] png = SpecimenImages.encoded(SpecimenImages.drawn(320, 200), "png");
		ImageImport smallFiles = new ImageImport(new ImageLimits(1024, 1_000_000));
		ImageRefusedException bytes = assertThrows(ImageRefusedException.class,
				() -> smallFiles.importImage(store, recordId, Light.VISIBLE, png));
		assertEquals("El archivo ocupa " + png.length + " bytes; el máximo es 1024 bytes.", bytes.getMessage());

		ImageImport fewPixels = new ImageImport(new ImageLimits(1L << 30, 63_999));
		ImageRefusedException pixels = assertThrows(ImageRefusedException.class,
				() -> fewPixels.importImage(store, recordId, Light.VISIBLE, png));
		assertEquals("La imagen mide 320 × 200 píxeles; el máximo es 0,1 megapíxeles.", pixels.getMessage());

		assertEquals(0, store.attachments(recordId).size());
		new ImageImport(new ImageLimits(png.length, 64_000)).importImage(store, recordId, Light.VISIBLE, png);
		assertEquals(1, store.attachments(recordId).size(), "exactly at both limits is accepted");
	}

	@Test
	void aReducedDecodeReadsEveryNthRowAndColumnOnly() throws IOException {
		byte[] png = SpecimenImages.encoded(SpecimenImages.drawn(1000, 700), "png");
		BufferedImage full = IMPORT.decode(png);
		BufferedImage reduced = IMPORT.decode(png, 192);
		assertEquals(200, reduced.getWidth(), "every 5th column: 1000 / 192 rounded down");
		assertEquals(140, reduced.getHeight());
		for (int[] at : new int[][] { { 0, 0 }, { 1, 1 }, { 37, 91 }, { 199, 139 } }) {
			assertEquals(full.getRGB(at[0] * 5, at[1] * 5), reduced.getRGB(at[0], at[1]), "pixel " + at[0] + "," + at[1]);
		}
		assertEquals(1000, IMPORT.decode(png, 0).getWidth(), "0: every pixel");
		assertEquals(1000, IMPORT.decode(png, 4000).getWidth(), "never larger than the image");
	}

	@Test
	void thumbnailsAreScaledCachedAndBounded() throws IOException {
		PageImage wide = IMPORT.importImage(store, recordId, Light.VISIBLE,
				SpecimenImages.encoded(SpecimenImages.drawn(640, 400), "png"));
		PageImage small = IMPORT.importImage(store, recordId, Light.IR,
				SpecimenImages.encoded(SpecimenImages.drawn(100, 60), "png"));
		Thumbnails thumbnails = new Thumbnails(store, 160, 1);

		byte[] first = thumbnails.png(wide.getAttachmentId());
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(first));
		assertEquals(160, thumbnail.getWidth());
		assertEquals(100, thumbnail.getHeight());
		assertSame(first, thumbnails.png(wide.getAttachmentId()), "the second call is served from the cache");

		BufferedImage kept = ImageIO.read(new ByteArrayInputStream(thumbnails.png(small.getAttachmentId())));
		assertEquals(100, kept.getWidth(), "smaller images keep their size");
		assertEquals(1, thumbnails.size(), "bounded to one");
		byte[] again = thumbnails.png(wide.getAttachmentId());
		assertArrayEquals(first, again);
		assertFalse(first == again, "evicted, then made anew");
	}
}
