package org.crm.enlace.campaigns.ui;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.campaigns.model.AgeGroup;
import org.crm.enlace.campaigns.model.CampaignsPackage.Literals;
import org.crm.enlace.campaigns.model.Exploitation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.StatisticsCell;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.Breakdown;
import org.crm.enlace.campaigns.statistics.StatisticsValidator;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.Sex;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.EditorSection;
import org.crm.enlace.ui.RecordEditorFrame;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * Edits one country's victim statistics for one period: the period, the source and the cells (aggregates by
 * population, sex, age group, form of exploitation and nationality) in a table edited in place, and the marking.
 * Every change is a command on an EMF command stack (undo, redo); the part is dirty until saved. Nothing is saved
 * while a problem remains (a count that is not a whole number or is negative, a breakdown counted twice...): the
 * problems are listed, each naming the cell.
 */
public final class StatisticsEditorPart implements IEditingDomainProvider {

	private RecordRepository repository;
	private EditingDomain domain;
	private VictimStatistics statistics;
	private RecordEditorFrame frame;
	private CellsTable cells;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user,
			@Optional IEventBroker broker) {
		this.repository = repository;
		statistics = load(part, user);
		part.setLabel(Messages.format("editor.statistics.title", statistics.getCountry()));

		frame = new RecordEditorFrame(parent, "statistics.editor", part, broker);
		frame.intro(Messages.format("editor.statistics.of", statistics.getCountry()));
		domain = frame.domain();
		Composite content = frame.content();
		AttributeForm fields = CampaignForms.fields(CampaignForms.twoColumns(content), domain, statistics,
				List.of(Literals.VICTIM_STATISTICS__PERIOD_START, Literals.VICTIM_STATISTICS__PERIOD_END,
						Literals.VICTIM_STATISTICS__SOURCE),
				"statistics");

		Group group = new Group(content, SWT.NONE);
		group.setText(RecordNames.attribute(Literals.VICTIM_STATISTICS__CELLS, Locale.getDefault()));
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		Label hint = new Label(group, SWT.WRAP);
		hint.setText(Messages.format("editor.cells.hint"));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(RecordEditorFrame.MIN_WIDTH, SWT.DEFAULT)
				.applyTo(hint);
		CampaignForms.button(group, "statistics.addCell", Messages.format("editor.addCell"), this::addCell);
		CampaignForms.button(group, "statistics.removeCell", Messages.format("editor.removeCell"), this::removeCell);
		cells = new CellsTable(group, domain, statistics, "statistics.cells", frame::showProblems);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 220)
				.applyTo(cells.viewer().getTable());
		frame.add(EditorSection.of(fields));
		frame.add(new EditorSection(cells::showModel, () -> {
		}, cells::unreadableFields));
		frame.follow(statistics,
				() -> StatisticsValidator.validate(statistics, VictimStatisticsRecords.all(repository)));
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Focus
	void focus() {
		cells.viewer().getTable().setFocus();
	}

	@Persist
	public void save() {
		frame.save(repository, statistics, StatisticsEditorPart::asText);
	}

	/** The statistics being edited (the command stack works on them; the store holds copies). */
	public VictimStatistics statistics() {
		return statistics;
	}

	/** What the user must fix: unreadable fields and counts first, then the validator's rules and the marking's. */
	public List<Problem> currentProblems() {
		return frame.problems();
	}

	/* A new cell copies the selected one's breakdown (the next row to type is usually its neighbour), count 0. */
	private void addCell() {
		Object selected = cells.viewer().getStructuredSelection().getFirstElement();
		Breakdown breakdown = selected instanceof StatisticsCell cell ? Breakdown.of(cell)
				: new Breakdown(Population.TRAFFICKING_VICTIM, Sex.X, AgeGroup.UNKNOWN, Exploitation.UNKNOWN,
						statistics.getCountry());
		StatisticsCell added = VictimStatisticsRecords.newCell(breakdown, 0);
		domain.getCommandStack()
				.execute(AddCommand.create(domain, statistics, Literals.VICTIM_STATISTICS__CELLS, added));
		cells.viewer().editElement(added, cells.countPosition());
	}

	private void removeCell() {
		IStructuredSelection selected = cells.viewer().getStructuredSelection();
		if (selected.getFirstElement() instanceof StatisticsCell cell) {
			domain.getCommandStack()
					.execute(RemoveCommand.create(domain, statistics, Literals.VICTIM_STATISTICS__CELLS, cell));
		}
	}

	/* Statistics as a few lines for a person comparing the stored version with the edited one. */
	private static String asText(VictimStatistics statistics) {
		return Messages.format("editor.statistics.asText", statistics.getCountry(),
				String.valueOf(statistics.getPeriodStart()), String.valueOf(statistics.getPeriodEnd()),
				statistics.getCells().size(),
				statistics.getCells().stream().mapToLong(StatisticsCell::getCount).sum());
	}

	private VictimStatistics load(MPart part, CurrentUser user) {
		Object id = part.getTransientData().get(CampaignEditors.RECORD_ID);
		if (id != null) {
			return repository.findById(id.toString()).map(VictimStatistics.class::cast).orElseThrow();
		}
		return VictimStatisticsRecords.newStatistics(user.country(), null, null);
	}
}
