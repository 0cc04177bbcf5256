package org.crm.enlace.jtf.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.jtf.CommissionValidator;
import org.crm.enlace.jtf.Commissions;
import org.crm.enlace.jtf.model.JtfPackage.Literals;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.jtf.ui.internal.Messages;
import org.crm.enlace.jtf.ui.internal.Rows;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.EditorSection;
import org.crm.enlace.ui.RecordEditorFrame;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * Edits one national commission: country, name, institutions (comma-separated), whether it works in coordination,
 * the date and description of its last joint activity and its evidence (the id of an attachment of the record or a
 * reference such as an official letter's number), and its marking. Undo, dirty flag, listed problems and the store's
 * refusal in words work as in the meeting editor.
 */
public final class CommissionEditorPart implements IEditingDomainProvider {

	private RecordRepository repository;
	private Clock clock;
	private NationalCommission commission;
	private RecordEditorFrame frame;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, Clock clock, CurrentUser user,
			IEventBroker broker) {
		this.repository = repository;
		this.clock = clock;
		commission = load(part, user);
		part.setLabel(Messages.format("editor.commission.title", String.valueOf(commission.getCountry())));
		frame = new RecordEditorFrame(parent, "commissionEditor", part, broker);
		EditingDomain domain = frame.domain();
		Composite form = new Composite(frame.content(), SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		AttributeForm fields = new AttributeForm(form, domain, commission,
				List.of(Literals.NATIONAL_COMMISSION__COUNTRY, Literals.NATIONAL_COMMISSION__NAME,
						Literals.NATIONAL_COMMISSION__INSTITUTIONS),
				"commission", Rows::title, l -> Rows.literal(l.getEEnum(), l.getInstance()));
		// A yes/no the indicator counts: a check box, set through the stack like every other change.
		Button coordinated = new Button(form, SWT.CHECK);
		coordinated.setText(Rows.title(Literals.NATIONAL_COMMISSION__COORDINATED));
		coordinated.setSelection(commission.isCoordinated());
		coordinated.setData(AttributeForm.WIDGET_ID, "commission.coordinated");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(coordinated);
		coordinated.addListener(SWT.Selection, e -> {
			if (coordinated.getSelection() != commission.isCoordinated()) {
				domain.getCommandStack().execute(SetCommand.create(domain, commission,
						Literals.NATIONAL_COMMISSION__COORDINATED, coordinated.getSelection()));
			}
		});
		AttributeForm activity = new AttributeForm(form, domain, commission,
				List.of(Literals.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY_DATE,
						Literals.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY,
						Literals.NATIONAL_COMMISSION__EVIDENCE_ATTACHMENT_ID,
						Literals.NATIONAL_COMMISSION__EVIDENCE_REFERENCE),
				Set.of(Literals.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY), "commission", Rows::title, l -> Rows.literal(l.getEEnum(), l.getInstance()));
		frame.add(EditorSection.of(fields));
		frame.add(EditorSection.showing(() -> coordinated.setSelection(commission.isCoordinated())));
		frame.add(EditorSection.of(activity));
		frame.follow(commission, () -> CommissionValidator.validate(commission, clock.today()));
	}

	@Override
	public EditingDomain getEditingDomain() {
		return frame.domain();
	}

	@Focus
	void focus() {
		frame.focus();
	}

	@Persist
	public void save() {
		LocalDate today = clock.today();
		frame.save(repository, commission, c -> String.join(" | ", Rows.commission(c, today)));
	}

	/** The commission being edited: the editor's own copy, which every command changes. */
	public NationalCommission commission() {
		return commission;
	}

	/** What the user must fix: unreadable fields first, then the validators' rules. */
	public List<Problem> currentProblems() {
		return frame.problems();
	}

	private NationalCommission load(MPart part, CurrentUser user) {
		Object id = part.getTransientData().get(JtfEditors.RECORD_ID);
		if (id != null) {
			return repository.findById(id.toString()).map(NationalCommission.class::cast).orElseThrow();
		}
		// A country keeps its own commission: a new one is the user's country's, its name still to be entered.
		return Commissions.newCommission(user.country(), null);
	}
}
