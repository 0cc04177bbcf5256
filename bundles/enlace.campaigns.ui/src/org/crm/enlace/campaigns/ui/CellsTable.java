package org.crm.enlace.campaigns.ui;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.crm.enlace.campaigns.model.CampaignsPackage.Literals;
import org.crm.enlace.campaigns.model.StatisticsCell;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.StatisticsValidator;
import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

/**
 * A statistics record's cells in a table edited in place: population, sex, age group and form of exploitation from a
 * drop-down, nationality and count typed. Every change is an undoable command. A count that is not a whole number is
 * not applied: the cell keeps its last count, shows what was typed in red, and is listed as a problem naming the cell
 * ("Celda 3"), never the value; a negative count is applied and the validator lists it.
 */
final class CellsTable {

	private static final List<EAttribute> CHOSEN = List.of(Literals.STATISTICS_CELL__POPULATION,
			Literals.STATISTICS_CELL__SEX, Literals.STATISTICS_CELL__AGE_GROUP, Literals.STATISTICS_CELL__EXPLOITATION);

	private static final int WIDEST = 180;

	private final EditingDomain domain;
	private final VictimStatistics statistics;
	private final TableViewer viewer;
	private final Map<StatisticsCell, String> unreadable = new IdentityHashMap<>();
	private final Runnable readingChanged;

	/** @param readingChanged told when a typed count could not be read, or is readable again: no command ran, nothing else would tell */
	CellsTable(Composite parent, EditingDomain domain, VictimStatistics statistics, String id, Runnable readingChanged) {
		this.domain = domain;
		this.readingChanged = readingChanged;
		this.statistics = statistics;
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(AttributeForm.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// Cells open for editing by a click, a double click, or F2 / Enter on the selected row (keyboard users).
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return super.isEditorActivationEvent(event)
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		positionColumn();
		for (EAttribute attribute : CHOSEN) {
			choiceColumn(attribute);
		}
		nationalityColumn();
		countColumn();
		showModel();
	}

	TableViewer viewer() {
		return viewer;
	}

	/** The position of the count among the columns: where a new cell opens for typing. */
	int countPosition() {
		return CHOSEN.size() + 2;
	}

	void showModel() {
		unreadable.keySet().retainAll(statistics.getCells());
		viewer.setInput(statistics.getCells().toArray());
		for (var column : viewer.getTable().getColumns()) {
			column.pack();
			// The populations' names are long: the count, which is typed, stays in sight in a narrow editor.
			column.setWidth(Math.min(column.getWidth(), WIDEST));
		}
	}

	/** Counts typed that are not whole numbers, each naming its cell. */
	List<Problem> unreadableFields() {
		return statistics.getCells().stream().filter(unreadable::containsKey)
				.map(c -> new Problem("count", Messages.format("editor.cell.count.invalid",
						StatisticsValidator.cellName(statistics.getCells().indexOf(c) + 1))))
				.toList();
	}

	private TableViewerColumn column(EAttribute attribute) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(RecordNames.attribute(attribute, Locale.getDefault()));
		return column;
	}

	/* "Celda 3", as the problems name the cells: the way to find the one a problem is about. */
	private void positionColumn() {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(Messages.format("editor.cell.column"));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return StatisticsValidator.cellName(statistics.getCells().indexOf(element) + 1);
			}
		});
	}

	private void choiceColumn(EAttribute attribute) {
		EEnum type = (EEnum) attribute.getEType();
		List<EEnumLiteral> literals = type.getELiterals();
		String[] labels = literals.stream().map(l -> RecordNames.literal(l, Locale.getDefault())).toArray(String[]::new);
		TableViewerColumn column = column(attribute);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Object value = ((StatisticsCell) element).eGet(attribute);
				return value == null ? "" : RecordNames.literal(type, (Enumerator) value, Locale.getDefault());
			}
		});
		column.setEditingSupport(new InPlace(new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY)) {
			@Override
			protected Object getValue(Object element) {
				Object value = ((StatisticsCell) element).eGet(attribute);
				return value == null ? -1 : literals.indexOf(type.getEEnumLiteral(((Enumerator) value).getValue()));
			}

			@Override
			protected void setValue(Object element, Object index) {
				int chosen = (Integer) index;
				if (chosen >= 0) {
					set((StatisticsCell) element, attribute, literals.get(chosen).getInstance());
				}
			}
		});
	}

	private void nationalityColumn() {
		TableViewerColumn column = column(Literals.STATISTICS_CELL__NATIONALITY);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Objects.toString(((StatisticsCell) element).getNationality(), "");
			}
		});
		column.setEditingSupport(new InPlace(new TextCellEditor(viewer.getTable())) {
			@Override
			protected Object getValue(Object element) {
				return Objects.toString(((StatisticsCell) element).getNationality(), "");
			}

			@Override
			protected void setValue(Object element, Object typed) {
				String code = typed.toString().trim().toUpperCase(Locale.ROOT);
				set((StatisticsCell) element, Literals.STATISTICS_CELL__NATIONALITY, code.isEmpty() ? null : code);
			}
		});
	}

	private void countColumn() {
		TableViewerColumn column = column(Literals.STATISTICS_CELL__COUNT);
		Color red = viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_RED);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				StatisticsCell cell = (StatisticsCell) element;
				return unreadable.getOrDefault(cell, Integer.toString(cell.getCount()));
			}

			@Override
			public Color getForeground(Object element) {
				StatisticsCell cell = (StatisticsCell) element;
				return unreadable.containsKey(cell) || cell.getCount() < 0 ? red : null;
			}
		});
		column.setEditingSupport(new InPlace(new TextCellEditor(viewer.getTable())) {
			@Override
			protected Object getValue(Object element) {
				StatisticsCell cell = (StatisticsCell) element;
				return unreadable.getOrDefault(cell, Integer.toString(cell.getCount()));
			}

			@Override
			protected void setValue(Object element, Object typed) {
				StatisticsCell cell = (StatisticsCell) element;
				int count;
				try {
					count = Integer.parseInt(typed.toString().trim());
				} catch (NumberFormatException e) {
					// Not a change of the record, so no command: the editor lists the problem at once.
					unreadable.put(cell, typed.toString());
					viewer.update(cell, null);
					readingChanged.run();
					return;
				}
				boolean wasUnreadable = unreadable.remove(cell) != null;
				set(cell, Literals.STATISTICS_CELL__COUNT, count);
				viewer.update(cell, null);
				if (wasUnreadable) {
					readingChanged.run();
				}
			}
		});
	}

	private void set(StatisticsCell cell, EAttribute attribute, Object value) {
		if (!Objects.equals(value, cell.eGet(attribute))) {
			domain.getCommandStack().execute(SetCommand.create(domain, cell, attribute, value));
		}
	}

	/**
	 * Editing a column in place with one cell editor, made once: a new one at each activation would leave its control
	 * behind. Enter, or leaving the cell, applies the value.
	 */
	private abstract class InPlace extends EditingSupport {

		private final CellEditor editor;

		InPlace(CellEditor editor) {
			super(viewer);
			this.editor = editor;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}
	}
}
