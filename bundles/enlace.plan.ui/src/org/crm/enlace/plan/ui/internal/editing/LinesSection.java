package org.crm.enlace.plan.ui.internal.editing;

import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.plan.PlanLines;
import org.crm.enlace.plan.model.PlanItem;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/**
 * The plan's lines in the editor: the tree, a line of the kind chosen added under the selected line (or a work area
 * under the plan), the selected line removed with what it holds, and the selected line's fields. Adding and removing
 * are commands, undone like any change.
 */
public final class LinesSection {

	private final EditingDomain domain;
	private final WorkPlan plan;
	private final TreeViewer tree;
	private final Combo kind;
	private final Composite lineArea;
	private List<EReference> kinds = List.of();
	private Optional<PlanItem> selected = Optional.empty();
	private Optional<LineForm> form = Optional.empty();

	public LinesSection(Composite parent, EditingDomain domain, WorkPlan plan) {
		this.domain = domain;
		this.plan = plan;
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.format("editor.lines"));
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(false).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);

		Composite left = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(left);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
		tree = PlanTree.create(left, "plan.editor.tree");
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(520, 360).applyTo(tree.getControl());
		tree.setInput(plan);
		tree.expandAll();
		kind = new Combo(left, SWT.READ_ONLY);
		kind.setData(AttributeForm.WIDGET_ID, "plan.editor.kind");
		// Wide enough for the longest kind, "Área de trabajo", though the list starts with the plan's one kind.
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(kind);
		Buttons.push(left, "editor.add", "plan.editor.add", this::add);
		Buttons.push(left, "editor.remove", "plan.editor.remove", this::remove);
		lineArea = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(lineArea);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, SWT.DEFAULT).applyTo(lineArea);
		tree.addSelectionChangedListener(e -> select(
				Optional.ofNullable((PlanItem) ((IStructuredSelection) e.getSelection()).getFirstElement())));
		showKinds();
	}

	/** Selects a line as a click in the tree would, showing its fields. */
	public void select(PlanItem item) {
		tree.setSelection(new StructuredSelection(item), true);
	}

	public void showModel() {
		tree.refresh();
		if (selected.isPresent() && !EcoreUtil.isAncestor(plan, selected.get())) {
			// Undoing an added line (or removing it) takes it out of the plan: its fields go with it.
			select(Optional.empty());
		}
		form.ifPresent(LineForm::showModel);
	}

	public void commitAll() {
		form.ifPresent(LineForm::commitAll);
	}

	public List<Problem> unreadableFields() {
		return form.map(LineForm::unreadableFields).orElse(List.of());
	}

	private void select(Optional<PlanItem> item) {
		if (item.equals(selected)) {
			return;
		}
		form.ifPresent(f -> {
			f.commitAll();
			f.dispose();
		});
		selected = item;
		form = item.map(i -> new LineForm(lineArea, domain, i));
		lineArea.getParent().layout(true, true);
		showKinds();
	}

	private void showKinds() {
		kinds = PlanLines.childFeatures(parentOfNew());
		kind.removeAll();
		kinds.forEach(k -> kind.add(Messages.format("kind." + k.getEReferenceType().getName())));
		if (!kinds.isEmpty()) {
			kind.select(kinds.size() - 1);
		}
		kind.setEnabled(!kinds.isEmpty());
	}

	private EObject parentOfNew() {
		return selected.<EObject>map(i -> i).orElse(plan);
	}

	private void add() {
		int index = kind.getSelectionIndex();
		if (index < 0) {
			return;
		}
		EObject parent = parentOfNew();
		EReference feature = kinds.get(index);
		PlanItem line = PlanLines.newLine(plan, parent, feature);
		domain.getCommandStack().execute(AddCommand.create(domain, parent, feature, line));
		select(line);
	}

	private void remove() {
		selected.ifPresent(item -> domain.getCommandStack().execute(RemoveCommand.create(domain, item)));
	}
}
