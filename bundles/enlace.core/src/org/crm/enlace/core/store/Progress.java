package org.crm.enlace.core.store;

/** Follows long work of the store (a rebuild of the search index) and may stop it; called on the working thread. */
public interface Progress {

	/** Shows nothing and never cancels. */
	Progress NONE = new Progress() {
		@Override
		public void worked(long done, long total) {
			// nothing to show
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/** @param total the expected amount, or -1 when unknown */
	void worked(long done, long total);

	/** True stops the work; what was there before stays as it was. */
	boolean isCancelled();
}
