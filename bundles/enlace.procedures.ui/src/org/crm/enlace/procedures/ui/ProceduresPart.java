package org.crm.enlace.procedures.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.procedures.ProcedureText;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.procedures.ui.internal.Messages;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * Procedures for obtaining documents (work plan item 1.4.2): every procedure the user may see, and below the list
 * the selected one's fields. A liaison officer creates and changes the own country's procedures; everyone else reads
 * them (the store refuses other writes anyway).
 */
public final class ProceduresPart implements IEditingDomainProvider {

	/** Widget ids for UI tests ({@code widget.getData(WIDGET_ID)}). */
	public static final String WIDGET_ID = "enlace.widget";

	private RecordRepository repository;
	private CurrentUser user;
	private TableViewer table;
	private Composite editorArea;
	private ScrolledComposite scroller;
	private Label status;
	private org.eclipse.swt.widgets.List problems;
	private ProcedureEditor editor;
	/* Until a procedure is opened, undo and redo have nothing to work on. */
	private final EditingDomain noEditor = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			new BasicCommandStack());

	@PostConstruct
	void create(Composite parent, RecordRepository repository, CurrentUser user) {
		this.repository = repository;
		this.user = user;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		status = new Label(bar, SWT.WRAP);
		status.setData(WIDGET_ID, "procedures.status");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		if (mayWrite()) {
			Combo kind = new Combo(bar, SWT.READ_ONLY);
			DocumentKind.VALUES.forEach(k -> kind.add(Procedures.label(k)));
			kind.select(0);
			button(bar, "button.new", () -> edit(Procedures.newProcedure(user.country(),
					DocumentKind.VALUES.get(kind.getSelectionIndex()))));
			button(bar, "button.save", this::save);
		}
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setData(WIDGET_ID, "procedures.table");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		column("column.country", 60, DocumentProcedure::getIssuingCountry);
		column("column.kind", 190, p -> Procedures.label(p.getDocumentKind()));
		column("column.name", 220, DocumentProcedure::getDocumentName);
		column("column.authority", 240, DocumentProcedure::getIssuingAuthority);
		column("column.fees", 220, p -> ProcedureText.fees(p.getFees()));
		column("column.validities", 150, p -> ProcedureText.validities(p.getValidities()));
		table.addSelectionChangedListener(e -> selected().ifPresent(this::edit));

		problems = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL);
		problems.setData(WIDGET_ID, "procedures.problems");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 50).applyTo(problems);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		refresh();
	}

	/** The open procedure's editing domain, so that Edit > Undo and Redo (Ctrl+Z, Ctrl+Y) reach its fields. */
	@Override
	public EditingDomain getEditingDomain() {
		return editor == null ? noEditor : editor.domain();
	}

	@Focus
	void focus() {
		table.getControl().setFocus();
	}

	void refresh() {
		List<DocumentProcedure> all = Procedures.all(repository);
		table.setInput(all);
		status.setText(Messages.format("summary", all.size()));
	}

	private boolean mayWrite() {
		return user.role() == Role.LIAISON_OFFICER;
	}

	private void edit(DocumentProcedure procedure) {
		if (editorArea != null) {
			editorArea.dispose();
		}
		editorArea = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(editorArea);
		editor = new ProcedureEditor(editorArea, procedure,
				mayWrite() && user.country().equals(procedure.getOwnerCountry()));
		scroller.setContent(editorArea);
		scroller.setMinSize(editorArea.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		problems.removeAll();
	}

	private void save() {
		if (editor == null || !user.country().equals(editor.procedure().getOwnerCountry())) {
			return;
		}
		List<Problem> found = editor.apply();
		problems.removeAll();
		found.forEach(p -> problems.add(p.message()));
		if (!found.isEmpty()) {
			status.setText(Messages.get("notSaved"));
			return;
		}
		try {
			DocumentProcedure saved = repository.save(editor.procedure());
			refresh();
			status.setText(Messages.format("saved", saved.getVersion()));
			edit(saved);
		} catch (StoreException e) {
			status.setText(e.getMessage());
		}
	}

	private Optional<DocumentProcedure> selected() {
		return Optional.ofNullable((DocumentProcedure) ((IStructuredSelection) table.getSelection()).getFirstElement());
	}

	private static void button(Composite bar, String key, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(Messages.get(key));
		button.setData(WIDGET_ID, "procedures." + key);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void column(String key, int width, Function<DocumentProcedure, String> text) {
		TextColumns.add(table, Messages.get(key), width, DocumentProcedure.class, text);
	}
}
