package org.crm.enlace.app.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.app.parts.UserStatus;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * For the product smoke test and the start-up benchmark: when {@code -Denlace.startup.report=<file.json>} is given,
 * waits until the workbench is up, writes what the window shows (title, perspective, rendered parts, the status
 * bar's account line, time since the JVM started, the wall-clock moment the window was ready, heap in use) and a
 * screenshot beside it, then closes the workbench. Does nothing otherwise.
 */
public final class StartupReportAddon {

	public static final String PROPERTY = "enlace.startup.report";

	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event,
			MApplication application, EModelService modelService, IWorkbench workbench, Display display) {
		String report = System.getProperty(PROPERTY);
		if (report == null || report.isBlank()) {
			return;
		}
		// Let pending layout and paint events run so that the report describes a usable window.
		display.asyncExec(() -> {
			MWindow window = application.getChildren().get(0);
			Shell shell = (Shell) window.getWidget();
			while (display.readAndDispatch()) {
				// drain
			}
			// Taken before the report's own work (gc, screenshot): the benchmark compares it with its launch time.
			long readyAt = System.currentTimeMillis();
			writeReport(Path.of(report), shell, window, modelService, readyAt);
			workbench.close();
		});
	}

	private static void writeReport(Path report, Shell shell, MWindow window, EModelService modelService,
			long readyAt) {
		long sinceStart = readyAt - ManagementFactory.getRuntimeMXBean().getStartTime();
		MPerspective perspective = modelService.getActivePerspective(window);
		List<String> parts = new ArrayList<>();
		for (MPart part : modelService.findElements(window, null, MPart.class)) {
			if (part.getWidget() != null && part.isToBeRendered()) {
				parts.add(part.getElementId());
			}
		}
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long heap = runtime.totalMemory() - runtime.freeMemory();
		String json = "{\n" + "  \"windowTitle\": " + quote(shell.getText()) + ",\n"
				+ "  \"perspective\": " + quote(perspective == null ? "" : perspective.getElementId()) + ",\n"
				+ "  \"renderedParts\": [" + String.join(", ", parts.stream().map(StartupReportAddon::quote).toList())
				+ "],\n" + "  \"userStatus\": " + quote(userStatus(shell)) + ",\n"
				+ "  \"millisSinceJvmStart\": " + sinceStart + ",\n"
				+ "  \"readyAtEpochMillis\": " + readyAt + ",\n"
				+ "  \"heapUsedBytes\": " + heap + "\n}\n";
		try {
			Files.createDirectories(report.toAbsolutePath().getParent());
			Files.writeString(report, json, StandardCharsets.UTF_8);
			screenshot(shell, Path.of(report.toString().replaceFirst("\\.json$", "") + ".png"));
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String userStatus(Control control) {
		if (control instanceof Label label && UserStatus.WIDGET_ID.equals(label.getData("enlace.widget"))) {
			return label.getText();
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				String found = userStatus(child);
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}

	static void screenshot(Shell shell, Path png) {
		Rectangle area = shell.getBounds();
		Image image = new Image(shell.getDisplay(), area.width, area.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(png.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}
}
