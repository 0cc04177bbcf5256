package org.crm.enlace.specimens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.ImageRefusedException;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.SpecimensPackage;
import org.crm.enlace.specimens.ui.internal.CompareSide;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.specimens.ui.internal.Sheet;
import org.crm.enlace.specimens.ui.internal.SpecimenText;
import org.crm.enlace.specimens.ui.internal.ZoomButtons;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * A genuine specimen on the left and, on the right, what it is compared with: an alert's images with its deviations,
 * another specimen, or a questioned document's photo opened from a file (decoded with the import limits, shown, never
 * stored). Each side chooses its page and light; while linked, zooming or panning either side moves the other to the
 * same region of the page, whatever the two images' resolutions. A part of its own rather than a mode of the viewer:
 * it has two sources to choose and its own toolbar, and several compares can stay open beside one specimen.
 */
public final class SpecimenComparePart {

	/** A choice of the right side's source list. */
	private record Source(String id, String label, Supplier<List<Sheet>> sheets) {
	}

	private RecordRepository repository;
	private CompareSide left;
	private CompareSide right;
	private Combo sources;
	private Button link;
	private Label message;
	private final List<Source> choices = new ArrayList<>();
	private boolean syncing;

	@PostConstruct
	void create(Composite parent, RecordRepository repository, MPart self) {
		this.repository = repository;
		DocumentSpecimen specimen = SpecimenViewers.recordOf(self, SpecimenViewers.SPECIMEN_ID, repository,
				DocumentSpecimen.class);
		FalseDocumentAlert alert = SpecimenViewers.recordOf(self, SpecimenViewers.ALERT_ID, repository,
				FalseDocumentAlert.class);
		GridLayoutFactory.swtDefaults().applyTo(parent);
		// One bar above both sides, so the two canvases have the same size and show the same region when linked.
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		link = new Button(bar, SWT.CHECK);
		link.setText(Messages.format("compare.link"));
		link.setData(AttributeForm.WIDGET_ID, "compare.link");
		link.setSelection(true);
		link.addListener(SWT.Selection, e -> follow(left, right));
		rightSources(bar, specimen);
		message = new Label(parent, SWT.WRAP);
		message.setData(AttributeForm.WIDGET_ID, "compare.message");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		left = new CompareSide(sash, "compare.left");
		right = new CompareSide(sash, "compare.right");
		ZoomButtons.add(bar, "compare", left.canvas());
		link(left, right);
		link(right, left);
		if (specimen == null) {
			left.show(Messages.format("viewer.gone"), List.of());
		} else {
			left.show(SpecimenText.title(specimen), Sheet.of(repository, specimen));
		}
		if (alert != null) {
			showAlert(alert);
			sources.select(choices.indexOf(choices.stream().filter(c -> alert.getId().equals(c.id())).findFirst()
					.orElse(null)));
		} else {
			right.show(Messages.format("compare.chooseRight"), List.of());
		}
	}

	@Focus
	void focus() {
		left.canvas().setFocus();
	}

	public CompareSide left() {
		return left;
	}

	public CompareSide right() {
		return right;
	}

	/** Whether zoom and pan follow from one side to the other. */
	public void setLinked(boolean linked) {
		link.setSelection(linked);
		follow(left, right);
	}

	/** What the part last said (a refused photo's reason), or "". */
	public String message() {
		return message.getText();
	}

	/**
	 * Shows a questioned document's photo on the right, read from disk and decoded with the import limits; it is not
	 * stored. A file that is too large, not an image or damaged is refused with the reason and the right side is
	 * left as it was.
	 */
	public boolean openPhoto(Path file) {
		try {
			long size = Files.size(file);
			if (size > ImageLimits.DEFAULT.maxBytes()) {
				say(Messages.format("compare.photoTooLarge", size / (1024 * 1024), ImageLimits.DEFAULT.maxBytes()
						/ (1024 * 1024)));
				return false;
			}
			byte[] content = Files.readAllBytes(file);
			Sheet photo = Sheet.photo(PagePixels.decode(content), content);
			right.show(Messages.format("compare.photoTitle", file.getFileName().toString()), List.of(photo));
			say("");
			return true;
		} catch (ImageRefusedException e) {
			say(Messages.format("compare.photoRefused", e.getMessage()));
		} catch (IOException e) {
			say(Messages.format("compare.photoUnreadable"));
		}
		return false;
	}

	public void showAlert(FalseDocumentAlert alert) {
		right.show(SpecimenText.alertTitle(alert), Sheet.of(repository, alert));
	}

	public void showSpecimen(DocumentSpecimen other) {
		right.show(SpecimenText.title(other), Sheet.of(repository, other));
	}

	/* The alerts on this specimen, the other specimens of the register, and a photo from a file. */
	private void rightSources(Composite bar, DocumentSpecimen specimen) {
		new Label(bar, SWT.NONE).setText(Messages.format("compare.source"));
		sources = new Combo(bar, SWT.READ_ONLY);
		sources.setData(AttributeForm.WIDGET_ID, "compare.sources");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(sources);
		if (specimen != null) {
			for (FalseDocumentAlert alert : Specimens.alertsOn(repository, specimen.getId())) {
				choices.add(new Source(alert.getId(), Messages.format("compare.sourceAlert", SpecimenText.alertTitle(alert)),
						() -> Sheet.of(repository, alert)));
			}
		}
		for (DocumentSpecimen other : repository.find(
				RecordQuery.of(SpecimensPackage.Literals.DOCUMENT_SPECIMEN), DocumentSpecimen.class)) {
			if (specimen == null || !other.getId().equals(specimen.getId())) {
				choices.add(new Source(other.getId(), SpecimenText.title(other), () -> Sheet.of(repository, other)));
			}
		}
		choices.forEach(choice -> sources.add(choice.label()));
		sources.addListener(SWT.Selection, e -> {
			Source chosen = choices.get(sources.getSelectionIndex());
			right.show(chosen.label(), chosen.sheets().get());
		});
		Button photo = new Button(bar, SWT.PUSH);
		photo.setText(Messages.format("compare.openPhoto"));
		photo.setData(AttributeForm.WIDGET_ID, "compare.openPhoto");
		photo.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(photo.getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.tif;*.tiff", "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				openPhoto(Path.of(chosen));
			}
		});
	}

	/* Zoom and pan on {@code from} are followed by {@code to} while linked; a new image on it takes the other's view. */
	private void link(CompareSide from, CompareSide to) {
		from.canvas().transform().addListener(() -> follow(from, to));
		to.pane().addImageListener(() -> follow(from, to));
	}

	private void follow(CompareSide from, CompareSide to) {
		if (syncing || !link.getSelection() || !from.canvas().hasImage() || !to.canvas().hasImage()) {
			return;
		}
		syncing = true;
		try {
			to.canvas().transform().apply(from.canvas().transform().state());
		} finally {
			syncing = false;
		}
	}

	private void say(String text) {
		message.setText(text);
		message.getParent().layout(true, true);
	}
}
