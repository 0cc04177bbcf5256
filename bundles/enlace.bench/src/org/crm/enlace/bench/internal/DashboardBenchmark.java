package org.crm.enlace.bench.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crm.enlace.campaigns.model.CampaignsPackage;
import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.indicator.AnchorDaySource;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.store.StoreStartup.Opened;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.jtf.model.JtfPackage;
import org.crm.enlace.plan.Dashboard;
import org.crm.enlace.plan.DashboardReport;
import org.crm.enlace.plan.model.PlanPackage;
import org.crm.enlace.plan.ui.DashboardPart;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * {@code ./enlace bench dashboard}: the plan dashboard on ten years of the 11 members' work ({@link FictitiousDecade},
 * loaded into a new store as the demo data set is). The store is closed and opened again, as at a start, then each
 * of {@code --runs} rounds computes the whole dashboard ({@link Dashboard#read} with every {@link IndicatorSource}
 * service, as the part does) and writes its PDF report ({@link DashboardReport}) into memory. The first round runs
 * in a cold JVM on a just-opened store; the median of the others is the warm figure. Then as many rounds open the
 * dashboard part itself ({@link DashboardPart}) in an SWT shell, to its charts' first paint; {@code --screenshot}
 * saves the first. The reader is the Secretariat, which sees every country's participants: the most an indicator
 * has to read.
 */
final class DashboardBenchmark {

	/* A window of a 1280 x 1024 screen: the dashboard part fills most of it. */
	private static final int PART_WIDTH = 1280;
	private static final int PART_HEIGHT = 1000;
	private static final long TIMEOUT_NANOS = 300_000_000_000L;

	private static final CurrentUser SECRETARIAT = new CurrentUser("bench.xst", Owners.SECRETARIAT,
			Role.SECRETARIAT);

	private DashboardBenchmark() {
	}

	static void run(Options options, PrintStream out, PrintStream err) throws IOException {
		Clock clock = Clock.system();
		Path folder = BenchFolder.createNew(options.data(), clock);
		List<IndicatorSource> sources = Services.all(IndicatorSource.class);
		out.println(Messages.get("dashboard.title"));
		out.println(Measures.machine());
		out.println(Messages.format("dashboard.setup", FictitiousDecade.YEARS, folder, options.runs(),
				sources.stream().map(IndicatorSource::indicator).sorted().collect(Collectors.joining(", "))));
		Report report = new Report(Messages.format("dashboard.report", FictitiousDecade.YEARS), err);
		try {
			measure(folder, sources, options, clock, report);
		} finally {
			if (options.data().isEmpty() && !options.keep()) {
				BenchFolder.delete(folder);
			}
		}
		report.add(Messages.get("row.loadAtEnd"), Messages.format("value.load", Measures.loadAverage()));
		report.print(out);
	}

	private static void measure(Path folder, List<IndicatorSource> sources, Options options, Clock clock,
			Report report) throws IOException {
		Unlocked login = BenchFolder.login(folder, BenchFolder.OWNER_USER, clock);
		RecordStoreFactory factory = BenchFolder.factory();
		FictitiousDecade decade = new FictitiousDecade();
		long start = System.nanoTime();
		Opened opened = StoreStartup.open(factory, folder, SECRETARIAT, login.keys(), clock,
				DemoLoading.INTO_NEW_STORE, Services.all(ReferenceDataContributor.class), List.of(), List.of(decade));
		opened.store().close();
		report.add(Messages.get("row.dashboardLoad"), Messages.format("value.dashboardLoad",
				opened.demoRecordsLoaded(), Measures.seconds(System.nanoTime() - start)));
		try (RecordStore store = factory.openExisting(folder, SECRETARIAT, login.keys(), clock)) {
			report.add(Messages.get("row.dashboardVolume"), volume(store));
			report.add(Messages.get("row.dashboardFolder"), Messages.format("value.megabytes",
					Measures.megabytes(BenchFolder.size(folder))));
			rounds(store, sources, options.runs(), clock.today(), report);
			parts(store, clock, options, report);
		}
	}

	/*
	 * The part as the workbench makes it (E4's injector, in a shell of the Presidency's window size), from its
	 * creation to the first paint of its last chart: what a user waits for when the dashboard opens. The headless
	 * rounds ran before, so the store's caches are warm here; the first part still pays for loading SWT's and the
	 * charts' classes.
	 */
	private static void parts(RecordStore store, Clock clock, Options options, Report report) {
		List<Double> opens = new ArrayList<>();
		Display display = new Display();
		try {
			for (int run = 1; run <= options.runs(); run++) {
				Shell shell = new Shell(display, SWT.NO_TRIM);
				shell.setLayout(new FillLayout());
				shell.setBounds(0, 0, PART_WIDTH, PART_HEIGHT);
				IEclipseContext context = EclipseContextFactory.create("bench-dashboard");
				context.set(Composite.class, new Composite(shell, SWT.NONE));
				context.set(RecordStore.class, store);
				context.set(CurrentUser.class, SECRETARIAT);
				context.set(Clock.class, clock);
				int[] paints = { 0 };
				long start = System.nanoTime();
				ContextInjectionFactory.make(DashboardPart.class, context);
				Screens.find(shell, "plan.dashboard.timeline", Canvas.class).addListener(SWT.Paint, e -> paints[0]++);
				shell.open();
				Screens.await(display, TIMEOUT_NANOS, Messages.get("error.dashboardNoPaint"), () -> paints[0] > 0);
				opens.add(Measures.millis(System.nanoTime() - start));
				if (run == 1 && options.screenshot().isPresent()) {
					Screenshots.save(shell, options.screenshot().get());
				}
				shell.dispose();
				context.dispose();
				Screens.drain(display);
			}
		} finally {
			display.dispose();
		}
		report.add(Messages.get("row.dashboardPartCold"), Messages.format("value.millis", Math.round(opens.get(0))));
		report.add(Messages.format("row.dashboardPartWarm", opens.size() - 1), warm(opens));
	}

	private static String volume(RecordRepository store) {
		return Messages.format("value.dashboardVolume", store.count(TrainingPackage.Literals.TRAINING_SESSION),
				store.count(TrainingPackage.Literals.PARTICIPANT),
				store.count(CampaignsPackage.Literals.VICTIM_STATISTICS),
				store.count(CampaignsPackage.Literals.NATIONAL_ADAPTATION), store.count(JtfPackage.Literals.MEETING),
				store.count(JtfPackage.Literals.NATIONAL_COMMISSION),
				store.count(PlanPackage.Literals.ACTIVITY_UPDATE), store.count(PlanPackage.Literals.INDICATOR_ENTRY));
	}

	/* Each round times each source too, so that the report says where the dashboard's time goes. */
	private static void rounds(RecordStore store, List<IndicatorSource> sources, int runs, LocalDate today,
			Report report) {
		Map<String, List<Double>> bySource = new LinkedHashMap<>();
		Map<String, Optional<IndicatorValue>> computed = new LinkedHashMap<>();
		List<TimedSource> timed = sources.stream().map(s -> new TimedSource(s,
				bySource.computeIfAbsent(s.indicator(), k -> new ArrayList<>()), computed)).toList();
		List<Double> reads = new ArrayList<>();
		List<Double> pdfs = new ArrayList<>();
		int pdfBytes = 0;
		Dashboard dashboard = null;
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			dashboard = Dashboard.read(store, List.copyOf(timed), Services.all(AnchorDaySource.class), today)
					.orElseThrow(() -> new IllegalStateException("no plan in force"));
			reads.add(Measures.millis(System.nanoTime() - start));
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			start = System.nanoTime();
			DashboardReport.write(dashboard, Locale.getDefault(), pdf, () -> {
			});
			pdfs.add(Measures.millis(System.nanoTime() - start));
			pdfBytes = pdf.size();
		}
		report.add(Messages.get("row.dashboardShown"), Messages.format("value.dashboardShown",
				dashboard.indicators().size(), dashboard.indicators().stream().filter(r -> r.value().isPresent())
						.count(), dashboard.activities().size(), pdfBytes / 1024.0));
		report.add(Messages.get("row.dashboardReadCold"), Messages.format("value.millis", Math.round(reads.get(0))));
		report.add(Messages.format("row.dashboardReadWarm", runs - 1), warm(reads));
		for (Map.Entry<String, List<Double>> source : bySource.entrySet()) {
			String value = computed.get(source.getKey()).map(v -> v.value().toPlainString()).orElse("-");
			report.add(Messages.format("row.dashboardSource", source.getKey()), Messages.format(
					"value.coldWarm", source.getValue().get(0), median(source.getValue()), value));
		}
		report.add(Messages.get("row.dashboardPdfCold"), Messages.format("value.millis", Math.round(pdfs.get(0))));
		report.add(Messages.format("row.dashboardPdfWarm", runs - 1), warm(pdfs));
	}

	/* The rounds after the first: median and slowest. */
	private static String warm(List<Double> millis) {
		List<Double> after = millis.subList(1, millis.size());
		return after.isEmpty() ? "-"
				: Messages.format("value.medianMax", median(millis), Measures.max(Measures.array(after)));
	}

	private static double median(List<Double> millis) {
		List<Double> after = millis.size() > 1 ? millis.subList(1, millis.size()) : millis;
		return Measures.percentile(Measures.array(after), 50);
	}

	/** A source as registered, timing each computation and keeping its last result. */
	private record TimedSource(IndicatorSource source, List<Double> millis,
			Map<String, Optional<IndicatorValue>> computed) implements IndicatorSource {

		@Override
		public String indicator() {
			return source.indicator();
		}

		@Override
		public Optional<IndicatorValue> compute(RecordRepository records, LocalDate asOf) {
			long start = System.nanoTime();
			Optional<IndicatorValue> value = source.compute(records, asOf);
			millis.add(Measures.millis(System.nanoTime() - start));
			computed.put(indicator(), value);
			return value;
		}
	}
}
