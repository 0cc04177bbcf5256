package org.crm.enlace.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.plan.IndicatorReading;
import org.crm.enlace.plan.IndicatorWorkbook;
import org.crm.enlace.plan.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook read back cell by cell: one row per indicator whatever its provenance, values and targets as numbers,
 * an indicator without a value leaves its cell empty; the second sheet holds each country of each breakdown.
 */
class IndicatorWorkbookTest {

	private static final LocalDate AS_OF = LocalDate.parse("2026-09-30");
	private static final IndicatorReading COMPUTED = new IndicatorReading("IE-O1-I1", "information.available",
			"Información disponible", "Information available", Optional.of(BigDecimal.valueOf(2)),
			Optional.of(BigDecimal.valueOf(11)), "members", AS_OF, Provenance.COMPUTED, "enlace.compliance",
			Optional.of(AS_OF), "tablero: 11 miembros", Map.of("HND", BigDecimal.ONE, "GTM", BigDecimal.ONE,
					"CRI", BigDecimal.ZERO));
	private static final IndicatorReading ENTERED = new IndicatorReading("IE-O2-I1", "officials.trained",
			"Funcionarios capacitados", "Officials trained", Optional.of(new BigDecimal("120.5")), Optional.empty(),
			"officials", AS_OF, Provenance.ENTERED, "XST", Optional.of(LocalDate.parse("2026-05-31")),
			"informe ficticio", Map.of());
	private static final IndicatorReading NONE = new IndicatorReading("IE-O3-I1", "victims.fewer",
			"Menor número de víctimas", "", Optional.empty(), Optional.empty(), "victims", AS_OF, Provenance.NONE, "",
			Optional.empty(), "", Map.of());

	@TempDir
	Path folder;

	@Test
	void everyIndicatorIsARowWithItsValueTargetUnitDaysAndProvenance() throws IOException {
		XlsxCells book = write(Locale.of("es"));
		assertEquals(List.of("Indicadores", "Por país"), book.sheetNames());
		assertEquals(4, book.rows(0), "the header and three indicators");
		assertEquals("Clave", book.cell(0, "B1"));
		assertEquals("Procedencia", book.cell(0, "K1"));
		assertEquals("PLAN-X", book.cell(0, "A2"));
		assertEquals("IE-O1-I1", book.cell(0, "B2"));
		assertEquals("information.available", book.cell(0, "C2"));
		assertEquals("Información disponible", book.cell(0, "D2"));
		assertEquals("Information available", book.cell(0, "E2"));
		assertEquals("2", book.cell(0, "F2"));
		assertEquals("11", book.cell(0, "G2"));
		assertEquals("miembros", book.cell(0, "H2"));
		assertEquals("2026-09-30", book.cell(0, "I2"));
		assertEquals("calculado", book.cell(0, "K2"));
		assertEquals("enlace.compliance", book.cell(0, "L2"));
		assertEquals("tablero: 11 miembros", book.cell(0, "M2"));
		assertEquals("120.5", book.cell(0, "F3"));
		assertEquals("", book.cell(0, "G3"), "no target");
		assertEquals("2026-05-31", book.cell(0, "J3"), "the day the value was entered for");
		assertEquals("registrado", book.cell(0, "K3"));
		assertEquals("XST", book.cell(0, "L3"));
		assertEquals("", book.cell(0, "F4"), "no value: an empty cell, not a zero");
		assertEquals("sin valor", book.cell(0, "K4"));
		assertEquals("víctimas", book.cell(0, "H4"));
	}

	@Test
	void theSecondSheetHoldsEachCountryOfEachBreakdownInCodeOrder() throws IOException {
		XlsxCells book = write(Locale.of("es"));
		assertEquals(4, book.rows(1), "the header and the three countries of the only breakdown");
		assertEquals("País", book.cell(1, "D1"));
		assertEquals(List.of("CRI", "GTM", "HND"),
				List.of(book.cell(1, "D2"), book.cell(1, "D3"), book.cell(1, "D4")));
		assertEquals(List.of("0", "1", "1"), List.of(book.cell(1, "E2"), book.cell(1, "E3"), book.cell(1, "E4")));
		assertEquals("information.available", book.cell(1, "C3"));
		assertEquals("2026-09-30", book.cell(1, "G3"));
	}

	@Test
	void headersAndWordsFollowTheReadersLanguage() throws IOException {
		XlsxCells book = write(Locale.ENGLISH);
		assertEquals(List.of("Indicators", "By country"), book.sheetNames());
		assertEquals("Provenance", book.cell(0, "K1"));
		assertEquals("computed", book.cell(0, "K2"));
		assertEquals("members", book.cell(0, "H2"));
		assertEquals("Información disponible", book.cell(0, "D2"), "the plan's own texts stay as written");
	}

	private XlsxCells write(Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		IndicatorWorkbook.write("PLAN-X", List.of(COMPUTED, ENTERED, NONE), locale, out);
		return XlsxCells.read(out.toByteArray(), folder);
	}
}
