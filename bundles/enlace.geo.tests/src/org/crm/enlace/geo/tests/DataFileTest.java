package org.crm.enlace.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.crm.enlace.geo.Boundaries;
import org.crm.enlace.geo.Gazetteer;
import org.crm.enlace.geo.Place;
import org.junit.jupiter.api.Test;

/** The readers of the two data formats on crafted files: what they accept and what they refuse. */
class DataFileTest {

	private static final String HEADER = "# a crafted places file\n";

	@Test
	void aPlacesFileOutOfNameOrderIsSortedOnReading() throws IOException {
		Gazetteer gazetteer = Gazetteer.read(HEADER
				+ "3\tÚltimo\tGTM\t01\tPPL\t15\t-90.5\t1000\n"
				+ "1\tZacapa\tGTM\t19\tPPLA\t14.97222\t-89.53056\t36088\n"
				+ "2\tantigua Guatemala\tGTM\t16\tPPLA\t14.56111\t-90.73444\t39368\n"
				+ "4\tÁlamo\tMEX\t30\tPPL\t-0.5\t-97.68\t1200\n");
		assertEquals(4, gazetteer.size());
		assertEquals(List.of("Último"), names(gazetteer.find("ULT", "GTM", 5)));
		assertEquals(List.of("antigua Guatemala"), names(gazetteer.find("Antigua", "GTM", 5)));
		assertEquals(List.of("Zacapa"), names(gazetteer.find("z", "GTM", 5)));
		Place alamo = gazetteer.find("alamo", "MEX", 1).get(0);
		assertEquals(-0.5, alamo.latitude(), 1e-12, "a latitude between 0 and -1 keeps its sign");
		assertEquals(-97.68, alamo.longitude(), 1e-12);
		assertEquals(List.of("antigua Guatemala", "Zacapa", "Último"), names(gazetteer.find("", "GTM", 5)),
				"an empty prefix lists the country, the most populous first");
	}

	@Test
	void aPlacesLineWithMissingColumnsOrABadNumberIsRefused() {
		IOException columns = assertThrows(IOException.class,
				() -> Gazetteer.read(HEADER + "1\tZacapa\tGTM\t19\tPPLA\t14.97\n"));
		assertEquals("line 2: 6 columns, not 8", columns.getMessage());
		assertThrows(IOException.class, () -> Gazetteer.read(HEADER + "1\tZacapa\tGTM\t19\tPPLA\tnorth\t-89\t3\n"));
	}

	@Test
	void aFileThatIsNotABoundaryFileIsRefused() {
		assertThrows(IOException.class, () -> Boundaries.read("GIF89a".getBytes(StandardCharsets.US_ASCII)));
		assertThrows(IOException.class, () -> Boundaries.read("EGB1".getBytes(StandardCharsets.US_ASCII)),
				"cut short after the magic");
	}

	private static List<String> names(List<Place> places) {
		return places.stream().map(Place::name).toList();
	}
}
