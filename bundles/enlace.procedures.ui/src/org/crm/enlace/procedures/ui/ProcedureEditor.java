package org.crm.enlace.procedures.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.procedures.ProcedureText;
import org.crm.enlace.procedures.ProcedureValidator;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.AgeValidity;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.procedures.model.Fee;
import org.crm.enlace.procedures.model.ProceduresPackage.Literals;
import org.crm.enlace.procedures.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.MarkingSection;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The fields of one document procedure: kind, name, authority, requirements, breeder documents, processing time,
 * where fraud was seen and specimen ids through {@link AttributeForm} (undoable; many-valued fields comma-separated),
 * fees and validity by age as one line each ({@link ProcedureText}), and the marking. Read-only for whoever may not
 * change it.
 */
final class ProcedureEditor {

	private final DocumentProcedure procedure;
	private final EditingDomain domain;
	private final AttributeForm form;
	private final MarkingSection marking;
	private final Text fees;
	private final Text validities;

	ProcedureEditor(Composite parent, DocumentProcedure procedure, boolean editable) {
		this.procedure = procedure;
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
				new BasicCommandStack());
		Composite fields = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
		new Label(fields, SWT.NONE).setText(Messages.get("field.issuingCountry"));
		new Label(fields, SWT.NONE).setText(procedure.getIssuingCountry());
		form = new AttributeForm(fields, domain, procedure,
				List.of(Literals.DOCUMENT_PROCEDURE__DOCUMENT_KIND, Literals.DOCUMENT_PROCEDURE__DOCUMENT_NAME,
						Literals.DOCUMENT_PROCEDURE__ISSUING_AUTHORITY, Literals.DOCUMENT_PROCEDURE__REQUIREMENTS,
						Literals.DOCUMENT_PROCEDURE__BREEDER_DOCUMENTS, Literals.DOCUMENT_PROCEDURE__PROCESSING_TIME,
						Literals.DOCUMENT_PROCEDURE__FRAUD_SEEN, Literals.DOCUMENT_PROCEDURE__SPECIMEN_IDS),
				"procedure", a -> Messages.get("field." + a.getName()),
				l -> Procedures.label(DocumentKind.get(l.getValue())));
		fees = line(fields, "field.fees", ProcedureText.fees(procedure.getFees()));
		validities = line(fields, "field.validities", ProcedureText.validities(procedure.getValidities()));
		marking = new MarkingSection(parent, domain, procedure);
		domain.getCommandStack().addCommandStackListener(e -> {
			if (!fees.isDisposed()) {
				form.showModel();
				marking.showModel();
			}
		});
		if (!editable) {
			setEnabled(fields, false);
		}
	}

	DocumentProcedure procedure() {
		return procedure;
	}

	/** Where the fields' commands go: the workbench's undo and redo work on its command stack. */
	EditingDomain domain() {
		return domain;
	}

	/** Applies every field to the procedure and lists what is wrong; empty when it may be saved. */
	List<Problem> apply() {
		form.commitAll();
		marking.commitAll();
		List<Problem> problems = new ArrayList<>(form.unreadableFields());
		problems.addAll(marking.unreadableFields());
		Optional<List<Fee>> readFees = ProcedureText.readFees(fees.getText());
		Optional<List<AgeValidity>> readValidities = ProcedureText.readValidities(validities.getText());
		readFees.ifPresentOrElse(f -> {
			procedure.getFees().clear();
			procedure.getFees().addAll(f);
		}, () -> problems.add(new Problem("fees", Messages.get("problem.fees"))));
		readValidities.ifPresentOrElse(v -> {
			procedure.getValidities().clear();
			procedure.getValidities().addAll(v);
		}, () -> problems.add(new Problem("validities", Messages.get("problem.validities"))));
		problems.addAll(ProcedureValidator.validate(procedure));
		problems.addAll(MarkingValidator.validate(procedure));
		return problems;
	}

	private static Text line(Composite parent, String key, String value) {
		new Label(parent, SWT.NONE).setText(Messages.get(key));
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		text.setToolTipText(Messages.get(key + ".hint"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private static void setEnabled(Composite composite, boolean enabled) {
		for (var child : composite.getChildren()) {
			child.setEnabled(enabled);
		}
	}
}
