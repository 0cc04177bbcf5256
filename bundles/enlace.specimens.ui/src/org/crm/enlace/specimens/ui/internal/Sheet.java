package org.crm.enlace.specimens.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.ui.PagePixels;
import org.eclipse.swt.graphics.ImageData;

/**
 * What one pane chooses among by light: a specimen's page, an alert's own images, or a questioned photo. Pixels are
 * read only when a shot is shown, so a specimen with many images costs one image in memory.
 *
 * @param label what the page chooser says
 * @param shots one per light, in the order of {@link Light}
 */
public record Sheet(String label, List<Shot> shots) {

	/** One image: its light, its pixels on demand, the callouts drawn on it. */
	public record Shot(Light light, PageImage image, Supplier<ImageData> pixels, List<Callout> callouts) {
	}

	public Optional<Shot> shot(Light light) {
		return shots.stream().filter(s -> s.light() == light).findFirst();
	}

	public List<Light> lights() {
		return shots.stream().map(Shot::light).toList();
	}

	/** The specimen's pages, each with its images and the callouts on each. */
	public static List<Sheet> of(RecordRepository repository, DocumentSpecimen specimen) {
		return specimen.getPages().stream()
				.map(page -> new Sheet(SpecimenText.page(page), shots(repository, page.getImages(), page.getCallouts())))
				.toList();
	}

	/** The alert's own images (what was photographed of the false document) with its deviations. */
	public static List<Sheet> of(RecordRepository repository, FalseDocumentAlert alert) {
		return List.of(new Sheet(Messages.format("compare.alertImages"),
				shots(repository, alert.getImages(), alert.getDeviations())));
	}

	/**
	 * A questioned document's photo, shown under visible light with no callouts. The pixels decoded to check the file
	 * are shown once and let go; showing the photo again decodes its bytes anew, so no second copy is kept.
	 */
	public static Sheet photo(ImageData checked, byte[] content) {
		AtomicReference<ImageData> first = new AtomicReference<>(checked);
		Supplier<ImageData> pixels = () -> {
			ImageData once = first.getAndSet(null);
			return once != null ? once : PagePixels.decode(content);
		};
		return new Sheet(Messages.format("compare.photo"), List.of(new Shot(Light.VISIBLE, null, pixels, List.of())));
	}

	/** The page a callout is on, among the specimen's. */
	public static Optional<SpecimenPage> pageOf(Callout callout) {
		return callout.eContainer() instanceof SpecimenPage page ? Optional.of(page) : Optional.empty();
	}

	private static List<Shot> shots(RecordRepository repository, List<PageImage> images, List<Callout> callouts) {
		List<Shot> shots = new ArrayList<>();
		images.stream().sorted(Comparator.comparing(PageImage::getLight)).forEach(image -> shots.add(new Shot(
				image.getLight(), image, () -> PagePixels.of(repository, image),
				callouts.stream().filter(c -> c.getImage() == image).toList())));
		return shots;
	}
}
