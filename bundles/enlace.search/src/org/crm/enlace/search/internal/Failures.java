package org.crm.enlace.search.internal;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.LockObtainFailedException;
import org.crm.enlace.search.SearchException;
import org.crm.enlace.search.SearchException.Reason;

/**
 * Sorts Lucene's failures into what the user is told. Lucene's messages name files and sometimes quote terms, so
 * they are never passed on.
 */
final class Failures {

	private Failures() {
	}

	/** True when the index's files are damaged or unreadable by this Lucene: the cure is a rebuild. */
	static boolean isDamaged(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (isDamage(t)) {
				return true;
			}
			for (Throwable suppressed : t.getSuppressed()) {
				if (isDamage(suppressed)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The user's exception for a failure of Lucene. */
	static SearchException of(Throwable failure, Path folder) {
		if (failure instanceof LockObtainFailedException) {
			return error(Reason.LOCKED, folder);
		}
		if (isDamaged(failure)) {
			return error(Reason.CORRUPT, folder);
		}
		if (failure instanceof FileSystemException) {
			return error(Reason.NOT_WRITABLE, folder);
		}
		return error(Reason.FAILED, folder);
	}

	static SearchException error(Reason reason, Path folder) {
		return new SearchException(reason, Messages.format("search.error." + reason.name(), folder));
	}

	private static boolean isDamage(Throwable t) {
		return t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
				|| t instanceof IndexFormatTooNewException || t instanceof IndexNotFoundException
				|| t instanceof EOFException || t instanceof NoSuchFileException || t instanceof FileNotFoundException;
	}
}
