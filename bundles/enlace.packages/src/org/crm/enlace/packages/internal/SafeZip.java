package org.crm.enlace.packages.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The container inside a package's envelope: a ZIP whose entries are read into memory under limits that count the
 * bytes actually inflated (the sizes a ZIP declares are not believed), so that a compression bomb stops at the limit
 * instead of filling memory. Entry names must match {@link #NAME}: nothing with a path of its own reaches a reader.
 */
public final class SafeZip {

	/** The names a package writer produces; anything else (.., /, \, a drive letter) is refused. */
	public static final Pattern NAME = Pattern
			.compile("manifest\\.json(\\.p7s)?|records/\\d{6}\\.json(\\.p7s)?|attachments/\\d{6}-\\d{3}\\.bin");

	/** Why a container was refused. */
	public enum Refusal {
		NOT_A_ZIP, BAD_NAME, DUPLICATE_NAME, TOO_MANY_ENTRIES, ENTRY_TOO_LARGE, TOTAL_TOO_LARGE, RATIO_TOO_HIGH
	}

	/** Thrown with the refusal and, where there is one, the entry's name (names are ours, never a person's data). */
	public static final class RefusedException extends Exception {
		private static final long serialVersionUID = 1L;
		private final Refusal refusal;

		RefusedException(Refusal refusal, String entry) {
			super(entry);
			this.refusal = refusal;
		}

		public Refusal refusal() {
			return refusal;
		}
	}

	/**
	 * @param maxEntries    entries at most
	 * @param maxEntryBytes inflated bytes of one entry at most
	 * @param maxTotalBytes inflated bytes of all entries at most
	 * @param maxRatio      inflated bytes per byte of the whole container at most (ZIP's own overhead included)
	 */
	public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
	}

	private SafeZip() {
	}

	public static byte[] write(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			write(entries, bytes);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return bytes.toByteArray();
	}

	/** Writes the entries as a ZIP into {@code out}, which is left open. */
	public static void write(Map<String, byte[]> entries, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			zip.putNextEntry(new ZipEntry(entry.getKey()));
			zip.write(entry.getValue());
			zip.closeEntry();
		}
		zip.finish();
	}

	public static Map<String, byte[]> read(byte[] container, Limits limits) throws RefusedException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		long total = 0;
		long allowedByRatio = (long) container.length * limits.maxRatio();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(container))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName();
				if (!NAME.matcher(name).matches()) {
					throw new RefusedException(Refusal.BAD_NAME, printable(name));
				}
				if (entries.size() == limits.maxEntries()) {
					throw new RefusedException(Refusal.TOO_MANY_ENTRIES, name);
				}
				long left = Math.min(limits.maxEntryBytes(), Math.min(limits.maxTotalBytes() - total,
						allowedByRatio - total));
				byte[] content = readAtMost(zip, left);
				if (content == null) {
					Refusal refusal = left == limits.maxEntryBytes() ? Refusal.ENTRY_TOO_LARGE
							: left == limits.maxTotalBytes() - total ? Refusal.TOTAL_TOO_LARGE : Refusal.RATIO_TOO_HIGH;
					throw new RefusedException(refusal, name);
				}
				total += content.length;
				if (entries.put(name, content) != null) {
					throw new RefusedException(Refusal.DUPLICATE_NAME, name);
				}
			}
		} catch (IOException | RuntimeException e) {
			// ZipInputStream also throws IllegalArgumentException, for a name that is not valid UTF-8.
			throw new RefusedException(Refusal.NOT_A_ZIP, "");
		}
		if (entries.isEmpty()) {
			throw new RefusedException(Refusal.NOT_A_ZIP, "");
		}
		return entries;
	}

	/* Null when the stream holds more than max bytes. */
	private static byte[] readAtMost(InputStream in, long max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long read = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			read += n;
			if (read > max) {
				return null;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/* A hostile name may hold anything: shown escaped and short. */
	private static String printable(String name) {
		String shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
		return shown.replaceAll("[^\\x20-\\x7e]", "?");
	}
}
