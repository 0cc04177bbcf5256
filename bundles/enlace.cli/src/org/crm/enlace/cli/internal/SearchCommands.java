package org.crm.enlace.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.Record;

/**
 * {@code search QUERY} and {@code search rebuild}. A hit is listed by id, type, owner and marking only: the record's
 * content stays in the store, so the terminal's scroll-back holds no person's data.
 */
public final class SearchCommands {

	/** What a command line asks for at most. */
	static final int LIMIT = 200;

	private SearchCommands() {
	}

	public static int search(RecordStore store, String query, PrintStream out) {
		List<Record> found = store.search(query, LIMIT);
		for (Record record : found) {
			out.printf("%-36s  %-24s %-4s %-12s %s%n", record.getId(), record.eClass().getName(),
					record.getOwnerCountry(), record.getTlp().getLiteral(), record.getHandlingCode().getLiteral());
		}
		out.println(Messages.format("search.count", found.size()));
		return Cli.OK;
	}

	/* Progress goes to the error stream, a line per tenth, so that a script's output stays clean. */
	public static int rebuild(RecordStore store, PrintStream out, PrintStream err) {
		boolean completed = store.rebuildSearchIndex(new Progress() {
			private long lastTenth = -1;

			@Override
			public void worked(long done, long total) {
				long tenth = total > 0 ? done * 10 / total : -1;
				if (tenth != lastTenth) {
					lastTenth = tenth;
					err.println(Messages.format("search.progress", done, total));
				}
			}

			@Override
			public boolean isCancelled() {
				return Thread.currentThread().isInterrupted();
			}
		});
		out.println(Messages.format(completed ? "search.rebuilt" : "search.cancelled"));
		return Cli.OK;
	}
}
