package org.crm.enlace.search;

/** Follows a long rebuild and may stop it; called on the rebuilding thread. */
public interface RebuildMonitor {

	/** A monitor that shows nothing and never cancels. */
	RebuildMonitor NONE = new RebuildMonitor() {
		@Override
		public void progress(long done, long expected) {
			// nothing to show
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/**
	 * Records indexed so far, now and then and once at the end.
	 *
	 * @param expected the count announced by the caller, or -1
	 */
	void progress(long done, long expected);

	/** Asked before each record: true stops the rebuild and leaves the index as it was. */
	boolean isCancelled();
}
