package org.crm.enlace.entry.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.entry.matrix.RequirementCodes;
import org.crm.enlace.entry.model.ConfirmationRequest;
import org.crm.enlace.entry.model.Requirement;
import org.crm.enlace.entry.ui.internal.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The Secretariat's request for a rule: the destination's note it rests on, what the Secretariat says, and the
 * corrected requirement and stay when the note confirms other terms. OK stores it; problems are listed in the dialog,
 * which stays open until there are none or the user cancels.
 */
final class RequestDialog extends Dialog {

	private final ConfirmationRequest request;
	private final Function<ConfirmationRequest, List<Problem>> create;
	private Text reference;
	private Text referenceDate;
	private Text instruction;
	private Combo requirement;
	private Text stay;
	private org.eclipse.swt.widgets.List problems;

	/** @param create stores the request and gives its problems (empty when stored) */
	RequestDialog(Shell parent, ConfirmationRequest request, Function<ConfirmationRequest, List<Problem>> create) {
		super(parent);
		this.request = request;
		this.create = create;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.format("request.dialog.title", request.getNationality(), request.getDestination()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		reference = text(area, "reference", SWT.BORDER);
		referenceDate = text(area, "referenceDate", SWT.BORDER);
		referenceDate.setMessage(Messages.get("request.field.datePattern"));
		instruction = text(area, "instruction", SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, 60).applyTo(instruction);
		new Label(area, SWT.NONE).setText(Messages.get("request.field.correctedRequirement"));
		requirement = new Combo(area, SWT.READ_ONLY);
		requirement.setData(MatrixPart.WIDGET_ID, "request.correctedRequirement");
		requirement.add(Messages.get("request.unchanged"));
		Requirement.VALUES.forEach(r -> requirement.add(RequirementCodes.label(r)));
		requirement.select(0);
		stay = text(area, "correctedMaxStayDays", SWT.BORDER);
		problems = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.V_SCROLL);
		problems.setData(MatrixPart.WIDGET_ID, "request.problems");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(problems);
		return area;
	}

	@Override
	protected void okPressed() {
		List<Problem> found = new ArrayList<>();
		request.setReference(reference.getText().isBlank() ? null : reference.getText().strip());
		request.setInstruction(instruction.getText().isBlank() ? null : instruction.getText().strip());
		request.setReferenceDate(date(referenceDate.getText(), found));
		if (requirement.getSelectionIndex() > 0) {
			request.setCorrectedRequirement(Requirement.VALUES.get(requirement.getSelectionIndex() - 1));
		} else {
			request.unsetCorrectedRequirement();
		}
		request.setCorrectedMaxStayDays(days(stay.getText(), found));
		if (found.isEmpty()) {
			found.addAll(create.apply(request));
		}
		if (found.isEmpty()) {
			super.okPressed();
		} else {
			problems.removeAll();
			found.forEach(p -> problems.add(p.message()));
		}
	}

	private static Text text(Composite parent, String field, int style) {
		new Label(parent, SWT.NONE).setText(Messages.get("request.field." + field));
		Text text = new Text(parent, style);
		text.setData(MatrixPart.WIDGET_ID, "request." + field);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static LocalDate date(String text, List<Problem> found) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			found.add(new Problem("referenceDate", Messages.get("request.problem.date")));
			return null;
		}
	}

	private static Integer days(String text, List<Problem> found) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		} catch (NumberFormatException e) {
			found.add(new Problem("correctedMaxStayDays", Messages.get("request.problem.days")));
			return null;
		}
	}
}
