package org.crm.enlace.entry.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.entry.EntryAnswer;
import org.crm.enlace.entry.EntryQuestions;
import org.crm.enlace.entry.EntryRules;
import org.crm.enlace.entry.matrix.MatrixSort;
import org.crm.enlace.entry.matrix.Nationalities;
import org.crm.enlace.entry.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;

/**
 * "What does a national of X need to enter A, B and C": a nationality, the destinations ticked, and one row per
 * destination with the requirement, stay, exceptions, minors, confirmation and source, as of today.
 */
public final class QuestionPart {

	private static final String[] COLUMNS = { "destination", "requirement", "maxStay", "exceptions", "minors",
			"confirmed", "source" };

	private EntryQuestions questions;
	private Clock clock;
	private final List<String> nationalities = new ArrayList<>(IsoCountries.codes());
	private Combo nationality;
	private final List<Button> destinations = new ArrayList<>();
	private Table answers;

	@PostConstruct
	void create(Composite parent, RecordRepository repository, Clock clock) {
		this.questions = new EntryQuestions(repository);
		this.clock = clock;
		Locale locale = Locale.getDefault();
		nationalities.sort(java.util.Comparator.comparing(c -> Nationalities.name(c, locale),
				MatrixSort.collator(locale)));
		GridLayoutFactory.swtDefaults().applyTo(parent);
		nationality = new Combo(parent, SWT.READ_ONLY);
		nationality.setData(MatrixPart.WIDGET_ID, "question.nationality");
		nationalities.forEach(c -> nationality.add(Nationalities.name(c, locale) + " (" + c + ")"));
		Composite ticks = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(12).applyTo(ticks);
		for (String destination : EntryRules.destinations()) {
			Button tick = new Button(ticks, SWT.CHECK);
			tick.setText(destination);
			tick.setData(destination);
			tick.setData(MatrixPart.WIDGET_ID, "question.destination." + destination);
			destinations.add(tick);
		}
		Button ask = new Button(ticks, SWT.PUSH);
		ask.setText(Messages.get("question.ask"));
		ask.setData(MatrixPart.WIDGET_ID, "question.ask");
		ask.addListener(SWT.Selection, e -> answer());
		answers = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		answers.setData(MatrixPart.WIDGET_ID, "question.answers");
		answers.setHeaderVisible(true);
		answers.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(answers);
		for (String column : COLUMNS) {
			TableColumn header = new TableColumn(answers, SWT.NONE);
			header.setText(Messages.get("question.column." + column));
			header.setWidth(switch (column) {
			case "source", "exceptions" -> 260;
			case "requirement", "confirmed" -> 230;
			default -> 90;
			});
		}
	}

	/** Asks for the nationality chosen and the destinations ticked, and shows one row per destination. */
	public void answer() {
		answers.removeAll();
		int chosen = nationality.getSelectionIndex();
		List<String> ticked = destinations.stream().filter(Button::getSelection).map(b -> (String) b.getData())
				.toList();
		if (chosen < 0 || ticked.isEmpty()) {
			return;
		}
		for (EntryAnswer answer : questions.toEnter(nationalities.get(chosen), ticked, clock.today())) {
			TableItem item = new TableItem(answers, SWT.NONE);
			item.setText(0, answer.destination());
			item.setText(1, answer.rule().map(r -> RuleText.requirement(r)).orElse(Messages.get("question.unknown")));
			answer.rule().ifPresent(r -> {
				item.setText(2, r.getMaxStayDays() == null ? "—" : String.valueOf(r.getMaxStayDays()));
				item.setText(3, String.join("; ", r.getExceptions().stream().map(RuleText::exception).toList()));
				item.setText(4, r.getMinors() == null ? "—" : r.getMinors());
				item.setText(5, RuleText.confirmation(r));
				item.setText(6, String.valueOf(r.getSource()));
			});
		}
	}

	/** Chooses a nationality and ticks destinations, as a user does. */
	public void ask(String code, List<String> chosen) {
		nationality.select(nationalities.indexOf(code));
		destinations.forEach(b -> b.setSelection(chosen.contains(b.getData())));
		answer();
	}
}
