package org.crm.enlace.entry.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.entry.matrix.Confirmation;
import org.crm.enlace.entry.matrix.EntryMatrix;
import org.crm.enlace.entry.matrix.MatrixFilter;
import org.crm.enlace.entry.matrix.MatrixRow;
import org.crm.enlace.entry.matrix.MatrixSort;
import org.crm.enlace.entry.matrix.MatrixTable;
import org.crm.enlace.entry.matrix.Regions;
import org.crm.enlace.entry.matrix.RequirementCodes;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;
import org.crm.enlace.entry.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The entry-authorization matrix: nationalities down, the member destinations across, each cell coloured by
 * requirement and written with its code (and "?" and italics while unconfirmed). Filters by region, requirement and
 * confirmation, a find field for a nationality's name or code, sorting by clicking a column's header, and export of
 * what is shown. A widget without the workbench, so that {@code ./enlace bench matrix} measures the same code the
 * {@link MatrixPart} shows.
 */
public final class MatrixView {

	/** Widget ids for UI tests and the benchmark ({@code widget.getData(WIDGET_ID)}). */
	public static final String WIDGET_ID = "enlace.widget";
	private static final int FIXED_COLUMNS = 2;
	private static final int COMBO_WIDTH = 165;

	private final RecordRepository repository;
	private final Locale locale;
	private EntryMatrix matrix;
	private MatrixFilter filter = MatrixFilter.ALL;
	private Comparator<MatrixRow> order;
	private List<MatrixRow> shown = List.of();
	private final TableViewer table;
	private Label count;
	private final Font unconfirmedFont;

	/**
	 * Reads every rule the user may see and shows them.
	 *
	 * @param onCell what a click on a cell does with its rule
	 */
	public MatrixView(Composite parent, RecordRepository repository, Clock clock, Locale locale,
			Consumer<EntryRule> onCell) {
		this.repository = repository;
		this.locale = locale;
		order = MatrixSort.byName(locale);
		GridLayoutFactory.swtDefaults().applyTo(parent);
		filterBar(parent, clock);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setData(WIDGET_ID, "matrix.table");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		unconfirmedFont = FontDescriptor.createFrom(table.getTable().getFont()).setStyle(SWT.ITALIC)
				.createFont(parent.getDisplay());
		parent.addDisposeListener(e -> unconfirmedFont.dispose());
		new Legend(parent);
		table.getTable().addListener(SWT.MouseDown, e -> cellAt(new Point(e.x, e.y)).ifPresent(onCell));
		refresh();
	}

	public boolean isDisposed() {
		return table.getControl().isDisposed();
	}

	public void setFocus() {
		table.getControl().setFocus();
	}

	/** Reads every rule again and shows them through the filter. */
	public void refresh() {
		matrix = EntryMatrix.read(repository, locale);
		if (table.getTable().getColumnCount() == 0) {
			columns();
		}
		apply();
	}

	/** The rows shown, in order. */
	public List<MatrixRow> shownRows() {
		return shown;
	}

	public MatrixFilter filter() {
		return filter;
	}

	void setFilter(MatrixFilter chosen) {
		filter = chosen;
		apply();
	}

	private void apply() {
		shown = filter.apply(matrix.rows()).stream().sorted(order).toList();
		table.setInput(shown);
		count.setText(Messages.format("matrix.count", shown.size(), matrix.rows().size()));
		count.getParent().layout();
	}

	private void filterBar(Composite parent, Clock clock) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		Text find = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		find.setMessage(Messages.get("matrix.find"));
		find.setData(WIDGET_ID, "matrix.find");
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(find);
		find.addListener(SWT.Modify, e -> setFilter(filter.withFind(find.getText())));
		List<String> regions = Regions.keys();
		combo(bar, "matrix.region", Messages.get("matrix.allRegions"), regions.stream().map(Regions::name).toList(),
				index -> setFilter(filter.withRegions(index < 0 ? Set.of() : Set.of(regions.get(index)))));
		List<Requirement> requirements = RequirementCodes.STRICTNESS;
		combo(bar, "matrix.requirement", Messages.get("matrix.allRequirements"),
				requirements.stream().map(RequirementCodes::label).toList(),
				index -> setFilter(filter.withRequirements(index < 0 ? Set.of() : Set.of(requirements.get(index)))));
		List<Confirmation> confirmations = List.of(Confirmation.CONFIRMED, Confirmation.UNCONFIRMED);
		combo(bar, "matrix.confirmation", Messages.get("matrix.anyConfirmation"),
				confirmations.stream().map(c -> Messages.get("matrix.confirmation." + c.name())).toList(),
				index -> setFilter(filter.withConfirmation(index < 0 ? Confirmation.ANY : confirmations.get(index))));
		count = new Label(bar, SWT.NONE);
		count.setData(WIDGET_ID, "matrix.count");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(count);
		new MatrixExports(bar, () -> MatrixTable.of(shown, matrix.destinations(), filter, clock.today(), locale));
	}

	/** A read-only drop-down whose first item means "all"; {@code chosen} gets the index of the others, -1 for all. */
	private static void combo(Composite bar, String id, String all, List<String> items,
			java.util.function.IntConsumer chosen) {
		Combo combo = new Combo(bar, SWT.READ_ONLY);
		combo.setData(WIDGET_ID, id);
		combo.add(all);
		items.forEach(combo::add);
		// Narrower than the longest requirement's name, so that the bar fits a part half a screen wide.
		GridDataFactory.fillDefaults().hint(COMBO_WIDTH, SWT.DEFAULT).applyTo(combo);
		combo.select(0);
		combo.addListener(SWT.Selection, e -> chosen.accept(combo.getSelectionIndex() - 1));
	}

	private void columns() {
		column(Messages.get("matrix.column.code"), 55, MatrixRow::nationality, MatrixSort.byCode());
		column(Messages.get("matrix.column.nationality"), 190, MatrixRow::name, MatrixSort.byName(locale));
		for (String destination : matrix.destinations()) {
			TableViewerColumn column = new TableViewerColumn(table, SWT.CENTER);
			column.getColumn().setText(destination);
			column.getColumn().setToolTipText(Messages.format("matrix.sortBy", destination));
			column.getColumn().setWidth(64);
			column.getColumn().addListener(SWT.Selection, e -> sortBy(MatrixSort.byDestination(destination, locale)));
			column.setLabelProvider(new CellLabels(destination));
		}
	}

	private void column(String header, int width, java.util.function.Function<MatrixRow, String> text,
			Comparator<MatrixRow> sort) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.getColumn().addListener(SWT.Selection, e -> sortBy(sort));
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((MatrixRow) e)));
	}

	private void sortBy(Comparator<MatrixRow> chosen) {
		order = chosen;
		apply();
	}

	private Optional<EntryRule> cellAt(Point point) {
		TableItem item = table.getTable().getItem(point);
		if (item == null) {
			return Optional.empty();
		}
		MatrixRow row = (MatrixRow) item.getData();
		for (int column = FIXED_COLUMNS; column < table.getTable().getColumnCount(); column++) {
			if (item.getBounds(column).contains(point)) {
				return row.rule(matrix.destinations().get(column - FIXED_COLUMNS));
			}
		}
		return Optional.empty();
	}

	/** A destination's cells: code, colour, and italics for a rule not yet confirmed; dimmed when filtered out. */
	private final class CellLabels extends ColumnLabelProvider {

		private final String destination;

		CellLabels(String destination) {
			this.destination = destination;
		}

		private Optional<EntryRule> rule(Object element) {
			return ((MatrixRow) element).rule(destination);
		}

		@Override
		public String getText(Object element) {
			return rule(element).map(RequirementCodes::cell).orElse("");
		}

		@Override
		public Color getBackground(Object element) {
			return rule(element).filter(filter::keeps).map(r -> Palette.background(r.getRequirement())).orElse(null);
		}

		@Override
		public Color getForeground(Object element) {
			return rule(element).filter(filter::keeps).map(r -> Palette.foreground(r.getRequirement())).orElse(null);
		}

		@Override
		public Font getFont(Object element) {
			return rule(element).filter(r -> r.getConfirmationStatus() != ConfirmationStatus.CONFIRMED)
					.map(r -> unconfirmedFont).orElse(null);
		}
	}

	/** The codes and colours, and the unconfirmed mark, under the table. */
	private static final class Legend {

		Legend(Composite parent) {
			Composite legend = new Composite(parent, SWT.NONE);
			legend.setData(WIDGET_ID, "matrix.legend");
			List<Requirement> requirements = new ArrayList<>(RequirementCodes.STRICTNESS);
			// A row that wraps: the legend stays whole in a narrow part.
			RowLayout rows = new RowLayout();
			rows.wrap = true;
			rows.marginLeft = 0;
			legend.setLayout(rows);
			GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(legend);
			for (Requirement requirement : requirements) {
				Label label = new Label(legend, SWT.BORDER);
				label.setText(" " + RequirementCodes.code(requirement) + " " + RequirementCodes.label(requirement) + " ");
				label.setBackground(Palette.background(requirement));
				label.setForeground(Palette.foreground(requirement));
			}
			new Label(legend, SWT.NONE).setText(
					RequirementCodes.UNCONFIRMED_MARK + " " + Messages.get("matrix.legend.unconfirmed"));
		}
	}
}
