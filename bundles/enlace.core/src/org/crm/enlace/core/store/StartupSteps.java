package org.crm.enlace.core.store;

/**
 * Follows what a start is doing, for a window that shows it: the first start on a data folder creates the database
 * and stores the large data sets, which takes seconds. Called on the thread that opens the store.
 */
@FunctionalInterface
public interface StartupSteps {

	/** Shows nothing. */
	StartupSteps NONE = (step, detail) -> {
		// nothing to show
	};

	/** The steps of {@link StoreStartup#login}, in order; a start skips those it does not need. */
	enum Step {
		/** Deriving the account's keys from the password: about a second by design. */
		UNLOCKING,
		/** Opening the database, or creating it with its tables. */
		OPENING,
		/** Storing the reference data that is missing. */
		REFERENCE_DATA,
		/** A large data set ({@link org.crm.enlace.core.seed.StartupImport}); the detail is its title. */
		IMPORTING,
		/** The demo data set, into a new data folder. */
		DEMO_DATA
	}

	/**
	 * @param detail what the step works on, in the user's language (an import's title), or empty
	 */
	void entered(Step step, String detail);
}
