package org.crm.enlace.specimens.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.crm.enlace.specimens.ImageImport;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.ImageRefusedException;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Reads and cleans an image file off the UI thread, behind the cancellable progress dialog the workbench's other long
 * operations use (the matrix export, the search index rebuild): a scan of tens of megapixels takes seconds to decode.
 * The checks are {@link ImageImport}'s; nothing reaches the store here (see {@link PendingImages}).
 */
final class ImageReading {

	/** The cleaned image: pixels re-encoded as PNG, without the original's metadata. */
	record Cleaned(byte[] png, int width, int height) {
	}

	private final ImageLimits limits;

	ImageReading(ImageLimits limits) {
		this.limits = limits;
	}

	/**
	 * @return empty when the user cancelled
	 * @throws ImageRefusedException when the file is unreadable, too large, not an accepted image or damaged
	 */
	Optional<Cleaned> read(Shell shell, Path file) {
		Cleaned[] result = new Cleaned[1];
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> {
				try {
					result[0] = clean(file, monitor);
				} catch (ImageRefusedException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof ImageRefusedException refused) {
				throw refused;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		return Optional.ofNullable(result[0]);
	}

	/* Three steps the user sees: read, check and decode, clean; a cancel between them drops the image. */
	private Cleaned clean(Path file, IProgressMonitor monitor) {
		monitor.beginTask(Messages.get("editor.image.reading"), 3);
		byte[] content;
		try {
			long size = Files.size(file);
			if (size > limits.maxBytes()) {
				// ImageImport's own refusal, said before a huge file is read into memory.
				throw new ImageRefusedException(
						org.crm.enlace.specimens.internal.Messages.format("image.bytes", size, limits.maxBytes()));
			}
			content = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ImageRefusedException(Messages.get("editor.image.unreadable"), e);
		}
		monitor.worked(1);
		if (monitor.isCanceled()) {
			return null;
		}
		BufferedImage pixels = new ImageImport(limits).decode(content);
		monitor.worked(1);
		if (monitor.isCanceled()) {
			return null;
		}
		byte[] png = ImageImport.png(pixels);
		monitor.worked(1);
		return monitor.isCanceled() ? null : new Cleaned(png, pixels.getWidth(), pixels.getHeight());
	}
}
