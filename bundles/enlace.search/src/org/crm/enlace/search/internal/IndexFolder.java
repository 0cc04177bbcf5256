package org.crm.enlace.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.crm.enlace.search.SearchException;

/**
 * The folder an index lives in, claimed by a marker file. Only a folder with the marker is ever wiped, so a wrong
 * path (a home folder, the database's) is refused instead of emptied. Lucene ignores the marker: its name is not an
 * index file's.
 */
final class IndexFolder {

	static final String MARKER = "enlace-search-index.txt";
	private static final String MARKER_TEXT = """
			Enlace full-text search index. It is made from the record store and rebuilt from it when missing or damaged.
			""";

	/** What a wipe leaves: the marker, the key check (rewritten when the key changes) and Lucene's lock, no data. */
	private static final Set<String> KEPT = Set.of(MARKER, KeyCheck.FILE, IndexWriter.WRITE_LOCK_NAME);

	private final Path path;
	private final boolean isNew;

	private IndexFolder(Path path, boolean isNew) {
		this.path = path;
		this.isNew = isNew;
	}

	/**
	 * The folder, created with its marker when missing or empty.
	 *
	 * @throws SearchException {@code NOT_AN_INDEX} when it holds anything else, {@code NOT_WRITABLE} when it cannot
	 *                         be created
	 */
	static IndexFolder claim(Path path) {
		try {
			if (Files.isRegularFile(path.resolve(MARKER))) {
				return new IndexFolder(path, false);
			}
			if (Files.exists(path) && (!Files.isDirectory(path) || !isEmpty(path))) {
				throw new SearchException(SearchException.Reason.NOT_AN_INDEX,
						Messages.format("search.error.NOT_AN_INDEX", path));
			}
			Files.createDirectories(path);
			Files.writeString(path.resolve(MARKER), MARKER_TEXT);
			return new IndexFolder(path, true);
		} catch (IOException e) {
			throw new SearchException(SearchException.Reason.NOT_WRITABLE,
					Messages.format("search.error.NOT_WRITABLE", path));
		}
	}

	Path path() {
		return path;
	}

	/** True when this open created the folder or found it empty. */
	boolean isNew() {
		return isNew;
	}

	/**
	 * Deletes the index's files, keeping the marker, the key check and the lock. Nothing is kept aside: the index
	 * holds persons' data, and the store can always make it again. The caller holds Lucene's write lock.
	 */
	void wipe() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(path)) {
			files = list.filter(Files::isRegularFile).filter(p -> !KEPT.contains(p.getFileName().toString()))
					.toList();
		}
		for (Path file : files) {
			Files.deleteIfExists(file);
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.findAny().isEmpty();
		}
	}
}
