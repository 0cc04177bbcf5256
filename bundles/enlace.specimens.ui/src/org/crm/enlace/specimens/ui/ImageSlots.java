package org.crm.enlace.specimens.ui;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.specimens.ImageRefusedException;
import org.crm.enlace.specimens.Thumbnails;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimensFactory;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/**
 * The images of a page (or of an alert), one row per light: a thumbnail, the size in pixels, "Import image…" (which
 * replaces the image under that light when there is one) and "Remove". Replacing or removing an image takes its
 * callouts with it, after the user confirms. An imported image waits in {@link PendingImages} until Save.
 */
public final class ImageSlots {

	/** What the file dialog offers: what {@link org.crm.enlace.specimens.ImageImport} accepts. */
	private static final String[] EXTENSIONS = { "*.png;*.jpg;*.jpeg;*.tif;*.tiff", "*.*" };
	private static final int THUMBNAIL_EDGE = 96;

	private final EditingDomain domain;
	private final EObject owner;
	private final EReference imagesOfOwner;
	private final EReference calloutsOfOwner;
	private final PendingImages pending;
	private final Thumbnails thumbnails;
	private final ImageReading reading;
	private final Consumer<String> status;
	private final Map<Light, Label> previews = new EnumMap<>(Light.class);
	private final Map<Light, Label> sizes = new EnumMap<>(Light.class);
	private final Map<Light, Button> importButtons = new EnumMap<>(Light.class);
	private final Map<Light, Button> removeButtons = new EnumMap<>(Light.class);
	private final Map<Light, Image> shown = new EnumMap<>(Light.class);
	private final Map<Light, PageImage> thumbnailOf = new EnumMap<>(Light.class);
	private final Predicate<String> confirm;

	/**
	 * @param imagesOfOwner   the owner's list of images
	 * @param calloutsOfOwner the owner's list of callouts, which go with their image
	 * @param confirm         asks the user a yes/no question (a dialog in the workbench)
	 */
	ImageSlots(Composite parent, EditingDomain domain, EObject owner, EReference imagesOfOwner,
			EReference calloutsOfOwner, EditorImages images, Consumer<String> status, Predicate<String> confirm,
			boolean editable, String widgetPrefix) {
		this.domain = domain;
		this.owner = owner;
		this.imagesOfOwner = imagesOfOwner;
		this.calloutsOfOwner = calloutsOfOwner;
		this.pending = images.pending();
		this.thumbnails = images.thumbnails();
		this.reading = new ImageReading(images.limits());
		this.status = status;
		this.confirm = confirm;
		Composite rows = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(editable ? 5 : 3).applyTo(rows);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(rows);
		for (Light light : Light.values()) {
			String id = widgetPrefix + ".image." + light.getName();
			new Label(rows, SWT.NONE).setText(EditorTexts.light(light));
			Label preview = new Label(rows, SWT.BORDER | SWT.CENTER);
			preview.setData(AttributeForm.WIDGET_ID, id + ".thumbnail");
			preview.setText(Messages.get("editor.image.none"));
			GridDataFactory.swtDefaults().hint(THUMBNAIL_EDGE, THUMBNAIL_EDGE * 2 / 3).applyTo(preview);
			previews.put(light, preview);
			Label size = new Label(rows, SWT.NONE);
			size.setData(AttributeForm.WIDGET_ID, id + ".size");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(size);
			sizes.put(light, size);
			if (editable) {
				importButtons.put(light, EditorTexts.button(rows, "editor.image.import", id + ".import",
						() -> chooseAndImport(rows, light)));
				removeButtons.put(light, EditorTexts.button(rows, "editor.image.remove", id + ".remove",
						() -> remove(light)));
			}
		}
		rows.addListener(SWT.Dispose, e -> disposeShown());
		showModel();
	}

	public Optional<PageImage> imageUnder(Light light) {
		return images().stream().filter(i -> i.getLight() == light).findFirst();
	}

	/**
	 * Reads, checks and cleans the file behind a progress dialog, then puts it under {@code light} (replacing the
	 * image there, with its callouts, once the user agrees). A refused file leaves everything as it was and says why.
	 */
	public void importFile(Light light, Path file) {
		Optional<PageImage> old = imageUnder(light);
		if (old.isPresent() && !agreesToLoseCallouts(old.get(), "editor.image.replaceConfirm")) {
			return;
		}
		Optional<ImageReading.Cleaned> cleaned;
		try {
			cleaned = reading.read(previews.get(light).getShell(), file);
		} catch (ImageRefusedException e) {
			status.accept(Messages.format("editor.image.refused", e.getMessage()));
			return;
		}
		if (cleaned.isEmpty()) {
			status.accept(Messages.get("editor.image.cancelled"));
			return;
		}
		PageImage image = SpecimensFactory.eINSTANCE.createPageImage();
		image.setLight(light);
		image.setWidth(cleaned.get().width());
		image.setHeight(cleaned.get().height());
		pending.add(image, cleaned.get().png());
		CompoundCommand put = new CompoundCommand(Messages.get("editor.image.import"));
		old.ifPresent(o -> put.append(removal(o)));
		put.append(AddCommand.create(domain, owner, imagesOfOwner, image,
				old.map(images()::indexOf).orElse(CommandParameter.NO_INDEX)));
		domain.getCommandStack().execute(put);
		status.accept(Messages.format("editor.image.imported", EditorTexts.light(light), image.getWidth(),
				image.getHeight()));
	}

	/** Removes the image under {@code light} and its callouts, once the user agrees when it has callouts. */
	public void remove(Light light) {
		imageUnder(light).filter(image -> agreesToLoseCallouts(image, "editor.image.removeConfirm"))
				.ifPresent(image -> domain.getCommandStack().execute(removal(image)));
	}

	/** Shows the images; a thumbnail is made only when the image under a light changed (decoding takes time). */
	void showModel() {
		for (Light light : Light.values()) {
			Optional<PageImage> image = imageUnder(light);
			if (image.orElse(null) != thumbnailOf.get(light)) {
				showThumbnail(light, image.orElse(null));
			}
			sizes.get(light).setText(image.map(i -> Messages.format(
					pending.bytesOf(i) == null ? "editor.image.size" : "editor.image.sizePending", i.getWidth(),
					i.getHeight())).orElse(""));
			if (removeButtons.containsKey(light)) {
				removeButtons.get(light).setEnabled(image.isPresent());
				importButtons.get(light).setText(
						Messages.get(image.isPresent() ? "editor.image.replace" : "editor.image.import"));
			}
		}
	}

	/* A label shows either its text or its image, whichever was set last. */
	private void showThumbnail(Light light, PageImage image) {
		Label preview = previews.get(light);
		Image old = shown.remove(light);
		Image made = image == null ? null : thumbnail(image);
		if (made == null) {
			preview.setText(Messages.get(image == null ? "editor.image.none" : "editor.image.unshown"));
		} else {
			preview.setImage(made);
			shown.put(light, made);
		}
		if (old != null) {
			old.dispose();
		}
		thumbnailOf.put(light, image);
	}

	private void chooseAndImport(Composite rows, Light light) {
		FileDialog dialog = new FileDialog(rows.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(new String[] { Messages.get("editor.image.filter"), Messages.get("editor.image.all") });
		String chosen = dialog.open();
		if (chosen != null) {
			importFile(light, Path.of(chosen));
		}
	}

	private boolean agreesToLoseCallouts(PageImage image, String questionKey) {
		long count = callouts().stream().filter(c -> c.getImage() == image).count();
		return count == 0 || confirm.test(Messages.format(questionKey, EditorTexts.light(image.getLight()), count));
	}

	/* The image and the callouts drawn on it, in one step that undo brings back together. */
	private Command removal(PageImage image) {
		CompoundCommand removal = new CompoundCommand(Messages.get("editor.image.remove"));
		List<Callout> onImage = callouts().stream().filter(c -> c.getImage() == image).toList();
		if (!onImage.isEmpty()) {
			removal.append(RemoveCommand.create(domain, owner, calloutsOfOwner, onImage));
		}
		removal.append(RemoveCommand.create(domain, owner, imagesOfOwner, image));
		return removal;
	}

	private Image thumbnail(PageImage image) {
		try {
			byte[] png = pending.bytesOf(image);
			ImageData data = new ImageData(new ByteArrayInputStream(png != null ? png
					: thumbnails.png(image.getAttachmentId())));
			double scale = Math.min(1.0, (double) THUMBNAIL_EDGE / Math.max(data.width, data.height));
			return new Image(previews.get(image.getLight()).getDisplay(),
					data.scaledTo(Math.max(1, (int) (data.width * scale)), Math.max(1, (int) (data.height * scale))));
		} catch (StoreException | ImageRefusedException | org.eclipse.swt.SWTException e) {
			return null;
		}
	}

	private void disposeShown() {
		shown.values().forEach(Image::dispose);
		shown.clear();
	}

	@SuppressWarnings("unchecked")
	private List<PageImage> images() {
		return (List<PageImage>) owner.eGet(imagesOfOwner);
	}

	@SuppressWarnings("unchecked")
	private List<Callout> callouts() {
		return (List<Callout>) owner.eGet(calloutsOfOwner);
	}
}
