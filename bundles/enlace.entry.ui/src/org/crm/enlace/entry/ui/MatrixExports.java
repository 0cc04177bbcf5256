package org.crm.enlace.entry.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.entry.matrix.MatrixExport;
import org.crm.enlace.entry.matrix.MatrixExport.Format;
import org.crm.enlace.entry.matrix.MatrixTable;
import org.crm.enlace.entry.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;

/**
 * The export buttons: the rows shown, in the order shown, to CSV, XLSX or PDF, written off the UI thread behind a
 * progress dialog whose Cancel stops the export and leaves no file.
 */
final class MatrixExports {

	private final Supplier<MatrixTable> shown;

	/** @param shown the rows shown, in the order shown, with the filters applied and today's date */
	MatrixExports(Composite bar, Supplier<MatrixTable> shown) {
		this.shown = shown;
		Composite buttons = new Composite(bar, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(Format.values().length).applyTo(buttons);
		GridDataFactory.fillDefaults().span(((GridLayout) bar.getLayout()).numColumns, 1).applyTo(buttons);
		for (Format format : Format.values()) {
			Button button = new Button(buttons, SWT.PUSH);
			button.setText(Messages.format("matrix.export", format.name()));
			button.setData(MatrixPart.WIDGET_ID, "matrix.export." + format.extension());
			button.addListener(SWT.Selection, e -> chooseAndWrite(bar, format));
		}
	}

	private void chooseAndWrite(Composite bar, Format format) {
		FileDialog dialog = new FileDialog(bar.getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + format.extension() });
		dialog.setFileName(Messages.get("matrix.export.fileName") + "." + format.extension());
		String chosen = dialog.open();
		if (chosen != null) {
			write(bar, format, Path.of(chosen));
		}
	}

	/** Writes behind a cancellable progress dialog; tells the user how it ended. */
	void write(Composite bar, Format format, Path target) {
		MatrixTable table = shown.get();
		boolean[] done = new boolean[1];
		try {
			new ProgressMonitorDialog(bar.getShell()).run(true, true, monitor -> {
				monitor.beginTask(Messages.format("matrix.export.running", target.getFileName()), table.lines().size());
				try {
					done[0] = MatrixExport.write(table, format, target, progress(monitor));
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(bar.getShell(), Messages.get("matrix.export.failed"),
					String.valueOf(e.getCause().getMessage()));
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		MessageDialog.openInformation(bar.getShell(), Messages.get("matrix.export.title"), done[0]
				? Messages.format("matrix.export.done", table.lines().size(), target)
				: Messages.get("matrix.export.cancelled"));
	}

	private static Progress progress(IProgressMonitor monitor) {
		return new Progress() {
			private long reported;

			@Override
			public void worked(long done, long total) {
				monitor.worked((int) (done - reported));
				reported = done;
			}

			@Override
			public boolean isCancelled() {
				return monitor.isCanceled();
			}
		};
	}
}
