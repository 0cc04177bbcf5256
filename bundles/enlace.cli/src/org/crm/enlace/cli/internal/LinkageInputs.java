package org.crm.enlace.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crm.enlace.linkage.BloomFilterEncoder;
import org.crm.enlace.linkage.EncodedLinkage;
import org.crm.enlace.linkage.EncodedPersonsJsonLines;
import org.crm.enlace.linkage.Linkage;
import org.crm.enlace.linkage.PersonInputException;
import org.crm.enlace.linkage.PersonsJsonLines;

/**
 * The input files of {@code match}: all of plain persons or all of encoded persons (never both), ids unique across
 * them. Encoded files must carry this Enlace's encoding parameters and one key id, the secret file's when one is
 * given. Refusals name files, parameters and key ids, never a person's data.
 */
final class LinkageInputs {

	/** A bad line of one of the files: which file, and the line's problem. */
	static final class BadLine extends Exception {

		private static final long serialVersionUID = 1L;
		final transient Path file;
		final PersonInputException problem;

		BadLine(Path file, PersonInputException problem) {
			super(problem.getMessage());
			this.file = file;
			this.problem = problem;
		}
	}

	private LinkageInputs() {
	}

	/** Whether the file starts with the header of encoded persons. */
	static boolean encoded(Path file) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String first = reader.readLine();
			return first != null && EncodedPersonsJsonLines.isHeader(first);
		}
	}

	/** Plain persons of every file into {@code linkage}; the number read. */
	static long readPlain(List<Path> files, Linkage linkage) throws IOException, BadLine {
		Set<String> ids = new HashSet<>();
		long count = 0;
		for (Path file : files) {
			try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				count += PersonsJsonLines.read(reader, ids, linkage::add);
			} catch (PersonInputException e) {
				throw new BadLine(file, e);
			}
		}
		return count;
	}

	/**
	 * Encoded persons of every file into {@code linkage}; the number read. {@code secret} is null or the secret the
	 * files must have been encoded with.
	 */
	static long readEncoded(List<Path> files, byte[] secret, EncodedLinkage linkage) throws IOException, BadLine {
		Set<String> ids = new HashSet<>();
		String keyId = secret == null ? null : new BloomFilterEncoder(secret).keyId();
		String keySource = Messages.get("match.secretFile");
		long count = 0;
		for (Path file : files) {
			try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				EncodedPersonsJsonLines.Header header = EncodedPersonsJsonLines.readHeader(reader);
				String difference = header.parameters().firstDifference(BloomFilterEncoder.PARAMETERS);
				if (difference != null) {
					throw new IllegalArgumentException(Messages.format("match.otherParameters", file, difference));
				}
				if (keyId == null) {
					keyId = header.keyId();
					keySource = file.toString();
				} else if (!keyId.equals(header.keyId())) {
					throw new IllegalArgumentException(
							Messages.format("match.otherKey", file, header.keyId(), keySource, keyId));
				}
				long[] read = { 0 };
				EncodedPersonsJsonLines.readPersons(reader, header, ids, batch -> {
					read[0] += batch.size();
					linkage.addEncoded(batch);
				});
				count += read[0];
			} catch (PersonInputException e) {
				throw new BadLine(file, e);
			}
		}
		return count;
	}
}
