package org.crm.enlace.packages.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.packages.PackageException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs an export, import or inspection away from the UI thread behind a progress dialog. A refusal (a package or key
 * that cannot be used, a file that cannot be read or written) is shown in an {@link ErrorMessage}; the work itself
 * guarantees that a refused or cancelled operation changed nothing.
 */
public final class Progress {

	/** What runs behind the dialog. */
	@FunctionalInterface
	public interface Work<T> {
		T run(Monitor monitor);
	}

	/** Counts records as the work goes, and stops it when the user cancels. */
	public static final class Monitor {

		private final IProgressMonitor monitor;
		private int records;

		private Monitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		/** @throws CancellationException when the user pressed Cancel */
		public void recordDone() {
			monitor.worked(1);
			if (++records % 100 == 0) {
				monitor.subTask(Messages.format("progress.records", records));
			}
			if (monitor.isCanceled()) {
				throw new CancellationException();
			}
		}
	}

	private Progress() {
	}

	/**
	 * @param onCancel what to say when the user cancels; without it the dialog has no Cancel button
	 * @return what the work made, or nothing when it was refused or cancelled
	 */
	public static <T> Optional<T> run(Shell shell, String taskKey, Optional<Runnable> onCancel, Work<T> work) {
		Object[] made = new Object[1];
		try {
			new LocalizedProgressDialog(shell).run(true, onCancel.isPresent(), monitor -> {
				monitor.beginTask(Messages.format(taskKey), IProgressMonitor.UNKNOWN);
				try {
					made[0] = work.run(new Monitor(monitor));
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			refused(shell, e.getCause(), onCancel);
			return Optional.empty();
		} catch (InterruptedException e) {
			onCancel.ifPresent(Runnable::run);
			return Optional.empty();
		}
		@SuppressWarnings("unchecked")
		T result = (T) made[0];
		return Optional.of(result);
	}

	/** JFace's progress dialog with the product's texts for its title and its Cancel button. */
	private static final class LocalizedProgressDialog extends ProgressMonitorDialog {

		LocalizedProgressDialog(Shell parent) {
			super(parent);
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(Messages.format("progress.title"));
		}

		@Override
		protected void createCancelButton(Composite parent) {
			super.createCancelButton(parent);
			cancel.setText(Messages.format("button.cancel"));
		}
	}

	private static void refused(Shell shell, Throwable cause, Optional<Runnable> onCancel) {
		if (cause instanceof CancellationException) {
			onCancel.ifPresent(Runnable::run);
		} else if (cause instanceof PackageException || cause instanceof StoreException
				|| cause instanceof IllegalArgumentException) {
			ErrorMessage.show(shell, cause.getMessage());
		} else {
			// Never the message of an unexpected failure: it might hold a record's values.
			ErrorMessage.show(shell, Messages.format("error.unexpected", cause.getClass().getSimpleName()));
		}
	}
}
