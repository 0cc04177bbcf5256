package org.crm.enlace.search.tests;

import static org.crm.enlace.search.tests.TestKeys.KEY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.RandomAccessInput;
import org.apache.lucene.util.StringHelper;
import org.crm.enlace.search.internal.AesCtr;
import org.crm.enlace.search.internal.BilingualAnalyzer;
import org.crm.enlace.search.internal.EncryptedDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The encrypting directory reads back exactly what was written, from any position, through clones and slices, with
 * Lucene's checksums intact, and never leaves the plaintext on disk. Sizes around the AES block (16 bytes) and the
 * read buffer (1024 bytes) are where an off-by-one would show.
 */
class EncryptedDirectoryTest {

	private static final String FILE = "data.bin";

	@TempDir
	Path folder;

	private final Random random = new Random(20261129);
	private Directory directory;

	@BeforeEach
	void open() throws IOException {
		directory = EncryptedDirectory.open(folder, KEY);
	}

	@AfterEach
	void close() throws IOException {
		directory.close();
	}

	@ParameterizedTest(name = "{0} bytes")
	@ValueSource(ints = { 0, 1, 15, 16, 17, 4095, 100_000 })
	void lengthsChecksumAndSequentialReadsArePlaintexts(int size) throws IOException {
		byte[] data = randomBytes(size);

		long checksum = write(FILE, data);

		assertEquals(crc(data), checksum, "getChecksum is the CRC32 of the plaintext");
		assertEquals(size, directory.fileLength(FILE));
		assertEquals(size + EncryptedDirectory.HEADER_LENGTH, Files.size(folder.resolve(FILE)));
		try (IndexInput input = directory.openInput(FILE, IOContext.READONCE)) {
			assertEquals(size, input.length());
			byte[] read = new byte[size];
			for (int at = 0; at < size;) {
				int part = Math.min(size - at, 1 + random.nextInt(700));
				if (part == 1) {
					read[at] = input.readByte();
				} else {
					input.readBytes(read, at, part);
				}
				at += part;
				assertEquals(at, input.getFilePointer());
			}
			assertArrayEquals(data, read);
			assertThrows(EOFException.class, input::readByte);
		}
		try (ChecksumIndexInput input = directory.openChecksumInput(FILE)) {
			input.skipBytes(size);
			assertEquals(crc(data), input.getChecksum(), "openChecksumInput sums the plaintext");
		}
	}

	@ParameterizedTest(name = "{0} bytes")
	@ValueSource(ints = { 0, 1, 15, 16, 17, 4095, 100_000 })
	void seeksToAnyPositionAndReadsAcrossBufferBoundaries(int size) throws IOException {
		byte[] data = randomBytes(size);
		write(FILE, data);

		try (IndexInput input = directory.openInput(FILE, IOContext.DEFAULT)) {
			for (int i = 0; i < 300; i++) {
				int at = random.nextInt(size + 1);
				int length = random.nextInt(Math.min(size - at, 3_000) + 1);
				assertReads(data, input, at, length);
			}
			// just before, on and after the edges of 1024-byte buffers and 16-byte blocks, short reads and long
			for (int edge = 16; edge <= size; edge += edge < 1024 ? 16 : 1024) {
				for (int at = Math.max(0, edge - 17); at <= Math.min(size, edge + 1); at++) {
					assertReads(data, input, at, Math.min(size - at, 3));
					assertReads(data, input, at, Math.min(size - at, 1_500));
				}
			}
			input.seek(size);
			assertThrows(EOFException.class, input::readByte);
			assertThrows(EOFException.class, () -> input.seek(size + 1L));
		}
	}

	@ParameterizedTest(name = "{0} bytes")
	@ValueSource(ints = { 0, 1, 15, 16, 17, 4095, 100_000 })
	void clonesAndSlicesReadOnTheirOwn(int size) throws IOException {
		byte[] data = randomBytes(size);
		write(FILE, data);

		try (IndexInput input = directory.openInput(FILE, IOContext.DEFAULT)) {
			int middle = size / 2;
			input.seek(middle);
			IndexInput clone = input.clone();
			assertEquals(middle, clone.getFilePointer(), "a clone starts where its original is");
			assertReads(data, clone, 0, Math.min(size, 40));
			assertEquals(middle, input.getFilePointer(), "and moves on its own");
			assertReads(data, input, middle, size - middle);

			for (int i = 0; i < 50; i++) {
				int offset = random.nextInt(size + 1);
				int length = random.nextInt(size - offset + 1);
				IndexInput slice = input.slice("slice " + i, offset, length);
				byte[] expected = Arrays.copyOfRange(data, offset, offset + length);
				assertEquals(length, slice.length());
				assertArrayEquals(expected, readAll(slice));
				assertThrows(EOFException.class, slice::readByte, "a slice ends where it was cut");
				int inner = random.nextInt(length + 1);
				IndexInput sliceOfSlice = slice.slice("inner", inner, length - inner);
				assertArrayEquals(Arrays.copyOfRange(expected, inner, length), readAll(sliceOfSlice));
				IndexInput cloneOfSlice = slice.clone();
				int at = random.nextInt(length + 1);
				cloneOfSlice.seek(at);
				assertArrayEquals(Arrays.copyOfRange(expected, at, length), readAll(cloneOfSlice));
			}
			assertThrows(IllegalArgumentException.class, () -> input.slice("too long", 1, size));
		}
	}

	@ParameterizedTest(name = "{0} bytes")
	@ValueSource(ints = { 16, 17, 4095, 100_000 })
	void randomAccessReadsLittleEndianValuesAnywhere(int size) throws IOException {
		byte[] data = randomBytes(size);
		write(FILE, data);
		ByteBuffer expected = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);

		try (IndexInput input = directory.openInput(FILE, IOContext.DEFAULT)) {
			int offset = size / 3;
			RandomAccessInput slice = input.randomAccessSlice(offset, size - offset);
			RandomAccessInput whole = input.randomAccessSlice(0, size);
			for (int i = 0; i < 300; i++) {
				int at = random.nextInt(size - 7);
				assertEquals(expected.getLong(at), whole.readLong(at));
				assertEquals(expected.getInt(at), whole.readInt(at));
				assertEquals(expected.get(at), whole.readByte(at));
				if (at >= offset) {
					assertEquals(expected.getShort(at), slice.readShort(at - offset));
				}
			}
		}
	}

	@Test
	void lucenesHeadersFootersAndChecksumsPass() throws IOException {
		byte[] id = StringHelper.randomId();
		byte[] data = randomBytes(50_000);
		try (IndexOutput output = directory.createOutput(FILE, IOContext.DEFAULT)) {
			CodecUtil.writeIndexHeader(output, "EnlaceTest", 3, id, "suffix");
			output.writeBytes(data, data.length);
			CodecUtil.writeFooter(output);
		}

		try (IndexInput input = directory.openInput(FILE, IOContext.READONCE)) {
			CodecUtil.checksumEntireFile(input);
			assertEquals(3, CodecUtil.checkIndexHeader(input, "EnlaceTest", 0, 5, id, "suffix"));
		}
		try (ChecksumIndexInput input = directory.openChecksumInput(FILE)) {
			CodecUtil.checkIndexHeader(input, "EnlaceTest", 0, 5, id, "suffix");
			input.skipBytes(data.length);
			CodecUtil.checkFooter(input);
		}
	}

	/** Counter mode is not authenticated: Lucene's checksum over the plaintext is what notices a change. */
	@Test
	void aByteChangedOnDiskFailsTheChecksum() throws IOException {
		try (IndexOutput output = directory.createOutput(FILE, IOContext.DEFAULT)) {
			CodecUtil.writeHeader(output, "EnlaceTest", 1);
			output.writeBytes(randomBytes(5_000), 5_000);
			CodecUtil.writeFooter(output);
		}
		Path raw = folder.resolve(FILE);
		byte[] bytes = Files.readAllBytes(raw);
		bytes[EncryptedDirectory.HEADER_LENGTH + 2_500] ^= 0x20;
		Files.write(raw, bytes);

		try (IndexInput input = directory.openInput(FILE, IOContext.READONCE)) {
			assertThrows(CorruptIndexException.class, () -> CodecUtil.checksumEntireFile(input));
		}
	}

	@Test
	void aFileWrittenWithoutEncryptionIsCorruptNotGarbage() throws IOException {
		try (Directory plain = new NIOFSDirectory(folder);
				IndexOutput output = plain.createOutput(FILE, IOContext.DEFAULT)) {
			output.writeBytes(randomBytes(300), 300);
		}

		assertThrows(CorruptIndexException.class, () -> directory.openInput(FILE, IOContext.DEFAULT).close());
	}

	@Test
	void theDiskHoldsNoPlaintextAndEveryFileItsOwnIv() throws IOException {
		String sentence = "Ficticia Ordóñez, paso fronterizo ficticio número 7. ";
		byte[] text = sentence.repeat(200).getBytes(StandardCharsets.UTF_8);
		write("a", text);
		write("b", text);

		byte[] a = Files.readAllBytes(folder.resolve("a"));
		byte[] b = Files.readAllBytes(folder.resolve("b"));
		assertEquals(-1, DiskBytes.indexOf(a, "Ficticia".getBytes(StandardCharsets.UTF_8)));
		assertEquals(-1, DiskBytes.indexOf(a, "fronterizo".getBytes(StandardCharsets.UTF_8)));
		assertFalse(Arrays.equals(a, EncryptedDirectory.HEADER_LENGTH, a.length, b, EncryptedDirectory.HEADER_LENGTH,
				b.length), "the same text encrypts differently in each file");
	}

	@Test
	void tempOutputsRenamesAndCopiesStayEncrypted() throws IOException {
		byte[] data = randomBytes(3_000);
		String temp;
		try (IndexOutput output = directory.createTempOutput("sort", "tmp", IOContext.DEFAULT)) {
			temp = output.getName();
			output.writeBytes(data, data.length);
			assertEquals(crc(data), output.getChecksum());
		}
		assertEquals(data.length, directory.fileLength(temp));
		directory.rename(temp, "renamed");
		directory.sync(List.of("renamed"));
		directory.syncMetaData();
		assertArrayEquals(data, read("renamed"));

		byte[] text = "Ana Ficticia Quiñónez".getBytes(StandardCharsets.UTF_8);
		try (Directory plain = new NIOFSDirectory(folder.resolve("plain"))) {
			try (IndexOutput output = plain.createOutput("source", IOContext.DEFAULT)) {
				output.writeBytes(text, text.length);
			}
			directory.copyFrom(plain, "source", "copied", IOContext.DEFAULT);
		}
		assertArrayEquals(text, read("copied"));
		assertEquals(-1, DiskBytes.indexOf(Files.readAllBytes(folder.resolve("copied")), text));
	}

	@Test
	void theLockIsTheDelegatesPlainLock() throws IOException {
		try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			lock.ensureValid();
			assertThrows(LockObtainFailedException.class, () -> directory.obtainLock(IndexWriter.WRITE_LOCK_NAME));
			assertEquals(0, Files.size(folder.resolve(IndexWriter.WRITE_LOCK_NAME)));
		}
	}

	/** Many segments, merged into one, read by several threads: Lucene's own check finds nothing wrong. */
	@Test
	void luceneWritesMergesAndChecksAWholeIndexInIt() throws IOException {
		int documents = 6_000;
		int withWord = 0;
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new BilingualAnalyzer()))) {
			for (int i = 0; i < documents; i++) {
				boolean marked = random.nextInt(7) == 0;
				withWord += marked ? 1 : 0;
				Document document = new Document();
				document.add(new StringField("id", "doc-" + i, Field.Store.YES));
				document.add(new TextField("text", words(12) + (marked ? " lancha" : ""), Field.Store.NO));
				document.add(new NumericDocValuesField("n", i));
				writer.addDocument(document);
				if (i % 500 == 499) {
					writer.commit();
				}
			}
			writer.forceMerge(1);
			writer.commit();
		}

		try (CheckIndex check = new CheckIndex(directory)) {
			check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_SLOW_CHECKS);
			check.setThreadCount(3);
			CheckIndex.Status status = check.checkIndex();
			assertTrue(status.clean, "CheckIndex found problems");
			assertEquals(1, status.numSegments);
		}
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			assertEquals(documents, reader.numDocs());
			Term lancha = new Term("text", new BilingualAnalyzer().terms("lancha").getFirst());
			assertEquals(withWord, new IndexSearcher(reader).count(new TermQuery(lancha)));
		}
	}

	/** The JDK counts the counter block over all 128 bits; the position arithmetic must agree, carries and all. */
	@ParameterizedTest(name = "IV {0}")
	@ValueSource(strings = { "000102030405060708090a0b0c0d0e0f", "00000000000000fffffffffffffffffd",
			"fffffffffffffffffffffffffffffffe" })
	void theCounterOfAPositionIsWhereTheJdkGetsEncryptingFromTheStart(String hexIv) throws Exception {
		byte[] iv = HexFormat.of().parseHex(hexIv);
		Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, KEY, new IvParameterSpec(iv));
		byte[] fromStart = cipher.doFinal(new byte[16 * 6]);

		for (int block = 0; block < 6; block++) {
			cipher.init(Cipher.ENCRYPT_MODE, KEY, new IvParameterSpec(AesCtr.counterBlock(iv, block)));
			byte[] fromBlock = cipher.doFinal(new byte[16 * (6 - block)]);
			assertArrayEquals(Arrays.copyOfRange(fromStart, 16 * block, 16 * 6), fromBlock, "block " + block);
		}
		assertArrayEquals(HexFormat.of().parseHex("00000000000000010000000000000000"),
				AesCtr.counterBlock(HexFormat.of().parseHex("0000000000000000ffffffffffffffff"), 1));
		assertArrayEquals(new byte[16],
				AesCtr.counterBlock(HexFormat.of().parseHex("ffffffffffffffffffffffffffffffff"), 1));
	}

	private void assertReads(byte[] data, IndexInput input, int at, int length) throws IOException {
		input.seek(at);
		byte[] read = new byte[length];
		input.readBytes(read, 0, length);
		assertArrayEquals(Arrays.copyOfRange(data, at, at + length), read, () -> length + " bytes at " + at);
		assertEquals(at + length, input.getFilePointer());
	}

	/** Writes in pieces of every size, single bytes too; returns the output's checksum. */
	private long write(String name, byte[] data) throws IOException {
		try (IndexOutput output = directory.createOutput(name, IOContext.DEFAULT)) {
			for (int at = 0; at < data.length;) {
				int part = Math.min(data.length - at, random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(10_000));
				if (part == 1) {
					output.writeByte(data[at]);
				} else {
					output.writeBytes(data, at, part);
				}
				at += part;
				assertEquals(at, output.getFilePointer());
			}
			return output.getChecksum();
		}
	}

	private byte[] read(String name) throws IOException {
		try (IndexInput input = directory.openInput(name, IOContext.DEFAULT)) {
			return readAll(input);
		}
	}

	private static byte[] readAll(IndexInput input) throws IOException {
		byte[] bytes = new byte[(int) (input.length() - input.getFilePointer())];
		input.readBytes(bytes, 0, bytes.length);
		return bytes;
	}

	private byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		random.nextBytes(bytes);
		return bytes;
	}

	private String words(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(" palabra").append(random.nextInt(2_000));
		}
		return text.toString();
	}

	private static long crc(byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(data);
		return crc.getValue();
	}
}
