package org.crm.enlace.records.ui.list;

import static org.crm.enlace.records.ui.internal.Widgets.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Record;
import org.crm.enlace.records.ListWindow;
import org.crm.enlace.records.ListWindow.Move;
import org.crm.enlace.records.RecordListModel;
import org.crm.enlace.records.SearchRow;
import org.crm.enlace.records.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A list of up to millions of records that holds no widget row per record: a table with only the rows that fit,
 * beside a scroll bar over all of them. The first page is read and shown at once; the ids of every record are read
 * meanwhile in the background (the line under the list says how far, with a button that cancels), and the scroll bar
 * spans them all once known. Pages are read off the UI thread as the user scrolls (line, page, drag, mouse wheel,
 * keyboard); the selected record stays selected wherever the list scrolls. Columns: type, summary, owner, TLP and
 * time of the last change (ISO 8601, UTC). Every call on the UI thread.
 */
public final class RecordList {

	private static final List<String> COLUMNS = List.of("type", "summary", "owner", "tlp", "modified");
	private static final List<Integer> WIDTHS = List.of(140, 360, 80, 120, 170);
	/* A row not read yet: empty texts (null would leave the texts of the row shown there before). */
	private static final String[] NOT_READ = { "", "", "", "", "" };

	private final Locale locale;
	private final RecordListModel model = new RecordListModel();
	private final RecordReader reader;
	private final Composite control;
	private final Table table;
	private final Slider slider;
	private final Label status;
	private final Button cancel;
	private final List<Consumer<Record>> selectionListeners = new ArrayList<>();
	private final List<Consumer<Record>> openListeners = new ArrayList<>();
	private ListWindow window = new ListWindow(0, 1, 0);
	private int selected = -1;
	private String selectedId;
	private boolean selectionPublished = true;
	private String problem;
	private boolean countBegun;

	/** Shows the records of {@code query} that the repository's user may see, in id order, and starts reading them. */
	public RecordList(Composite parent, RecordRepository repository, RecordQuery query, Locale locale) {
		this.locale = locale;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 2).applyTo(control);
		// No V_SCROLL: the slider scrolls, and the table never holds more rows than fit.
		table = id(new Table(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL), "recordList.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(table);
		for (int i = 0; i < COLUMNS.size(); i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(Messages.get("column." + COLUMNS.get(i)));
			column.setWidth(WIDTHS.get(i));
			id(column, "recordList.table.column." + COLUMNS.get(i));
		}
		slider = id(new Slider(control, SWT.VERTICAL), "recordList.scroll");
		GridDataFactory.fillDefaults().grab(false, true).applyTo(slider);

		Composite bar = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(bar);
		status = id(new Label(bar, SWT.NONE), "recordList.status");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		cancel = id(new Button(bar, SWT.PUSH), "recordList.cancel");
		cancel.setText(Messages.get("list.cancel"));
		GridDataFactory.swtDefaults().applyTo(cancel);

		reader = new RecordReader(repository, query, locale, control.getDisplay(), this::whenAlive);
		table.addListener(SWT.Resize, e -> show());
		table.addListener(SWT.Selection, e -> {
			if (table.getSelectionIndex() >= 0) {
				select(window.top() + table.getSelectionIndex(), false);
			}
		});
		table.addListener(SWT.DefaultSelection,
				e -> selection().ifPresent(record -> openListeners.forEach(listener -> listener.accept(record))));
		table.addListener(SWT.KeyDown, this::key);
		table.addListener(SWT.MouseVerticalWheel, e -> {
			e.doit = false;
			scrollTo(window.scrolledBy(-e.count).top());
		});
		slider.addListener(SWT.Selection, e -> scrollTo(slider.getSelection()));
		cancel.addListener(SWT.Selection, e -> reader.cancelCount());
		control.addListener(SWT.Dispose, e -> reader.close());
		show();
	}

	public Control control() {
		return control;
	}

	public boolean setFocus() {
		return table.setFocus();
	}

	/** Called with the selected record (or {@code null} for a row no longer available) when the user selects a row. */
	public void onSelection(Consumer<Record> listener) {
		selectionListeners.add(listener);
	}

	/** Called with the selected record on a double click or Enter. */
	public void onOpen(Consumer<Record> listener) {
		openListeners.add(listener);
	}

	/** The selected record, when its row is read. */
	public Optional<Record> selection() {
		SearchRow row = selected < 0 ? null : model.row(selected);
		return Optional.ofNullable(row == null ? null : row.record());
	}

	/** The position of the selected row, or -1. */
	public int selectionIndex() {
		return selected;
	}

	/** The records the list spans: all once counted, else those read so far. */
	public int size() {
		return model.size();
	}

	public boolean counting() {
		return model.counting();
	}

	/** The position of the first row shown. */
	public int top() {
		return window.top();
	}

	/** Rows shown at once. */
	public int visibleRows() {
		return window.visible();
	}

	/** Whether every row of the window that exists has been read and shown. */
	public boolean windowShown() {
		for (int index = window.top(); index < window.top() + window.visible(); index++) {
			if (model.sizeKnown() && index >= model.size()) {
				break;
			}
			if (model.row(index) == null) {
				return false;
			}
		}
		return true;
	}

	/** Scrolls so that {@code top} is the first row shown (kept within the list). */
	public void scrollTo(int top) {
		window = window.scrolledTo(top);
		show();
	}

	/** Selects the row at {@code index} and scrolls it into sight. */
	public void select(int index) {
		select(index, true);
	}

	/**
	 * The stored records changed: reads the rows shown again and counts anew; the window and the selected record
	 * stay where they were.
	 */
	public void refresh() {
		model.refresh();
		problem = null;
		countBegun = true;
		count();
		show();
	}

	/* The count begins once the first page is back: on two cores it would otherwise slow that page down. */
	private void countOnce() {
		if (!countBegun) {
			countBegun = true;
			count();
		}
	}

	private void count() {
		int generation = model.generation();
		reader.count(soFar -> {
			model.counting(soFar);
			showStatus();
		}, ids -> {
			if (ids.isEmpty()) {
				model.countCancelled();
			} else if (model.counted(generation, ids.get()) && selectedId != null) {
				selected = model.indexOf(selectedId);
			}
			show();
		}, failure -> {
			model.countFailed();
			problem = failure;
			show();
		});
	}

	private void key(Event event) {
		Move move = switch (event.keyCode) {
		case SWT.ARROW_UP -> Move.LINE_UP;
		case SWT.ARROW_DOWN -> Move.LINE_DOWN;
		case SWT.PAGE_UP -> Move.PAGE_UP;
		case SWT.PAGE_DOWN -> Move.PAGE_DOWN;
		case SWT.HOME -> Move.FIRST;
		case SWT.END -> Move.LAST;
		default -> null;
		};
		if (move != null) {
			event.doit = false;
			select(window.moved(move, selected, model.size()), true);
		}
	}

	private void select(int index, boolean reveal) {
		if (index < 0 || model.sizeKnown() && index >= model.size()) {
			return;
		}
		selected = index;
		selectedId = model.id(index);
		selectionPublished = false;
		if (reveal) {
			window = window.revealing(index);
		}
		show();
	}

	/* The row of the selection may arrive after the click: it is published once read. */
	private void publishSelection() {
		SearchRow row = selected < 0 ? null : model.row(selected);
		if (selectionPublished || row == null) {
			return;
		}
		selectionPublished = true;
		if (selectedId == null) {
			selectedId = model.id(selected);
		}
		selectionListeners.forEach(listener -> listener.accept(row.record()));
	}

	/* Fills the rows that fit with the window's records and asks for the pages missing. */
	private void show() {
		if (control.isDisposed()) {
			return;
		}
		if (!table.isVisible() || table.getSize().y == 0) {
			// GTK objects (Gtk-CRITICAL) to rows in a table with a header before its first size: the first page is
			// asked for meanwhile, and the Resize of the first layout shows it.
			readMissing();
			return;
		}
		int visible = rowsThatFit();
		window = window.resized(visible, model.scrollRange(visible));
		if (table.getItemCount() != visible) {
			table.setItemCount(visible);
		}
		if (table.getTopIndex() != 0) {
			table.setTopIndex(0);
		}
		for (int i = 0; i < visible; i++) {
			int index = window.top() + i;
			SearchRow row = model.row(index);
			table.getItem(i).setText(row == null ? NOT_READ
					: new String[] { row.type(), row.summary(), row.owner(), row.tlp(), row.modified() });
		}
		if (window.shows(selected)) {
			table.setSelection(selected - window.top());
		} else {
			table.deselectAll();
		}
		slider.setValues(window.top(), 0, Math.max(window.range(), visible), visible, 1, Math.max(1, visible - 1));
		slider.setEnabled(window.range() > visible);
		showStatus();
		publishSelection();
		readMissing();
	}

	private void readMissing() {
		reader.read(model.missing(window.top(), window.top() + window.visible()), (request, rows) -> {
			countOnce();
			if (model.loaded(request, rows)) {
				show();
			}
		}, failure -> {
			countOnce();
			problem = failure != null ? failure : Messages.get("list.readFailed");
			showStatus();
		});
	}

	private void showStatus() {
		status.setText(problem != null ? problem : model.status(locale));
		if (cancel.getVisible() != model.counting()) {
			cancel.setVisible(model.counting());
			((GridData) cancel.getLayoutData()).exclude = !model.counting();
			cancel.getParent().layout(true);
		}
	}

	/*
	 * How many whole rows the table's area holds, measured on its own items (GTK puts more pixels between rows than
	 * getItemHeight says, and counts the header into the client area above the rows). At least two items exist to
	 * measure from.
	 */
	private int rowsThatFit() {
		if (table.getItemCount() < 2) {
			table.setItemCount(2);
		}
		Rectangle first = table.getItem(0).getBounds();
		int stride = Math.max(1, table.getItem(1).getBounds().y - first.y);
		Rectangle area = table.getClientArea();
		int bottom = area.y + area.height;
		return Math.max(1, (bottom - first.y - first.height) / stride + 1);
	}

	private void whenAlive(Runnable ui) {
		if (!control.isDisposed()) {
			ui.run();
		}
	}
}
