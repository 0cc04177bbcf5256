package org.crm.enlace.compliance.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.crm.enlace.compliance.ComplianceBoard;
import org.crm.enlace.compliance.ComplianceRow;
import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.ComplianceStatus;
import org.crm.enlace.compliance.Reminders;
import org.crm.enlace.compliance.ui.BoardView;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.Record;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's table, chart and reminders on the demo data set, in a real SWT shell (under Xvfb in the build). */
class BoardViewTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT,
			Role.SECRETARIAT);

	@TempDir
	Path data;

	@Test
	void theTableShowsEveryMemberAndSpaceColouredByStatusAndTheChartComparesCountries() throws IOException {
		NodeKeys keys = NodeKeys.generate();
		List<Record> demo = Services.all(DemoDataContributor.class).stream()
				.sorted(java.util.Comparator.comparingInt(DemoDataContributor::order))
				.flatMap(c -> c.demoRecords(CLOCK).stream()).toList();
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000).orElseThrow();
		List<ComplianceRow> rows;
		List<org.crm.enlace.compliance.Reminder> reminders;
		try (RecordStore store = factory.openAfterSeeding(data, SECRETARIAT, keys, CLOCK, s -> s.saveAll(demo))) {
			List<ComplianceSpace> spaces = Services.all(ComplianceSpace.class);
			rows = ComplianceBoard.rows(store, spaces, CLOCK).orElseThrow();
			reminders = Reminders.of(rows, store, CLOCK.today());
		}
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		try {
			shell.setSize(1280, 900);
			GridLayoutFactory.fillDefaults().applyTo(shell);
			BoardView view = new BoardView(shell);
			view.show(rows, reminders);
			shell.layout(true, true);
			shell.open();
			Screenshots.settle(display);

			assertEquals(55, view.table().getItemCount());
			int complete = 0;
			for (int i = 0; i < rows.size(); i++) {
				TableItem item = view.table().getItem(i);
				assertEquals(rows.get(i).country(), item.getText(0));
				ComplianceStatus status = rows.get(i).status();
				if (status == ComplianceStatus.NOT_AVAILABLE) {
					assertEquals(view.table().getBackground(), item.getBackground(2), "no colour: not a country's fault");
				} else {
					assertNotEquals(view.table().getBackground(), item.getBackground(2), status.name());
				}
				complete += status == ComplianceStatus.COMPLETE ? 1 : 0;
			}
			assertTrue(complete > 0, "the demo data has complete spaces");
			assertTrue(view.chart().share("GTM") > view.chart().share("BLZ"),
					"Guatemala entered its procedures and contacts, Belize neither in full");
			Path shot = Screenshots.saveForReview(shell, "compliance-board");
			assertTrue(greenPixels(shot, view) > 0, "the chart draws bars");
		} finally {
			shell.dispose();
		}
	}

	/* The bar colour (46, 125, 50) inside the chart's bounds of the screenshot. */
	private static long greenPixels(Path shot, BoardView view) {
		ImageData image = new ImageLoader().load(shot.toString())[0];
		Rectangle chart = view.chart().getDisplay().map(view.chart().getParent(), view.chart().getShell(),
				view.chart().getBounds());
		long count = 0;
		for (int x = chart.x; x < Math.min(image.width, chart.x + chart.width); x++) {
			for (int y = chart.y; y < Math.min(image.height, chart.y + chart.height); y++) {
				RGB rgb = image.palette.getRGB(image.getPixel(x, y));
				count += rgb.red == 46 && rgb.green == 125 && rgb.blue == 50 ? 1 : 0;
			}
		}
		return count;
	}
}
