package org.crm.enlace.campaigns.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.crm.enlace.campaigns.Campaigns;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.statistics.FewerVictims;
import org.crm.enlace.campaigns.statistics.ImportReport;
import org.crm.enlace.campaigns.statistics.TrendPoint;
import org.crm.enlace.campaigns.statistics.TrendSeries;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.campaigns.ui.CampaignsPart;
import org.crm.enlace.campaigns.ui.TrendGeometry;
import org.crm.enlace.campaigns.ui.TrendGeometry.Bar;
import org.crm.enlace.campaigns.ui.TrendGeometry.Box;
import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaigns part made by E4's injector in a real SWT shell (under Xvfb in the build) on a real Derby store
 * holding the campaigns' demo data: the project, adaptations, calendar and materials; the trend chart with its
 * campaign bands; an import with bad rows that saves nothing, then a good one; the publication export.
 */
class CampaignsPartTest {

	private static final NodeKeys KEYS = NodeKeys.generate();
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	private static final String HEADER = "country,period_start,period_end,population,sex,age_group,exploitation,"
			+ "nationality,count\n";

	@TempDir
	Path data;
	@TempDir
	Path files;

	private RecordStore store;
	private Shell shell;
	private CampaignsPart part;

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
		if (store != null) {
			store.close();
		}
	}

	@Test
	void showsTheProjectTheAdaptationsTheCalendarAndTheMaterialsOfTheDemoData() throws IOException {
		open();
		NationalAdaptation gtm = Campaigns.adaptations(store).stream().filter(a -> a.getCountry().equals("GTM"))
				.findFirst().orElseThrow();
		store.attach(gtm.getId(), "cartel-ficticio.png", "image/png", png());
		Table adaptations = find("campaigns.adaptations", Table.class);
		assertEquals(List.of("GTM", "HND", "SLV"),
				List.of(adaptations.getItems()).stream().map(i -> i.getText(0)).toList());
		String title = Campaigns.projects(store).getFirst().getTitle();
		assertTrue(find("campaigns.project", Label.class).getText().contains(title),
				find("campaigns.project", Label.class).getText());
		Table calendar = find("campaigns.calendar", Table.class);
		assertTrue(calendar.getItemCount() > 3, "the periods and the dissemination events");
		List<String> months = List.of(calendar.getItems()).stream().map(i -> i.getText(0)).toList();
		assertEquals(months.stream().sorted().toList(), months, "by month");

		adaptations.setSelection(0);
		adaptations.notifyListeners(SWT.Selection, new Event());
		Table materials = find("campaigns.materials", Table.class);
		assertEquals(2, materials.getItemCount(), "the demo poster (SVG) and the PNG attached here");
		// Both were attached at the test clock's same instant: found by name, not by position.
		Image poster = item(materials, "afiche-demo.svg").getImage();
		Image attached = item(materials, "cartel-ficticio.png").getImage();
		assertNotEquals(poster, attached, "an image gets its own thumbnail, another file the document icon");
		assertEquals(new RGB(200, 30, 30), pixel(attached.getImageData(), 20, 20), "the PNG's own pixels");

		IndicatorValue indicator = new FewerVictims().compute(store, CLOCK.today()).orElseThrow();
		String shown = find("campaigns.fewerVictims", Label.class).getText();
		assertTrue(shown.contains(Messages.format("indicator.value", indicator.value(),
				indicator.breakdown().size(), "").strip()), shown);
		assertTrue(find("campaigns.suppression", Label.class).getText().contains("11"));
		Screenshots.saveForReview(shell, "campaigns-demo");
	}

	@Test
	void drawsACountrysTrendWithItsCampaignPeriodsAsLabelledBands() {
		open();
		assertTrue(part.showArea("GTM"));
		TrendSeries series = part.chart().series().orElseThrow();
		assertEquals("GTM", series.area());
		assertFalse(series.campaignPeriods().isEmpty(), "Guatemala's adaptation");
		assertTrue(series.points().stream().anyMatch(TrendPoint::duringCampaign));
		assertTrue(series.points().stream().anyMatch(p -> !p.duringCampaign()));

		Canvas canvas = part.chart().control();
		Screenshots.settle(shell.getDisplay());
		TrendGeometry geometry = TrendGeometry.of(series, canvas.getSize().x, canvas.getSize().y);
		Box band = geometry.bands().getFirst();
		assertTrue(band.x() >= geometry.plot().x() && band.x() + band.width() <= geometry.plot().x()
				+ geometry.plot().width() + 1, "inside the plot");
		for (Bar bar : geometry.bars()) {
			boolean underBand = bar.box().x() < band.x() + band.width() && band.x() < bar.box().x() + bar.box().width();
			assertEquals(bar.point().duringCampaign(), underBand, bar.point().toString());
		}
		ImageData drawn = new ImageLoader().load(
				Screenshots.saveForReview(canvas, "campaigns-trend-gtm").toString())[0];
		RGB white = new RGB(255, 255, 255);
		assertNotEquals(white, pixel(drawn, band.x() + band.width() / 2, band.y() + 3), "the band is shaded");
		Bar tallest = geometry.bars().stream().max((a, b) -> Long.compare(a.point().victims(), b.point().victims()))
				.orElseThrow();
		assertNotEquals(white, pixel(drawn, tallest.box().x() + tallest.box().width() / 2,
				tallest.box().y() + tallest.box().height() / 2), "the bar is filled");

		assertTrue(part.showArea("REGION"));
		assertFalse(part.chart().series().orElseThrow().campaignPeriods().isEmpty(), "the regional project");
		Screenshots.saveForReview(canvas, "campaigns-trend-region");
	}

	@Test
	void anImportWithBadRowsListsThemAndSavesNothingThenAGoodOneIsSavedAndExported() throws IOException {
		open();
		int before = VictimStatisticsRecords.all(store).size();
		Path bad = Files.writeString(files.resolve("malas.csv"), HEADER
				+ "GTM,2020-01-01,2020-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,GTM,14\n"
				+ "GTM,2020-01-01,2020-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,LABOUR,GTM,-3\n"
				+ "GTM,01/01/2020,2020-06-30,TRAFFICKING_VICTIM,M,AGE_18_29,SEXUAL,XXX,5\n", StandardCharsets.UTF_8);
		ImportReport refused = part.importFrom(bad);
		assertFalse(refused.succeeded());
		assertTrue(refused.problems().size() >= 2, refused.problems().toString());
		assertEquals(before, VictimStatisticsRecords.all(store).size(), "nothing saved");
		Table report = find("campaigns.report", Table.class);
		assertEquals(1 + refused.problems().size(), report.getItemCount());
		assertEquals(Messages.format("report.nothingSaved", refused.problems().size(), 3),
				report.getItem(0).getText(1));
		for (int i = 0; i < refused.problems().size(); i++) {
			assertEquals(refused.problems().get(i).message(), report.getItem(i + 1).getText(1));
		}
		Screenshots.saveForReview(shell, "campaigns-import-bad-rows");

		Path good = Files.writeString(files.resolve("buenas.csv"), HEADER
				+ "GTM,2020-01-01,2020-06-30,TRAFFICKING_VICTIM,F,AGE_18_29,SEXUAL,GTM,14\n"
				+ "GTM,2020-01-01,2020-06-30,TRAFFICKING_VICTIM,M,AGE_18_29,LABOUR,GTM,3\n", StandardCharsets.UTF_8);
		assertTrue(part.importFrom(good).succeeded());
		assertEquals(before + 1, VictimStatisticsRecords.all(store).size());
		assertEquals(Messages.format("report.imported", 2, 1), report.getItem(0).getText(1));

		Path csv = files.resolve("publicacion.csv");
		part.exportTo(csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertTrue(lines.getFirst().startsWith("#"), "the suppression note first");
		String ours = lines.stream().filter(l -> l.startsWith("GTM,2020-01-01,2020-06-30,TRAFFICKING_VICTIM,M"))
				.findFirst().orElseThrow();
		assertFalse(ours.contains(",3,") || ours.endsWith(",3"), "a count of 3 is never published: " + ours);
		assertTrue(Files.size(csv) > 0);
		Path xlsx = files.resolve("publicacion.xlsx");
		part.exportTo(xlsx);
		assertEquals("PK", new String(Files.readAllBytes(xlsx), 0, 2, StandardCharsets.US_ASCII), "a zip: XLSX");
		assertEquals(Messages.format("report.exported", before + 1), report.getItem(0).getText(1));
	}

	private void open() {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		Services.await(DemoDataContributor.class, 10_000);
		List<DemoDataContributor> campaigns = Services.all(DemoDataContributor.class).stream()
				.filter(c -> c.getClass().getName().startsWith("org.crm.enlace.campaigns.")).toList();
		assertEquals(1, campaigns.size(), "the campaigns' demo data");
		store = StoreStartup.open(factory, data, GUATEMALA, KEYS, CLOCK, DemoLoading.INTO_NEW_STORE, List.of(),
				List.of(), campaigns).store();
		Display display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1260, 1000); // within xvfb-run's 1280 x 1024 screen: screenshots copy the screen
		IEclipseContext context = EclipseContextFactory.create("campaigns-ui-test");
		context.set(Composite.class, new Composite(shell, SWT.NONE));
		context.set(RecordStore.class, store);
		context.set(Clock.class, CLOCK);
		part = ContextInjectionFactory.make(CampaignsPart.class, context);
		shell.open();
		Screenshots.settle(display);
	}

	private <T extends Control> T find(String id, Class<T> type) {
		return type.cast(AttributeForm.widget(shell, id).orElseThrow(() -> new AssertionError("no widget " + id)));
	}

	private static TableItem item(Table table, String name) {
		return List.of(table.getItems()).stream().filter(i -> i.getText(0).equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + name));
	}

	/* A 40 x 30 red PNG, written by SWT. */
	private byte[] png() {
		Image image = new Image(Display.getDefault(), 40, 30);
		GC gc = new GC(image);
		gc.setBackground(new org.eclipse.swt.graphics.Color(200, 30, 30));
		gc.fillRectangle(0, 0, 40, 30);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		image.dispose();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		loader.save(out, SWT.IMAGE_PNG);
		return out.toByteArray();
	}

	private static RGB pixel(ImageData data, int x, int y) {
		return data.palette.getRGB(data.getPixel(x, y));
	}
}
