package org.crm.enlace.search.tests;

import static org.crm.enlace.search.tests.TestKeys.KEY;
import static org.crm.enlace.search.tests.TestRecords.contact;
import static org.crm.enlace.search.tests.TestRecords.ids;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexes;
import org.crm.enlace.search.OpenState;
import org.crm.enlace.search.SearchException;
import org.crm.enlace.search.internal.EncryptedDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "A corrupt index (rebuild, not crash)": a damaged index opens empty, says it needs a rebuild, and takes one. */
class DamagedIndexTest {

	@TempDir
	Path folder;

	private final ContactPoint contact = contact("Rosa Ficticia Ordóñez");

	@BeforeEach
	void makeAnIndex() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			TestRecords.rebuildWith(index, List.of(contact));
		}
	}

	@Test
	void garbageInTheCommitFile() throws IOException {
		byte[] garbage = new byte[512];
		new Random(3).nextBytes(garbage);
		Files.write(lastCommitFile(), garbage);

		assertOpensEmptyAndRecovers();
	}

	@Test
	void aTruncatedSegmentFile() throws IOException {
		Path largest = indexFiles().stream().max(Comparator.comparingLong(DamagedIndexTest::size)).orElseThrow();
		try (FileChannel channel = FileChannel.open(largest, StandardOpenOption.WRITE)) {
			channel.truncate(channel.size() / 2);
		}

		assertOpensEmptyAndRecovers();
	}

	@Test
	void aMissingSegmentFile() throws IOException {
		Path segmentFile = indexFiles().stream().filter(p -> !name(p).startsWith("segments")).findFirst()
				.orElseThrow();
		Files.delete(segmentFile);

		assertOpensEmptyAndRecovers();
	}

	@Test
	void aMissingCommitFileWithItsSegmentsLeft() throws IOException {
		Files.delete(lastCommitFile());

		assertOpensEmptyAndRecovers();
	}

	/**
	 * The commit file's format version, just after its codec name: far too new, or far too old. The file is encrypted,
	 * so its plaintext is changed through the index's own directory.
	 */
	@ParameterizedTest(name = "format version {0}")
	@ValueSource(ints = { Integer.MAX_VALUE, 1 })
	void aFormatThisLuceneCannotRead(int version) throws IOException {
		String commit = name(lastCommitFile());
		try (Directory directory = EncryptedDirectory.open(folder, KEY)) {
			byte[] bytes;
			try (IndexInput input = directory.openInput(commit, IOContext.READONCE)) {
				bytes = new byte[(int) input.length()];
				input.readBytes(bytes, 0, bytes.length);
			}
			int codecName = DiskBytes.indexOf(bytes, "segments".getBytes(StandardCharsets.US_ASCII));
			assertTrue(codecName > 0, "the commit file names its codec");
			ByteBuffer.wrap(bytes).putInt(codecName + "segments".length(), version);
			directory.deleteFile(commit);
			try (IndexOutput output = directory.createOutput(commit, IOContext.DEFAULT)) {
				output.writeBytes(bytes, bytes.length);
			}
		}

		assertOpensEmptyAndRecovers();
	}

	@Test
	void theNeedForARebuildSurvivesAReopen() throws IOException {
		Files.write(lastCommitFile(), new byte[] { 1, 2, 3 });
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			assertEquals(OpenState.REPLACED_BROKEN, index.openState());
		}

		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			assertEquals(OpenState.EXISTING, index.openState());
			assertTrue(index.needsRebuild(), "the process may have stopped before the rebuild");
		}
	}

	@Test
	void aFolderThatIsNotAnIndexIsLeftAlone() throws IOException {
		Path other = folder.resolveSibling(folder.getFileName() + "-documents");
		Files.createDirectories(other);
		Path document = Files.writeString(other.resolve("informe.txt"), "no es un índice");

		SearchException refused = assertThrows(SearchException.class, () -> FullTextIndexes.open(other, KEY));

		assertEquals(SearchException.Reason.NOT_AN_INDEX, refused.reason());
		assertTrue(refused.getMessage().contains(other.toString()), refused.getMessage());
		assertEquals("no es un índice", Files.readString(document));
		assertArrayEquals(new Object[] { document }, list(other).toArray());
	}

	private void assertOpensEmptyAndRecovers() throws IOException {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			assertEquals(OpenState.REPLACED_BROKEN, index.openState());
			assertTrue(index.needsRebuild());
			assertEquals(0, index.size());
			assertEquals(List.of(), ids(index, "ordonez"));

			TestRecords.rebuildWith(index, List.of(contact));

			assertFalse(index.needsRebuild());
			assertEquals(List.of(contact.getId()), ids(index, "ordonez"));
		}
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			assertEquals(OpenState.EXISTING, index.openState());
			assertEquals(List.of(contact.getId()), ids(index, "ordonez"));
		}
	}

	private Path lastCommitFile() throws IOException {
		return indexFiles().stream().filter(p -> name(p).startsWith("segments_"))
				.max(Comparator.comparingLong(p -> Long.parseLong(name(p).substring("segments_".length()), 36)))
				.orElseThrow();
	}

	/** Lucene's files, without the lock and Enlace's marker and key check. */
	private List<Path> indexFiles() throws IOException {
		List<Path> files = list(folder).stream()
				.filter(p -> !name(p).equals("write.lock") && !name(p).startsWith("enlace-"))
				.toList();
		assertFalse(files.isEmpty());
		return files;
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	private static String name(Path file) {
		return file.getFileName().toString();
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
