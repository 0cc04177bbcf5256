package org.crm.enlace.plan.ui.internal.editing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.plan.FollowUp;
import org.crm.enlace.plan.FollowUpRefusedException;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A value entered by hand for the indicator chosen in the plan: the value, the day it describes and its source,
 * handed to {@link FollowUp#enterValue}. Text that is not a number or a date, and what the follow-up refuses, are
 * listed together; nothing is saved then.
 */
public final class ValueSection {

	private final RecordRepository repository;
	private final CurrentUser user;
	private final Clock clock;
	private final Runnable onSaved;
	private final Group group;
	private final Label indicatorLabel;
	private final Text value;
	private final Text date;
	private final Text source;
	private final ProblemList outcome;
	private WorkPlan plan;
	private Indicator indicator;

	public ValueSection(Composite parent, RecordRepository repository, CurrentUser user, Clock clock,
			Runnable onSaved) {
		this.repository = repository;
		this.user = user;
		this.clock = clock;
		this.onSaved = onSaved;
		group = new Group(parent, SWT.NONE);
		group.setText(Messages.format("value.title"));
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		new Label(group, SWT.NONE).setText(Messages.format("value.indicator"));
		indicatorLabel = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(indicatorLabel);
		value = field("value.value", "plan.value.value");
		date = field("value.date", "plan.value.date");
		source = field("value.source", "plan.value.source");
		Buttons.push(group, "value.save", "plan.value.save", this::save);
		new Label(group, SWT.NONE);
		outcome = new ProblemList(group, "plan.value", 2);
		show(null, Optional.empty());
	}

	/**
	 * Clears the form for the chosen indicator; without one it cannot be saved. The same indicator of the same plan,
	 * read again after a change elsewhere, keeps what is typed.
	 */
	public void show(WorkPlan plan, Optional<Indicator> chosen) {
		boolean same = PlanTree.same(this.plan, indicator, plan, chosen);
		this.plan = plan;
		this.indicator = chosen.orElse(null);
		if (!same) {
			clear();
		}
	}

	private void clear() {
		indicatorLabel.setText(indicator == null ? Messages.format("value.choose") : PlanTree.label(indicator));
		value.setText("");
		date.setText(clock.today().toString());
		source.setText("");
		for (Text field : List.of(value, date, source)) {
			field.setEnabled(indicator != null);
		}
		outcome.show("", List.of());
		group.layout(true, true);
	}

	public void save() {
		if (indicator == null) {
			return;
		}
		List<Problem> problems = new ArrayList<>(FollowUp.refusal(user).stream().toList());
		BigDecimal number = null;
		LocalDate day = null;
		try {
			number = value.getText().isBlank() ? null : new BigDecimal(value.getText().strip());
		} catch (NumberFormatException e) {
			problems.add(new Problem("value", Messages.format("problem.decimal", Messages.format("value.value"))));
		}
		try {
			day = date.getText().isBlank() ? null : LocalDate.parse(date.getText().strip());
		} catch (DateTimeParseException e) {
			problems.add(new Problem("date", Messages.format("problem.date", Messages.format("value.date"))));
		}
		if (problems.isEmpty()) {
			try {
				FollowUp.enterValue(repository, user, plan, indicator.getIndicatorCode(), number, day,
						source.getText());
				clear();
				onSaved.run();
				outcome.show(Messages.format("value.saved"), List.of());
				return;
			} catch (IllegalArgumentException | FollowUpRefusedException | StoreException e) {
				problems.add(new Problem("", e.getMessage()));
			}
		}
		outcome.show(Messages.format("value.notSaved"), problems);
	}

	private Text field(String labelKey, String widgetId) {
		new Label(group, SWT.NONE).setText(Messages.format(labelKey));
		Text text = new Text(group, SWT.BORDER);
		text.setData(AttributeForm.WIDGET_ID, widgetId);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}
}
