package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.core.io.WholeFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written whole or not at all: replaced when the content is written, untouched when writing fails. */
class WholeFileTest {

	@TempDir
	Path folder;

	@Test
	void writtenContentReplacesTheFileAndLeavesNothingElse() throws IOException {
		Path target = folder.resolve("informe.pdf");
		Files.writeString(target, "old");
		WholeFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
		assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
		assertEquals(List.of(target), Files.list(folder).toList());
	}

	@Test
	void aFailureLeavesTheFileAsItWasAndNoPartialFile() throws IOException {
		Path target = folder.resolve("export.xlsx");
		Files.writeString(target, "old");
		assertThrows(IllegalStateException.class, () -> WholeFile.write(target, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IllegalStateException("refused half way");
		}));
		assertEquals("old", Files.readString(target));
		assertEquals(List.of(target), Files.list(folder).toList());

		Path absent = folder.resolve("certificado.pdf");
		assertThrows(IOException.class, () -> WholeFile.write(absent, out -> {
			throw new IOException("disk full");
		}));
		assertEquals(List.of(target), Files.list(folder).toList(), "no file where none was");
	}
}
