package org.crm.enlace.specimens.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensFactory;
import org.crm.enlace.specimens.model.SpecimensPackage.Literals;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;

/**
 * The specimen's pages, each with its description, its images under each light and its callouts; pages are added,
 * removed and moved up or down (their numbers follow their order). The page groups are made anew only when the
 * pages or their images change, so typing in a field keeps its place.
 */
public final class PagesSection {

	private final EditingDomain domain;
	private final DocumentSpecimen specimen;
	private final Terms terms;
	private final EditorImages images;
	private final Consumer<String> status;
	private final Predicate<String> confirm;
	private final boolean editable;
	private final Composite pagesArea;
	private final Map<SpecimenPage, PageWidgets> shown = new IdentityHashMap<>();
	private List<Object> shownStructure = List.of();

	private record PageWidgets(AttributeForm label, ImageSlots slots, CalloutTable callouts, CalloutDrawing drawing) {
	}

	PagesSection(Composite parent, EditingDomain domain, DocumentSpecimen specimen, Terms terms, EditorImages images,
			Consumer<String> status, Predicate<String> confirm, boolean editable) {
		this.domain = domain;
		this.specimen = specimen;
		this.terms = terms;
		this.images = images;
		this.status = status;
		this.confirm = confirm;
		this.editable = editable;
		Group group = EditorTexts.group(parent, "editor.pages", 1);
		pagesArea = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(pagesArea);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pagesArea);
		if (editable) {
			EditorTexts.button(group, "editor.page.add", "editor.page.add", this::addPage);
		}
		showModel();
	}

	void showModel() {
		if (!structure().equals(shownStructure)) {
			rebuild();
			return;
		}
		shown.values().forEach(widgets -> {
			widgets.label().showModel();
			widgets.slots().showModel();
			widgets.callouts().showModel();
		});
	}

	void commitAll() {
		shown.values().forEach(widgets -> widgets.label().commitAll());
	}

	List<Problem> unreadableFields() {
		return shown.values().stream().flatMap(w -> w.label().unreadableFields().stream()).toList();
	}

	/** Every callout of the specimen, pages first to last. */
	public List<Callout> allCallouts() {
		return specimen.getPages().stream().flatMap(p -> p.getCallouts().stream()).toList();
	}

	public ImageSlots slots(SpecimenPage page) {
		return shown.get(page).slots();
	}

	public CalloutTable callouts(SpecimenPage page) {
		return shown.get(page).callouts();
	}

	public CalloutDrawing drawing(SpecimenPage page) {
		return shown.get(page).drawing();
	}

	public void addPage() {
		SpecimenPage page = SpecimensFactory.eINSTANCE.createSpecimenPage();
		page.setNumber(specimen.getPages().size() + 1);
		domain.getCommandStack().execute(AddCommand.create(domain, specimen, Literals.DOCUMENT_SPECIMEN__PAGES, page));
	}

	/** Moves a page up (-1) or down (+1) and numbers the pages by their new order, as one step. */
	public void move(SpecimenPage page, int by) {
		int to = specimen.getPages().indexOf(page) + by;
		if (to < 0 || to >= specimen.getPages().size()) {
			return;
		}
		List<SpecimenPage> order = new ArrayList<>(specimen.getPages());
		order.remove(page);
		order.add(to, page);
		CompoundCommand moving = new CompoundCommand(Messages.get("editor.page.move"));
		moving.append(MoveCommand.create(domain, specimen, Literals.DOCUMENT_SPECIMEN__PAGES, page, to));
		appendNumbering(moving, order);
		domain.getCommandStack().execute(moving);
	}

	/** Removes a page with its images and callouts (undo brings them back), and numbers the others anew. */
	public void remove(SpecimenPage page) {
		List<SpecimenPage> order = new ArrayList<>(specimen.getPages());
		order.remove(page);
		CompoundCommand removing = new CompoundCommand(Messages.get("editor.page.remove"));
		removing.append(RemoveCommand.create(domain, specimen, Literals.DOCUMENT_SPECIMEN__PAGES, page));
		appendNumbering(removing, order);
		domain.getCommandStack().execute(removing);
	}

	private void appendNumbering(CompoundCommand command, List<SpecimenPage> order) {
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).getNumber() != i + 1) {
				command.append(SetCommand.create(domain, order.get(i), Literals.SPECIMEN_PAGE__NUMBER, i + 1));
			}
		}
	}

	/* The pages, their numbers and their images: what the groups are made of. */
	private List<Object> structure() {
		List<Object> parts = new ArrayList<>();
		for (SpecimenPage page : specimen.getPages()) {
			parts.add(page);
			parts.add(page.getNumber());
			parts.addAll(page.getImages());
		}
		return parts;
	}

	private void rebuild() {
		for (Control child : pagesArea.getChildren()) {
			child.dispose();
		}
		shown.clear();
		for (SpecimenPage page : specimen.getPages()) {
			shown.put(page, pageGroup(page));
		}
		shownStructure = structure();
		pagesArea.getParent().getParent().layout(true, true);
	}

	private PageWidgets pageGroup(SpecimenPage page) {
		String prefix = "editor.page" + page.getNumber();
		Group group = new Group(pagesArea, SWT.NONE);
		group.setText(Messages.format("editor.page.title", page.getNumber()));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		Composite top = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(editable ? 5 : 2).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		AttributeForm label = new AttributeForm(top, domain, page, List.of(Literals.SPECIMEN_PAGE__LABEL), prefix,
				EditorTexts::field, EditorTexts::literal);
		if (editable) {
			EditorTexts.button(top, "editor.page.up", prefix + ".up", () -> move(page, -1));
			EditorTexts.button(top, "editor.page.down", prefix + ".down", () -> move(page, 1));
			EditorTexts.button(top, "editor.page.remove", prefix + ".remove", () -> remove(page));
		}
		ImageSlots slots = new ImageSlots(group, domain, page, Literals.SPECIMEN_PAGE__IMAGES,
				Literals.SPECIMEN_PAGE__CALLOUTS, images, status, confirm, editable, prefix);
		CalloutTable callouts = new CalloutTable(group,
				new CalloutCreation(domain, page, Literals.SPECIMEN_PAGE__CALLOUTS), page::getImages,
				this::allCallouts, terms, status, editable, prefix);
		CalloutDrawing drawing = new CalloutDrawing(group, callouts, images::pixels, prefix);
		if (!editable) {
			EditorSession.readOnly(top);
		}
		return new PageWidgets(label, slots, callouts, drawing);
	}
}
