package org.crm.enlace.specimens.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.crm.enlace.intel.Terms;
import org.crm.enlace.intel.model.VocabularyTerm;
import org.crm.enlace.specimens.SecurityFeatures;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimensPackage.Literals;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The numbered callouts of a page (or an alert's deviations) as a table whose cells are edited in place: number,
 * security feature type (the vocabulary's names in the user's language), the image it is drawn on (named by its
 * light, which the callout takes), the box in image pixels and the descriptions in Spanish and English. Add, Remove
 * and Renumber below it. Every change is a command on the editor's stack.
 */
public final class CalloutTable {

	private final CalloutCreation creation;
	private final Supplier<List<PageImage>> images;
	private final Supplier<List<Callout>> recordCallouts;
	private final List<VocabularyTerm> features;
	private final Consumer<String> status;
	private final boolean editable;
	private final TableViewer viewer;
	private final List<Runnable> shownListeners = new java.util.ArrayList<>();

	/**
	 * @param images         the images of the owner that callouts may be drawn on
	 * @param recordCallouts every callout of the record, in order, for numbers and Renumber
	 * @param status         where a hint for the user goes ("import an image first")
	 */
	public CalloutTable(Composite parent, CalloutCreation creation, Supplier<List<PageImage>> images,
			Supplier<List<Callout>> recordCallouts, Terms terms, Consumer<String> status, boolean editable,
			String widgetPrefix) {
		this.creation = creation;
		this.images = images;
		this.recordCallouts = recordCallouts;
		this.features = terms.of(SecurityFeatures.VOCABULARY);
		this.status = status;
		this.editable = editable;
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(AttributeForm.WIDGET_ID, widgetPrefix + ".callouts");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		number(Literals.CALLOUT__NUMBER, 45);
		column("featureCode", 190, c -> featureLabel(c.getFeatureCode())).setEditingSupport(featureEditing());
		column("light", 110, c -> c.getLight() == null ? "" : EditorTexts.light(c.getLight()))
				.setEditingSupport(imageEditing());
		number(Literals.CALLOUT__X, 55);
		number(Literals.CALLOUT__Y, 55);
		number(Literals.CALLOUT__WIDTH, 60);
		number(Literals.CALLOUT__HEIGHT, 60);
		text(Literals.CALLOUT__DESCRIPTION_ES, 190);
		text(Literals.CALLOUT__DESCRIPTION_EN, 190);
		if (editable) {
			Composite buttons = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
			EditorTexts.button(buttons, "editor.callout.add", widgetPrefix + ".callouts.add", this::add);
			EditorTexts.button(buttons, "editor.callout.remove", widgetPrefix + ".callouts.remove",
					() -> selected().ifPresent(this::remove));
			EditorTexts.button(buttons, "editor.callout.renumber", widgetPrefix + ".callouts.renumber",
					this::renumber);
		}
		viewer.setInput(creation.owner().eGet(creation.callouts()));
	}

	public TableViewer viewer() {
		return viewer;
	}

	public void showModel() {
		if (!viewer.getTable().isDisposed()) {
			viewer.refresh();
			List.copyOf(shownListeners).forEach(Runnable::run);
		}
	}

	/** Runs after the table showed the model again (after each command): what shows the same callouts follows. */
	public void afterShowModel(Runnable listener) {
		shownListeners.add(listener);
	}

	/** A callout in the middle of the first image (or the selected callout's): the user then sets type and box. */
	public void add() {
		PageImage image = selected().map(Callout::getImage).filter(images.get()::contains)
				.orElse(images.get().isEmpty() ? null : images.get().getFirst());
		if (image == null) {
			status.accept(Messages.get("editor.callout.noImage"));
			return;
		}
		execute(creation.create(image, CalloutCreation.middleOf(image), recordCallouts.get()));
	}

	/**
	 * A callout on this box of the image, drawn with the mouse, as one undoable step: it takes the feature type of
	 * the row selected before (often the same type is marked several times), and its row is selected.
	 */
	public Callout draw(PageImage image, ViewTransform.Box box) {
		org.eclipse.emf.common.command.Command command = creation.create(image, box, recordCallouts.get(),
				selected().map(Callout::getFeatureCode).orElse(null));
		execute(command);
		Callout drawn = (Callout) command.getAffectedObjects().iterator().next();
		viewer.refresh();
		viewer.setSelection(new StructuredSelection(drawn), true);
		return drawn;
	}

	/** The callout's box moved or resized to this one (clipped to its image), as one undoable step. */
	public void reshape(Callout callout, ViewTransform.Box box) {
		ViewTransform.Box clipped = CalloutCreation.clip(callout.getImage(), box);
		CompoundCommand reshaping = new CompoundCommand(Messages.get("editor.callout.reshape"));
		List<Object> values = List.of(clipped.x(), clipped.y(), clipped.width(), clipped.height());
		List<EAttribute> attributes = List.of(Literals.CALLOUT__X, Literals.CALLOUT__Y, Literals.CALLOUT__WIDTH,
				Literals.CALLOUT__HEIGHT);
		for (int i = 0; i < attributes.size(); i++) {
			if (!Objects.equals(callout.eGet(attributes.get(i)), values.get(i))) {
				reshaping.append(SetCommand.create(creation.domain(), callout, attributes.get(i), values.get(i)));
			}
		}
		if (!reshaping.isEmpty()) {
			execute(reshaping);
		}
	}

	/** The images of the owner that callouts may be drawn on. */
	public List<PageImage> images() {
		return images.get();
	}

	/** The owner's callouts (a page's, or an alert's deviations). */
	@SuppressWarnings("unchecked")
	public List<Callout> callouts() {
		return (List<Callout>) creation.owner().eGet(creation.callouts());
	}

	public boolean editable() {
		return editable;
	}

	public void remove(Callout callout) {
		execute(RemoveCommand.create(creation.domain(), creation.owner(), creation.callouts(), callout));
	}

	/** Numbers every callout of the record 1, 2, 3… in its order (pages first to last), as one undoable step. */
	public void renumber() {
		CompoundCommand renumbering = new CompoundCommand(Messages.get("editor.callout.renumber"));
		List<Callout> all = recordCallouts.get();
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).getNumber() != i + 1) {
				renumbering.append(SetCommand.create(creation.domain(), all.get(i), Literals.CALLOUT__NUMBER, i + 1));
			}
		}
		if (!renumbering.isEmpty()) {
			execute(renumbering);
		}
	}

	/** Sets one attribute, as a cell editor does; nothing happens when the value is the same. */
	public void set(Callout callout, EAttribute attribute, Object value) {
		if (!Objects.equals(callout.eGet(attribute), value)) {
			execute(SetCommand.create(creation.domain(), callout, attribute, value));
		}
	}

	/** Moves the callout to another image of the owner: it takes that image's light. */
	public void moveTo(Callout callout, PageImage image) {
		if (callout.getImage() == image) {
			return;
		}
		CompoundCommand move = new CompoundCommand(Messages.get("editor.callout.move"));
		move.append(SetCommand.create(creation.domain(), callout, Literals.CALLOUT__IMAGE, image));
		move.append(SetCommand.create(creation.domain(), callout, Literals.CALLOUT__LIGHT, image.getLight()));
		execute(move);
	}

	private java.util.Optional<Callout> selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return java.util.Optional.ofNullable((Callout) first);
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		creation.domain().getCommandStack().execute(command);
	}

	private String featureLabel(String code) {
		if (code == null) {
			return Messages.get("editor.callout.noFeature");
		}
		return features.stream().filter(t -> code.equals(t.getCode())).findFirst()
				.map(t -> Terms.label(t, Locale.getDefault())).orElse(code);
	}

	private TableViewerColumn column(String name, int width, Function<Callout, String> text) {
		return TextColumns.add(viewer, Messages.get("editor.callout.column." + name), width, Callout.class, text);
	}

	private void number(EAttribute attribute, int width) {
		column(attribute.getName(), width, c -> String.valueOf(c.eGet(attribute)))
				.setEditingSupport(textEditing(attribute, true));
	}

	private void text(EAttribute attribute, int width) {
		column(attribute.getName(), width, c -> Objects.toString(c.eGet(attribute), ""))
				.setEditingSupport(textEditing(attribute, false));
	}

	private EditingSupport textEditing(EAttribute attribute, boolean whole) {
		return new CellEditing(new TextCellEditor(viewer.getTable())) {
			@Override
			protected Object getValue(Object element) {
				return Objects.toString(((Callout) element).eGet(attribute), "");
			}

			@Override
			protected void setValue(Object element, Object value) {
				String typed = value.toString().trim();
				if (!whole) {
					set((Callout) element, attribute, typed.isEmpty() ? null : typed);
				} else if (typed.matches("-?\\d{1,9}")) {
					set((Callout) element, attribute, Integer.valueOf(typed));
				} else {
					status.accept(Messages.format("editor.callout.notNumber",
							Messages.get("editor.callout.column." + attribute.getName())));
				}
			}
		};
	}

	private EditingSupport featureEditing() {
		String[] labels = features.stream().map(t -> Terms.label(t, Locale.getDefault())).toArray(String[]::new);
		return new CellEditing(new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY)) {
			@Override
			protected Object getValue(Object element) {
				String code = ((Callout) element).getFeatureCode();
				return features.stream().map(VocabularyTerm::getCode).toList().indexOf(code);
			}

			@Override
			protected void setValue(Object element, Object value) {
				int index = (Integer) value;
				if (index >= 0) {
					set((Callout) element, Literals.CALLOUT__FEATURE_CODE, features.get(index).getCode());
				}
			}
		};
	}

	private EditingSupport imageEditing() {
		ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY);
		return new CellEditing(editor) {
			@Override
			protected Object getValue(Object element) {
				editor.setItems(images.get().stream().map(i -> EditorTexts.light(i.getLight()))
						.toArray(String[]::new));
				return images.get().indexOf(((Callout) element).getImage());
			}

			@Override
			protected void setValue(Object element, Object value) {
				int index = (Integer) value;
				if (index >= 0 && index < images.get().size()) {
					moveTo((Callout) element, images.get().get(index));
				}
			}
		};
	}

	/** A cell editor of this table, open only to the record's owner. */
	private abstract class CellEditing extends EditingSupport {

		private final CellEditor editor;

		CellEditing(CellEditor editor) {
			super(viewer);
			this.editor = editor;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return editable;
		}
	}
}
