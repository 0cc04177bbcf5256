package org.crm.enlace.bench.internal;

import java.io.PrintStream;
import java.util.List;

import org.crm.enlace.geo.Boundaries;
import org.crm.enlace.geo.Gazetteer;
import org.crm.enlace.geo.SimpleRoute;
import org.crm.enlace.geo.Viewport;
import org.crm.enlace.geo.ui.MapCanvas;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * {@code ./enlace bench map}: the offline map ({@link MapCanvas}) redrawn with N fictitious routes. First the shipped
 * data is read (timed, with the heap it takes), then each view is redrawn many times: every redraw moves the map by a
 * pixel, so the whole map is painted again, not copied from the widget's buffer. Views: the Americas with the routes,
 * Central America close up with the routes, and the Americas without routes (the land alone, the floor). The goal
 * (p95 of the paint at most 50 ms, the map following a drag without visible lag) is ours; the issue names none.
 */
final class MapBenchmark {

	private static final long SEED = 20_261_129L;
	private static final int WIDTH = 1200;
	private static final int HEIGHT = 800;
	private static final int WARM_UP = 10;
	private static final double GOAL_P95_MS = 50;
	private static final long TIMEOUT_NANOS = 10_000_000_000L;

	private record View(String name, Viewport viewport, boolean withRoutes) {
	}

	private MapBenchmark() {
	}

	private static String percentiles(double[] millis) {
		return Messages.format("value.percentiles", Measures.percentile(millis.clone(), 50),
				Measures.percentile(millis.clone(), 95), Measures.max(millis));
	}

	static void run(Options options, PrintStream out, PrintStream err) {
		out.println(Messages.get("map.title"));
		out.println(Measures.machine());
		out.println(Messages.format("map.setup", options.routes(), options.redraws(), WIDTH, HEIGHT));
		Report report = new Report(Messages.format("map.report", options.routes()), err);
		double heapBefore = Measures.megabytes(Measures.heapInUseAfterGc());
		long start = System.nanoTime();
		Boundaries boundaries = Boundaries.shipped();
		long boundariesNanos = System.nanoTime() - start;
		start = System.nanoTime();
		Gazetteer gazetteer = Gazetteer.shipped();
		long gazetteerNanos = System.nanoTime() - start;
		double heapData = Measures.megabytes(Measures.heapInUseAfterGc()) - heapBefore;
		report.add(Messages.get("row.mapBoundaries"), Messages.format("value.mapLoad", Measures.millis(boundariesNanos),
				boundaries.rings().size()));
		report.add(Messages.get("row.mapGazetteer"), Messages.format("value.mapLoad", Measures.millis(gazetteerNanos),
				gazetteer.size()));
		report.add(Messages.get("row.mapDataHeap"), Messages.format("value.megabytes", heapData));
		List<SimpleRoute> routes = FictitiousRoutes.make(SEED, options.routes());
		Display display = new Display();
		try {
			Shell shell = new Shell(display, SWT.NO_TRIM);
			shell.setLayout(new FillLayout());
			MapCanvas map = new MapCanvas(shell, SWT.NONE);
			int[] paints = { 0 };
			map.addListener(SWT.Paint, event -> paints[0]++);
			shell.setBounds(0, 0, WIDTH, HEIGHT);
			shell.open();
			Screens.drain(display);
			start = System.nanoTime();
			map.setRoutes(routes);
			report.add(Messages.get("row.mapSetRoutes"), Messages.format("value.millis", Measures.millis(System.nanoTime()
					- start)));
			for (View view : List.of(
					new View(Messages.get("map.viewAmericas"), Viewport.americas(WIDTH, HEIGHT), true),
					new View(Messages.get("map.viewCentralAmerica"), Viewport.centeredOn(15, -89, 6, WIDTH, HEIGHT),
							true),
					new View(Messages.get("map.viewLand"), Viewport.americas(WIDTH, HEIGHT), false))) {
				map.setRoutes(view.withRoutes() ? routes : List.of());
				Redraws redraws = redraws(display, map, paints, view.viewport(), options.redraws());
				report.add(Messages.format("row.mapPaint", view.name(), options.redraws()), percentiles(redraws.paint()),
						Messages.format("goal.mapPaint", GOAL_P95_MS),
						Measures.percentile(redraws.paint().clone(), 95) <= GOAL_P95_MS);
				report.add(Messages.format("row.mapLatency", view.name()), percentiles(redraws.latency()));
				if (view.withRoutes() && options.screenshot().isPresent() && view.viewport().zoom() < 6) {
					Screenshots.save(map, options.screenshot().get());
				}
			}
			report.add(Messages.get("row.mapHeap"),
					Messages.format("value.megabytes", Measures.megabytes(Measures.heapInUseAfterGc())));
			shell.dispose();
		} finally {
			display.dispose();
		}
		report.add(Messages.get("row.loadAtEnd"), Messages.format("value.load", Measures.loadAverage()));
		report.print(out);
	}

	/** The figures of one view: the paint alone and the whole redraw, each in milliseconds per redraw. */
	private record Redraws(double[] paint, double[] latency) {
	}

	/*
	 * Each redraw moves the map by one pixel, right then back, and runs the event loop until the map has painted;
	 * "paint" is the event dispatch in which it did (the map drawn into its buffer and copied to the window),
	 * "latency" runs from the viewport change to its end (GTK's frame clock decides when the paint comes). The
	 * warm-up is not kept.
	 */
	private static Redraws redraws(Display display, MapCanvas map, int[] paints, Viewport viewport, int count) {
		double[] paint = new double[count];
		double[] latency = new double[count];
		for (int i = -WARM_UP; i < count; i++) {
			int paintsBefore = paints[0];
			long deadline = System.nanoTime() + TIMEOUT_NANOS;
			long start = System.nanoTime();
			map.setViewport(viewport.panBy(i % 2 == 0 ? 0 : 1, 0));
			long dispatch = 0;
			while (paints[0] == paintsBefore) {
				long before = System.nanoTime();
				boolean busy = display.readAndDispatch();
				dispatch = System.nanoTime() - before;
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException(Messages.get("error.mapNoPaint"));
				}
				if (!busy && paints[0] == paintsBefore) {
					display.timerExec(1, () -> {
						// wakes the loop up when no event comes
					});
					display.sleep();
				}
			}
			long end = System.nanoTime();
			if (i >= 0) {
				paint[i] = Measures.millis(dispatch);
				latency[i] = Measures.millis(end - start);
			}
			Screens.drain(display);
		}
		return new Redraws(paint, latency);
	}
}
