package org.crm.enlace.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoAccounts;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.records.RecordSummary;
import org.crm.enlace.records.ui.list.RecordList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The record list on a real store of 1,500 fictitious contacts and the 16 countries (16 pages), in a window of its
 * own: it shows the first rows and the count, scrolls by mouse wheel, keys and a drag of its scroll bar, keeps the
 * selected record while scrolling away and back, and goes on page by page when its count is cancelled.
 */
class RecordListTest {

	private static final int RECORDS = 1_500;
	private static final RecordQuery EVERYTHING = RecordQuery.of(EnlacePackage.Literals.RECORD);

	private static RecordStore store;
	private static List<String> ids;
	private static final Map<String, String> ID_BY_SUMMARY = new HashMap<>();
	private Shell shell;

	@BeforeAll
	static void storeFictitiousContacts() throws Exception {
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "record-list")
				.toAbsolutePath();
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000).orElseThrow();
		try (Credentials analyst = new Credentials("gtm.analyst", DemoAccounts.PASSWORD.toCharArray())) {
			store = StoreStartup.login(factory, data, analyst, Clock.system(), DemoLoading.INTO_NEW_STORE, List.of(),
					List.of()).store();
		}
		List<Record> contacts = new ArrayList<>();
		for (int i = 0; i < RECORDS; i++) {
			ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
			contact.setCountry("GTM");
			contact.setRole(i % 2 == 0 ? ContactRole.PERMANENT : ContactRole.ALTERNATE);
			contact.setFullName(String.format("Persona Ficticia %04d", i));
			contact.setEmail("persona" + i + "@example.org");
			contact.setReleasability(Releasability.ALL_MEMBERS);
			contact.setTlp(i % 10 == 0 ? Tlp.AMBER : Tlp.GREEN);
			contacts.add(contact);
		}
		store.saveAll(contacts);
		for (Record stored : store.findAll(EnlacePackage.Literals.RECORD, Record.class)) {
			ID_BY_SUMMARY.put(RecordSummary.of(stored, Locale.getDefault()), stored.getId());
		}
		ids = store.ids(EVERYTHING, Progress.NONE).orElseThrow().slice(0, Integer.MAX_VALUE);
		assertEquals(RECORDS + 16, ids.size(), "the contacts and the 16 countries of the catalogue");
	}

	@AfterAll
	static void closeTheStore() {
		store.close();
	}

	@AfterEach
	void closeTheWindow() {
		if (shell != null) {
			shell.dispose();
		}
	}

	@Test
	void theFirstRowsAndTheCountAreShownThenWheelKeysAndDragScrollAndTheSelectionStays() throws Exception {
		RecordList list = open(store);
		Display display = shell.getDisplay();
		Table table = Widgets.find(shell, "recordList.table", Table.class);
		Slider scroll = Widgets.find(shell, "recordList.scroll", Slider.class);
		Label status = Widgets.find(shell, "recordList.status", Label.class);
		Keys.await(display, () -> !list.counting() && list.windowShown(), () -> "not counted: " + status.getText());
		int visible = table.getItemCount();
		assertTrue(visible > 5 && visible < 40, () -> visible + " rows fit");
		assertEquals(NumberFormat.getIntegerInstance().format(ids.size()) + " registros", status.getText());
		assertFalse(Widgets.find(shell, "recordList.cancel", Button.class).isVisible(), "nothing left to cancel");
		assertEquals(ids.subList(0, visible), shownIds(list));
		assertEquals(List.of(0, ids.size(), visible), List.of(scroll.getSelection(), scroll.getMaximum(),
				scroll.getThumb()));
		Widgets.screenshot(shell, "record-list");

		Event wheel = new Event();
		wheel.count = -3; // three lines down
		table.notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertEquals(3, list.top());
		assertEquals(3, scroll.getSelection());
		assertRowsShown(list, display, 3);

		// A drag of the scroll bar far down: rows read by their ids.
		scroll.setSelection(1_000);
		Event drag = new Event();
		drag.detail = SWT.DRAG;
		scroll.notifyListeners(SWT.Selection, drag);
		assertRowsShown(list, display, 1_000);
		List<Record> selected = new ArrayList<>();
		list.onSelection(selected::add);
		table.setSelection(2);
		table.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of(ids.get(1_002)), selected.stream().map(Record::getId).toList());

		// Keys, as typed: a line down, a page down (a window less one row), to the end and back to the top.
		Keys.focus(shell);
		table.setFocus();
		Keys.pressKey(display, SWT.ARROW_DOWN);
		Keys.await(display, () -> list.selectionIndex() == 1_003, () -> "Down: " + list.selectionIndex());
		Keys.pressKey(display, SWT.PAGE_DOWN);
		Keys.await(display, () -> list.selectionIndex() == 1_003 + visible - 1, () -> "PgDn: " + list.selectionIndex());
		assertEquals(1_003 + visible - 1, list.top() + table.getSelectionIndex(), "the selected row is in sight");
		Keys.pressKey(display, SWT.END);
		Keys.await(display, () -> list.selectionIndex() == ids.size() - 1, () -> "End: " + list.selectionIndex());
		assertRowsShown(list, display, ids.size() - visible);
		assertEquals(visible - 1, table.getSelectionIndex());
		assertEquals(ids.getLast(), selected.getLast().getId(), "the last record, once its row was read");
		Widgets.screenshot(shell, "record-list-end");
		Keys.pressKey(display, SWT.HOME);
		Keys.await(display, () -> list.selectionIndex() == 0, () -> "Home: " + list.selectionIndex());
		assertRowsShown(list, display, 0);

		// Scrolled away and back, the selection stays on its record.
		list.select(700);
		list.scrollTo(0);
		assertEquals(-1, table.getSelectionIndex(), "not in sight");
		list.scrollTo(695);
		assertRowsShown(list, display, 695);
		assertEquals(5, table.getSelectionIndex());
		assertEquals(ids.get(700), list.selection().orElseThrow().getId());
	}

	@Test
	void aCancelledCountShowsWhatWasReadAndReadsOnByKeyAsTheUserScrolls() throws Exception {
		RecordList list = open(countingUntilCancelled());
		Display display = shell.getDisplay();
		Label status = Widgets.find(shell, "recordList.status", Label.class);
		Button cancel = Widgets.find(shell, "recordList.cancel", Button.class);
		Keys.await(display, () -> list.windowShown() && status.getText().startsWith("Contando los registros"),
				() -> "no first page while counting: " + status.getText());
		assertTrue(cancel.isVisible());
		assertEquals(ids.subList(0, list.visibleRows()), shownIds(list), "the first page, read by key");
		Widgets.screenshot(shell, "record-list-counting");

		cancel.notifyListeners(SWT.Selection, new Event());
		Keys.await(display, () -> !list.counting(), () -> "still counting: " + status.getText());
		assertEquals("Recuento cancelado: 100 registros leídos; se leen más al desplazarse.", status.getText());
		assertFalse(cancel.isVisible());
		assertEquals(100, list.size());

		list.scrollTo(100);
		assertRowsShown(list, display, 100);
		assertTrue(list.size() >= 200, "the walk read the next page");
		list.scrollTo(ids.size());
		assertTrue(list.top() < 300, "no further than what was read, and a window more");
	}

	private RecordList open(RecordRepository repository) {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 900, 500);
		RecordList list = new RecordList(shell, repository, EVERYTHING, Locale.getDefault());
		shell.open();
		return list;
	}

	/* The store, but its count waits until cancelled (at most a minute), as a count of millions would. */
	private static RecordRepository countingUntilCancelled() {
		return (RecordRepository) Proxy.newProxyInstance(RecordListTest.class.getClassLoader(),
				new Class<?>[] { RecordRepository.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("ids")) {
						Progress progress = (Progress) arguments[1];
						for (int i = 0; i < 600 && !progress.isCancelled(); i++) {
							progress.worked(i, -1);
							TimeUnit.MILLISECONDS.sleep(100);
						}
					}
					try {
						return method.invoke(store, arguments);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	private static void assertRowsShown(RecordList list, Display display, int top) {
		Keys.await(display, list::windowShown, () -> "rows from " + top + " not shown");
		assertEquals(top, list.top());
		assertEquals(ids.subList(top, top + list.visibleRows()), shownIds(list));
	}

	/* The ids of the rows shown, found by their summaries. */
	private static List<String> shownIds(RecordList list) {
		Table table = Widgets.find(list.control(), "recordList.table", Table.class);
		return Arrays.stream(table.getItems()).map(item -> ID_BY_SUMMARY.getOrDefault(item.getText(1), item.getText(1)))
				.toList();
	}
}
