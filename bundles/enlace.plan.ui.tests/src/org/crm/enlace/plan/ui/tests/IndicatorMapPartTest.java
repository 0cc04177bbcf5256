package org.crm.enlace.plan.ui.tests;

import static org.crm.enlace.plan.ui.tests.PlanBench.PRESIDENCY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;

import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.plan.ui.IndicatorMapPart;
import org.crm.enlace.plan.ui.internal.map.ChoroplethPainter;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The indicator map on the seed plan with an area that counts something per country for nine members (Belize and
 * Nicaragua without data): the table beside the map holds each member's value and class, the map shows the classes
 * in shades and the members without data in white, and the Excel export writes the plan's indicators.
 */
class IndicatorMapPartTest {

	/* Nine values spread over four classes; BLZ and NIC have none. */
	private static final Map<String, BigDecimal> COUNTS = Map.of("CAN", number(1), "USA", number(3), "SLV",
			number(5), "PAN", number(8), "GTM", number(12), "DOM", number(17), "CRI", number(20), "HND", number(30),
			"MEX", number(45));
	private static final RGB DARKEST = new RGB(8, 81, 156);
	private static final RGB NO_DATA = new RGB(255, 255, 255);

	@TempDir
	Path data;
	@TempDir
	Path files;

	@Test
	void eachMemberIsShadedLabelledAndListedWithItsValueOrSinDato() throws IOException {
		ServiceRegistration<IndicatorSource> source = register();
		try (RecordStore store = PlanBench.open(data, PRESIDENCY);
				PartHost bench = PlanBench.host(IndicatorMapPart.class, store, PRESIDENCY, Map.of())) {
			IndicatorMapPart part = bench.part(IndicatorMapPart.class);
			assertEquals(IndicatorCodes.INFORMATION_AVAILABLE, part.selected().orElseThrow().indicator());

			Table table = bench.widgets().find("plan.map.table", Table.class);
			assertEquals(11, table.getItemCount(), "every member");
			assertEquals("GTM", table.getItem(row(table, "GTM")).getText(1));
			assertEquals("12", table.getItem(row(table, "GTM")).getText(2));
			assertEquals("1 de 4: 1 \u2013 12", table.getItem(row(table, "GTM")).getText(3));
			assertEquals("4 de 4: 34 \u2013 45", table.getItem(row(table, "MEX")).getText(3));
			assertEquals("sin dato", table.getItem(row(table, "BLZ")).getText(2));
			assertEquals("sin dato", table.getItem(row(table, "NIC")).getText(3));
			assertEquals("BLZ sin dato", ChoroplethPainter.label("BLZ", null));

			Path shot = Screenshots.saveForReview(bench.widgets().find("plan.map.canvas", Canvas.class), "plan-indicator-map");
			ImageData image = new ImageLoader().load(shot.toString())[0];
			assertTrue(count(image, DARKEST) > 200, "Mexico, the largest value, in the darkest shade");
			assertTrue(count(image, NO_DATA) > 50, "Belize and Nicaragua without data, in white");
			Screenshots.saveForReview(bench.shell(), "plan-indicator-map-part");
		} finally {
			source.unregister();
		}
	}

	@Test
	void theExportWritesEveryIndicatorOfThePlanAndTheCountries() throws IOException {
		ServiceRegistration<IndicatorSource> source = register();
		try (RecordStore store = PlanBench.open(data, PRESIDENCY);
				PartHost bench = PlanBench.host(IndicatorMapPart.class, store, PRESIDENCY, Map.of())) {
			Path file = files.resolve("indicadores.xlsx");
			bench.part(IndicatorMapPart.class).writeWorkbook(file);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
						StandardCharsets.UTF_8);
				IndicatorCodes.SEED.forEach(code -> assertTrue(strings.contains(code), code));
				String workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
						StandardCharsets.UTF_8);
				assertEquals(2, workbook.split("<sheet ").length - 1, "the indicators and the countries: " + workbook);
				String countries = new String(
						zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
						StandardCharsets.UTF_8);
				assertEquals(COUNTS.size(), countries.split("<row ").length - 2, "a row per country with a value");
			}
		} finally {
			source.unregister();
		}
	}

	/* An area counting something per member: the total, and the counts as the breakdown. */
	private record CountsSource(Map<String, BigDecimal> counts) implements IndicatorSource {

		@Override
		public String indicator() {
			return IndicatorCodes.INFORMATION_AVAILABLE;
		}

		@Override
		public Optional<IndicatorValue> compute(RecordRepository records, LocalDate asOf) {
			BigDecimal total = counts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			return Optional.of(new IndicatorValue(indicator(), total, Optional.empty(), "members", asOf,
					"test area: counts per country", counts));
		}
	}

	private static ServiceRegistration<IndicatorSource> register() {
		return FrameworkUtil.getBundle(IndicatorMapPartTest.class).getBundleContext()
				.registerService(IndicatorSource.class, new CountsSource(COUNTS), null);
	}

	private static int row(Table table, String code) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(1).equals(code)) {
				return i;
			}
		}
		throw new AssertionError("no row " + code);
	}

	private static int count(ImageData image, RGB colour) {
		int found = 0;
		for (int y = 0; y < image.height; y++) {
			for (int x = 0; x < image.width; x++) {
				if (image.palette.getRGB(image.getPixel(x, y)).equals(colour)) {
					found++;
				}
			}
		}
		return found;
	}

	private static BigDecimal number(int value) {
		return BigDecimal.valueOf(value);
	}
}
