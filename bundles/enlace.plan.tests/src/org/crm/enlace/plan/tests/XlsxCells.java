package org.crm.enlace.plan.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XLSX file read back with the JDK alone, as tests need it: each sheet's cells by reference ("B2") with their text
 * (shared or inline strings resolved, numbers as written), and the sheets' names in order.
 */
record XlsxCells(List<String> sheetNames, List<Map<String, String>> sheets) {

	static XlsxCells read(byte[] xlsx, Path folder) throws IOException {
		// ZipFile reads the central directory: streamed entries carry their sizes only after their data.
		Path file = Files.createTempFile(folder, "workbook", ".xlsx");
		Files.write(file, xlsx);
		try (ZipFile zip = new ZipFile(file.toFile())) {
			List<String> strings = new ArrayList<>();
			ZipEntry shared = zip.getEntry("xl/sharedStrings.xml");
			if (shared != null) {
				forEach(zip.getInputStream(shared).readAllBytes(), "si",
						reader -> strings.add(text(reader, "si")));
			}
			List<String> names = new ArrayList<>();
			forEach(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), "sheet",
					reader -> names.add(reader.getAttributeValue(null, "name")));
			List<Map<String, String>> sheets = new ArrayList<>();
			for (int i = 1; i <= names.size(); i++) {
				Map<String, String> cells = new LinkedHashMap<>();
				forEach(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + i + ".xml")).readAllBytes(), "c",
						reader -> {
							String reference = reader.getAttributeValue(null, "r");
							String type = reader.getAttributeValue(null, "t");
							String value = text(reader, "c");
							cells.put(reference, "s".equals(type) ? strings.get(Integer.parseInt(value)) : value);
						});
				sheets.add(cells);
			}
			return new XlsxCells(List.copyOf(names), List.copyOf(sheets));
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	/** A cell's text, or empty when the cell is not written. */
	String cell(int sheet, String reference) {
		return sheets.get(sheet).getOrDefault(reference, "");
	}

	/** How many rows a sheet has, its header included. */
	long rows(int sheet) {
		return sheets.get(sheet).keySet().stream().map(r -> r.replaceAll("[A-Z]", "")).distinct().count();
	}

	private interface Visitor {
		void element(XMLStreamReader reader) throws XMLStreamException;
	}

	private static void forEach(byte[] xml, String element, Visitor visitor) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
		while (reader.hasNext()) {
			if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(element)) {
				visitor.element(reader);
			}
		}
	}

	/* The text of every <t> or <v> inside the element the reader stands on, up to its end. */
	private static String text(XMLStreamReader reader, String element) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		boolean inText = false;
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				inText = reader.getLocalName().equals("t") || reader.getLocalName().equals("v");
			} else if (event == XMLStreamConstants.CHARACTERS && inText) {
				text.append(reader.getText());
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				if (reader.getLocalName().equals(element)) {
					return text.toString();
				}
				inText = false;
			}
		}
		return text.toString();
	}
}
