package org.crm.enlace.training.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.training.model.TrainingPackage.Literals;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The fields of a session: the programme it delivers (chosen among the programmes the user sees, by code and
 * version), then title, dates, place, country, in person or virtual, trainers, organising institutions and the
 * modules covered (codes, comma-separated).
 */
final class SessionForm {

	private final TrainingSession session;
	private final List<TrainingProgramme> programmes;
	private final Composite form;
	private final Combo programme;
	private final AttributeForm fields;

	SessionForm(Composite parent, EditingDomain domain, TrainingSession session, List<TrainingProgramme> programmes) {
		this.session = session;
		this.programmes = programmes.stream().sorted(Comparator.comparing(TrainingProgramme::getCode,
				Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
		form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.format("field.programmeId"));
		programme = new Combo(form, SWT.READ_ONLY);
		programme.setData(AttributeForm.WIDGET_ID, "session.programmeId");
		this.programmes.forEach(p -> programme.add(Messages.format("editor.programme", p.getCode(),
				Objects.toString(p.getVersionLabel(), ""), Objects.toString(p.getTitle(), ""))));
		programme.addListener(SWT.Selection, e -> {
			String chosen = this.programmes.get(programme.getSelectionIndex()).getId();
			if (!chosen.equals(session.getProgrammeId())) {
				domain.getCommandStack().execute(
						SetCommand.create(domain, session, Literals.TRAINING_SESSION__PROGRAMME_ID, chosen));
			}
		});
		fields = new AttributeForm(form, domain, session,
				List.of(Literals.TRAINING_SESSION__TITLE, Literals.TRAINING_SESSION__START_DATE,
						Literals.TRAINING_SESSION__END_DATE, Literals.TRAINING_SESSION__PLACE,
						Literals.TRAINING_SESSION__COUNTRY, Literals.TRAINING_SESSION__DELIVERY,
						Literals.TRAINING_SESSION__TRAINERS, Literals.TRAINING_SESSION__ORGANISERS,
						Literals.TRAINING_SESSION__MODULE_CODES),
				"session", a -> Messages.format("field." + a.getName()),
				l -> Messages.format("delivery." + l.getName()));
		showModel();
	}

	/** The programme the session delivers, when the user sees it. */
	Optional<TrainingProgramme> programme() {
		return programmes.stream().filter(p -> p.getId().equals(session.getProgrammeId())).findFirst();
	}

	/** The fields, to disable them all. */
	Composite control() {
		return form;
	}

	List<Problem> unreadableFields() {
		return fields.unreadableFields();
	}

	void commitAll() {
		fields.commitAll();
	}

	void showModel() {
		int index = programme().map(programmes::indexOf).orElse(-1);
		if (index < 0) {
			programme.deselectAll(); // select(-1) would keep the old choice after an undo
		} else {
			programme.select(index);
		}
		fields.showModel();
	}
}
