package org.crm.enlace.training.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.crm.enlace.training.internal.Messages;

/**
 * Reads the first worksheet of an XLSX file with the JDK alone (its ZIP and StAX): shared and inline strings,
 * numbers, booleans, and numbers whose cell format is a date, which come out as ISO 8601 days. Rows the file
 * leaves out between written rows come out empty. No DTD, no external entity, and at most {@link #MAX_BYTES}
 * uncompressed bytes are read, so a hostile file can neither reach out nor exhaust memory.
 */
final class XlsxSheet {

	static final long MAX_BYTES = 256L * 1024 * 1024;
	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	/** Excel's built-in number formats that show a date. */
	private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 22, 27, 30, 36, 50, 57);

	private final Map<String, byte[]> parts;
	private final List<String> sharedStrings = new ArrayList<>();
	private final List<Boolean> dateStyles = new ArrayList<>();
	private LocalDate epoch = LocalDate.of(1899, 12, 30);

	private XlsxSheet(Map<String, byte[]> parts) {
		this.parts = parts;
	}

	static List<SheetRow> read(Path file) throws IOException {
		XlsxSheet sheet;
		try {
			sheet = new XlsxSheet(unzip(file));
		} catch (ZipException e) {
			throw new IOException(Messages.get("import.notXlsx"), e);
		}
		try {
			String worksheet = sheet.firstWorksheet();
			sheet.readSharedStrings();
			sheet.readStyles();
			return sheet.rows(worksheet);
		} catch (XMLStreamException | RuntimeException e) {
			throw new IOException(Messages.get("import.notXlsx"), e);
		}
	}

	/** Reads the parts under {@code xl/} through the ZIP's central directory, as spreadsheet programs do. */
	private static Map<String, byte[]> unzip(Path file) throws IOException {
		Map<String, byte[]> parts = new HashMap<>();
		long total = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			byte[] buffer = new byte[65536];
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				if (!entry.getName().startsWith("xl/") || entry.isDirectory()) {
					continue;
				}
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n; (n = in.read(buffer)) > 0;) {
						total += n;
						if (total > MAX_BYTES) {
							throw new IOException(Messages.format("import.tooLarge", MAX_BYTES / (1024 * 1024)));
						}
						bytes.write(buffer, 0, n);
					}
				}
				parts.put(entry.getName(), bytes.toByteArray());
			}
		}
		if (!parts.containsKey("xl/workbook.xml")) {
			throw new IOException(Messages.get("import.notXlsx"));
		}
		return parts;
	}

	private String firstWorksheet() throws XMLStreamException {
		String relationId = null;
		XMLStreamReader xml = open("xl/workbook.xml");
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT) {
				if (xml.getLocalName().equals("workbookPr") && isTrue(xml.getAttributeValue(null, "date1904"))) {
					epoch = LocalDate.of(1904, 1, 1);
				} else if (xml.getLocalName().equals("sheet") && relationId == null) {
					relationId = xml.getAttributeValue(RELATIONSHIPS, "id");
				}
			}
		}
		XMLStreamReader rels = open("xl/_rels/workbook.xml.rels");
		while (rels.hasNext()) {
			if (rels.next() == XMLStreamConstants.START_ELEMENT && rels.getLocalName().equals("Relationship")
					&& rels.getAttributeValue(null, "Id").equals(relationId)) {
				String target = rels.getAttributeValue(null, "Target");
				return target.startsWith("/") ? target.substring(1) : "xl/" + target;
			}
		}
		throw new IllegalStateException("workbook without a worksheet");
	}

	private void readSharedStrings() throws XMLStreamException {
		if (!parts.containsKey("xl/sharedStrings.xml")) {
			return;
		}
		XMLStreamReader xml = open("xl/sharedStrings.xml");
		StringBuilder text = null;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
				text = new StringBuilder();
			} else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("t") && text != null) {
				text.append(xml.getElementText());
			} else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("rPh")) {
				skip(xml); // phonetic reading of East Asian text, not part of the value
			} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("si")) {
				sharedStrings.add(text.toString());
				text = null;
			}
		}
	}

	private void readStyles() throws XMLStreamException {
		if (!parts.containsKey("xl/styles.xml")) {
			return;
		}
		Map<Integer, Boolean> customDates = new HashMap<>();
		boolean inCellFormats = false;
		XMLStreamReader xml = open("xl/styles.xml");
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
				case "numFmt" -> customDates.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")),
						isDateFormat(xml.getAttributeValue(null, "formatCode")));
				case "cellXfs" -> inCellFormats = true;
				case "xf" -> {
					if (inCellFormats) {
						String id = xml.getAttributeValue(null, "numFmtId");
						int format = id == null ? 0 : Integer.parseInt(id);
						dateStyles.add(BUILT_IN_DATES.contains(format) || customDates.getOrDefault(format, false));
					}
				}
				default -> {
				}
				}
			} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
				inCellFormats = false;
			}
		}
	}

	/** A format shows a date when, outside quoted text and [colour or locale] brackets, it has a d or a y. */
	static boolean isDateFormat(String code) {
		String bare = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").toLowerCase(java.util.Locale.ROOT);
		return bare.contains("d") || bare.contains("y");
	}

	private List<SheetRow> rows(String worksheet) throws XMLStreamException {
		List<SheetRow> rows = new ArrayList<>();
		XMLStreamReader xml = open(worksheet);
		List<String> cells = null;
		int rowNumber = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
				String r = xml.getAttributeValue(null, "r");
				int number = r == null ? rowNumber + 1 : Integer.parseInt(r);
				for (int gap = rowNumber + 1; gap < number; gap++) {
					rows.add(new SheetRow(gap, List.of()));
				}
				rowNumber = number;
				cells = new ArrayList<>();
			} else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
				int column = column(xml.getAttributeValue(null, "r"), cells.size());
				String value = cell(xml);
				while (cells.size() < column) {
					cells.add("");
				}
				cells.add(value.trim());
			} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
				rows.add(new SheetRow(rowNumber, cells));
			}
		}
		return rows;
	}

	/** Reads one {@code <c>} element to its end and gives its value as text. */
	private String cell(XMLStreamReader xml) throws XMLStreamException {
		String type = xml.getAttributeValue(null, "t");
		String style = xml.getAttributeValue(null, "s");
		String value = "";
		StringBuilder inline = new StringBuilder();
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("v")) {
				value = xml.getElementText();
			} else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("t")) {
				inline.append(xml.getElementText());
			} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
				break;
			}
		}
		if (type == null || type.equals("n")) {
			return value.isEmpty() ? "" : number(value, style == null ? 0 : Integer.parseInt(style));
		}
		return switch (type) {
		case "s" -> sharedStrings.get(Integer.parseInt(value.trim()));
		case "inlineStr" -> inline.toString();
		case "b" -> value.equals("1") ? "TRUE" : "FALSE";
		default -> value; // "str" (a formula's text) and "e" (an error such as #N/A)
		};
	}

	private String number(String value, int style) {
		BigDecimal number = new BigDecimal(value);
		if (style < dateStyles.size() && dateStyles.get(style)) {
			return epoch.plusDays(number.longValue()).toString();
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
	}

	/** The 0-based column of a reference such as {@code AB12}, or the next one when the cell has none. */
	static int column(String reference, int next) {
		if (reference == null) {
			return next;
		}
		int column = 0;
		for (char c : reference.toCharArray()) {
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	private XMLStreamReader open(String part) throws XMLStreamException {
		byte[] bytes = parts.get(part);
		if (bytes == null) {
			throw new IllegalStateException("missing part " + part);
		}
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
	}

	private static void skip(XMLStreamReader xml) throws XMLStreamException {
		for (int depth = 1; depth > 0;) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private static boolean isTrue(String value) {
		return "1".equals(value) || "true".equals(value);
	}
}
