package org.crm.enlace.linkage.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.crm.enlace.linkage.BloomFilterEncoder;
import org.crm.enlace.linkage.EncodedPerson;
import org.crm.enlace.linkage.EncodedPersonsJsonLines;
import org.crm.enlace.linkage.Person;
import org.crm.enlace.linkage.PersonDocument;
import org.crm.enlace.linkage.PersonInputException;
import org.junit.jupiter.api.Test;

/** The exchange file of encoded persons: what is written is read back bit for bit, with its key id and parameters. */
class EncodedPersonsJsonLinesTest {

	private static final BloomFilterEncoder ENCODER = new BloomFilterEncoder(
			"a network secret of the test".getBytes(StandardCharsets.UTF_8));

	@Test
	void encodingsRoundTripWithTheirHeader() throws Exception {
		Person person = new Person("gt-1", "María José", "de la Cruz", "Nuñez", null, "1990-05-04", "F", "HND",
				List.of(new PersonDocument("P", "A1234567", "HND", null)), null);
		EncodedPerson encoded = ENCODER.encode(person).withOwner("GTM");
		StringWriter file = new StringWriter();
		EncodedPersonsJsonLines.writeHeader(ENCODER.keyId(), BloomFilterEncoder.PARAMETERS, file);
		EncodedPersonsJsonLines.write(encoded, file);
		EncodedPersonsJsonLines.write(ENCODER.encode(new Person("gt-2", null, null, null, null, null, null, null,
				List.of(), null)), file);
		List<EncodedPerson> read = new ArrayList<>();
		EncodedPersonsJsonLines.Header header = EncodedPersonsJsonLines
				.read(new BufferedReader(new StringReader(file.toString())), new HashSet<>(), read::addAll);
		assertEquals(ENCODER.keyId(), header.keyId());
		assertNull(header.parameters().firstDifference(BloomFilterEncoder.PARAMETERS));
		assertEquals(2, read.size());
		EncodedPerson back = read.get(0);
		assertEquals("GTM", back.owner());
		assertArrayEquals(encoded.bits(), back.bits());
		assertArrayEquals(encoded.blockingKeys(), back.blockingKeys());
		assertArrayEquals(encoded.documents(), back.documents());
		assertNull(read.get(1).owner());
	}

	@Test
	void theKeyIdTellsSecretsApartAndIsStable() {
		assertEquals(16, ENCODER.keyId().length());
		assertEquals(ENCODER.keyId(),
				new BloomFilterEncoder("a network secret of the test".getBytes(StandardCharsets.UTF_8)).keyId());
		assertNotEquals(ENCODER.keyId(),
				new BloomFilterEncoder("another secret of the test".getBytes(StandardCharsets.UTF_8)).keyId());
	}

	@Test
	void aFileWithoutTheHeaderOrWithADuplicateIdIsRefusedByLine() throws Exception {
		PersonInputException noHeader = assertThrows(PersonInputException.class,
				() -> EncodedPersonsJsonLines.read(new BufferedReader(new StringReader("{\"id\":\"a\"}\n")),
						new HashSet<>(), batch -> {
						}));
		assertEquals(PersonInputException.Problem.NOT_ENCODED, noHeader.problem());
		StringWriter file = new StringWriter();
		EncodedPersonsJsonLines.writeHeader(ENCODER.keyId(), BloomFilterEncoder.PARAMETERS, file);
		EncodedPerson person = ENCODER.encode(new Person("a", "Ana", "Paz", null, null, null, null, null, List.of(),
				null));
		EncodedPersonsJsonLines.write(person, file);
		EncodedPersonsJsonLines.write(person, file);
		PersonInputException duplicate = assertThrows(PersonInputException.class,
				() -> EncodedPersonsJsonLines.read(new BufferedReader(new StringReader(file.toString())),
						new HashSet<>(), batch -> {
						}));
		assertEquals(PersonInputException.Problem.DUPLICATE_ID, duplicate.problem());
		assertEquals(3, duplicate.line());
	}
}
