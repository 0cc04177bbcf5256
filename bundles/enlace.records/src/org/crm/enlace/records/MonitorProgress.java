package org.crm.enlace.records;

import java.util.Locale;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.records.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The store's {@link Progress} shown on an Eclipse progress monitor (a progress dialog's, say), with Cancel. The
 * store tells the total only as it works, so the monitor gets a fixed number of ticks and the count as sub-task.
 */
public final class MonitorProgress implements Progress {

	static final int TICKS = 1000;

	private final IProgressMonitor monitor;
	private final Locale locale;
	private int ticksDone;

	public MonitorProgress(IProgressMonitor monitor, String task, Locale locale) {
		this.monitor = monitor;
		this.locale = locale;
		monitor.beginTask(task, TICKS);
	}

	@Override
	public void worked(long done, long total) {
		if (total > 0) {
			int due = (int) Math.min(TICKS, Math.max(0, done) * TICKS / total);
			if (due > ticksDone) {
				monitor.worked(due - ticksDone);
				ticksDone = due;
			}
			monitor.subTask(Messages.format("progress.ofTotal", locale, done, total));
		} else {
			monitor.subTask(Messages.format("progress.done", locale, done));
		}
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}

	/** Ends the monitor's task; call once the work is over, whatever its outcome. */
	public void done() {
		monitor.done();
	}
}
