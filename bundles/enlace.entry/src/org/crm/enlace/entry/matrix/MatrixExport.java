package org.crm.enlace.entry.matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.crm.enlace.core.store.Progress;

/**
 * Writes the (filtered) matrix to a file, reporting rows written and stopping when cancelled. The file is written
 * beside the target under a temporary name and moved into place at the end, so a cancelled or failed export leaves
 * no half-written file and never destroys an earlier one.
 */
public final class MatrixExport {

	/** The formats, each with its file extension. */
	public enum Format {
		/** UTF-8 with a byte-order mark, so that spreadsheet programs read the accents right; RFC 4180 quoting. */
		CSV("csv"),
		XLSX("xlsx"),
		/** For print and publication: landscape, colours and codes, legend, provenance, page numbers. */
		PDF("pdf");

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		public String extension() {
			return extension;
		}
	}

	/** Writes one format into a stream, reporting rows; returns false when cancelled. */
	interface Writer {
		boolean write(MatrixTable table, OutputStream out, Progress progress) throws IOException;
	}

	private MatrixExport() {
	}

	/** @return false when cancelled (the target is then as it was) */
	public static boolean write(MatrixTable table, Format format, Path target, Progress progress) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path partial = Files.createTempFile(folder, ".export-", "." + format.extension());
		try {
			boolean done;
			try (OutputStream out = Files.newOutputStream(partial)) {
				done = writer(format).write(table, out, progress);
			}
			if (done) {
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return done;
		} finally {
			Files.deleteIfExists(partial);
		}
	}

	private static Writer writer(Format format) {
		return switch (format) {
		case CSV -> CsvWriter::write;
		case XLSX -> XlsxWriter::write;
		case PDF -> PdfMatrixWriter::write;
		};
	}

	/** Reports a row written; true when the export must stop. */
	static boolean stopAfter(int row, int rows, Progress progress) {
		progress.worked(row, rows);
		return progress.isCancelled();
	}
}
