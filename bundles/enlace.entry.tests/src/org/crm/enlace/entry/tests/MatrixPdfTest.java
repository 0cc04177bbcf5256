package org.crm.enlace.entry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.entry.matrix.EntryMatrix;
import org.crm.enlace.entry.matrix.MatrixExport;
import org.crm.enlace.entry.matrix.MatrixExport.Format;
import org.crm.enlace.entry.matrix.MatrixFilter;
import org.crm.enlace.entry.matrix.MatrixRow;
import org.crm.enlace.entry.matrix.MatrixSort;
import org.crm.enlace.entry.matrix.MatrixTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The matrix's PDF export over the shipped data set, read back with OpenPDF's text extractor: pages with the header
 * repeated and numbered, a known nationality's codes, the legend, provenance and filters, the colours drawn, and a
 * cancelled export that leaves no file.
 */
class MatrixPdfTest {

	private static final Locale SPANISH = Locale.of("es");
	private static final EntryStores.TestClock CLOCK = new EntryStores.TestClock();
	/* The Okabe-Ito vermilion of VISA_REQUIRED (213, 94, 0) as OpenPDF writes a fill colour. */
	private static final String VERMILION_FILL = "0.83529 0.36863 0 rg";

	@TempDir
	static Path data;
	private static EntryMatrix matrix;

	@BeforeAll
	static void importAndRead() {
		matrix = EntryStores.shippedMatrix(data, CLOCK, SPANISH);
	}

	@Test
	void everyPageRepeatsTheHeaderAndIsNumberedAndTheFirstHoldsTitleLegendAndProvenance() throws IOException {
		List<MatrixRow> byName = matrix.rows().stream().sorted(MatrixSort.byName(SPANISH)).toList();
		// Kept under target/ for a person to look at, as the UI tests keep their screenshots.
		Path pdf = Files.createDirectories(Path.of("target", "exports")).resolve("matriz-de-ingreso.pdf");
		assertTrue(MatrixExport.write(table(byName, MatrixFilter.ALL), Format.PDF, pdf, Progress.NONE));

		List<String> pages = pages(pdf);
		assertTrue(pages.size() >= 3, "199 rows do not fit on " + pages.size() + " pages");
		String header = String.join(" ", matrix.destinations());
		for (int page = 0; page < pages.size(); page++) {
			String text = pages.get(page);
			assertTrue(text.contains("Nacionalidad") && flat(text).contains(header), "header on page " + (page + 1));
			assertTrue(text.contains("exportada el 2026-11-29; página " + (page + 1)), "footer of page " + (page + 1));
		}
		String first = pages.getFirst();
		assertTrue(first.contains("Matriz de autorización de ingreso"), first);
		assertTrue(first.contains("Exportada el 2026-11-29; sin filtros"), first);
		assertTrue(first.contains("passport-index, passportindex.org") && first.contains("(2.189 reglas)"), first);
		assertTrue(first.contains("NO oficial"), first);
		assertTrue(first.contains("2.189 de 2.189 reglas mostradas están sin confirmar"), first);
		for (String legend : List.of("VIS = Visa previa", "DNI = Documento nacional de identidad (CA-4)",
				"PROP = País propio", "? = sin confirmar por el país de destino")) {
			assertTrue(flat(first).contains(legend), legend + " in the legend");
		}
		assertTrue(first.indexOf("Afganistán") < first.indexOf("Albania"), "in the order shown");
		String all = flat(String.join("\n", pages));
		assertTrue(all.contains("HND Honduras Centroamérica"), "Honduras's row");
		String honduras = all.substring(all.indexOf("HND Honduras Centroamérica"));
		List<String> cells = cells(honduras.substring("HND Honduras Centroamérica ".length()));
		assertEquals(matrix.destinations().size(), cells.size(), honduras);
		for (String ca4 : List.of("GTM", "SLV", "NIC")) {
			assertEquals("DNI ?", cells.get(matrix.destinations().indexOf(ca4)), "CA-4: " + ca4);
		}
		assertEquals("PROP ?", cells.get(matrix.destinations().indexOf("HND")));
		assertTrue(content(pdf, 1).contains(VERMILION_FILL), "cells are filled with their requirement's colour");
	}

	@Test
	void whatIsShownIsExportedAndTheTitleNamesTheFilters(@TempDir Path folder) throws IOException {
		MatrixFilter filter = MatrixFilter.ALL.withRegions(Set.of("CENTRAL_AMERICA")).withFind("hond");
		Path pdf = folder.resolve("hn.pdf");
		assertTrue(MatrixExport.write(table(filter.apply(matrix.rows()), filter), Format.PDF, pdf, Progress.NONE));
		List<String> pages = pages(pdf);
		assertEquals(1, pages.size());
		String text = flat(pages.getFirst());
		assertTrue(text.contains("filtros: región Centroamérica; nombre o código con «hond»"), text);
		assertTrue(text.contains("HND Honduras") && !text.contains("GTM Guatemala"), text);
		assertTrue(text.contains("11 de 11 reglas mostradas"), text);
	}

	@Test
	void aCancelledPdfLeavesNoFile(@TempDir Path folder) throws IOException {
		Path pdf = folder.resolve("m.pdf");
		Progress cancelAfterFifty = new Progress() {
			private long done;

			@Override
			public void worked(long rows, long total) {
				done = rows;
			}

			@Override
			public boolean isCancelled() {
				return done >= 50;
			}
		};
		assertFalse(MatrixExport.write(table(matrix.rows(), MatrixFilter.ALL), Format.PDF, pdf, cancelAfterFifty));
		try (var left = Files.list(folder)) {
			assertEquals(List.of(), left.toList(), "no file, not even a temporary one");
		}
	}

	private static MatrixTable table(List<MatrixRow> rows, MatrixFilter filter) {
		return MatrixTable.of(rows, matrix.destinations(), filter, CLOCK.today(), SPANISH);
	}

	private static List<String> pages(Path pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(extractor.getTextFromPage(page));
			}
			return pages;
		} finally {
			reader.close();
		}
	}

	/** A page's content stream, where the drawing operators are. */
	private static String content(Path pdf, int page) throws IOException {
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			return new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1);
		} finally {
			reader.close();
		}
	}

	/* Line breaks and runs of spaces as single spaces: the extractor's layout is not what is checked. */
	private static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/* The cells after a row's fixed columns: each a code, maybe days, maybe the mark ("SV 90 ?", "VIS ?"). */
	private static List<String> cells(String rest) {
		List<String> cells = new ArrayList<>();
		java.util.regex.Matcher cell = java.util.regex.Pattern.compile("\\G([A-Za-z]+(?: \\d+)?(?: \\?)?) ?")
				.matcher(rest);
		while (cells.size() < matrix.destinations().size() && cell.find()) {
			cells.add(cell.group(1));
		}
		return cells;
	}
}
