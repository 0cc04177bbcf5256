package org.crm.enlace.cotravel.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.CoTravelIndicators;
import org.crm.enlace.cotravel.model.AdultRole;
import org.crm.enlace.cotravel.model.ClaimedRelationship;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.CoTravelFactory;
import org.crm.enlace.cotravel.model.CoTravelPackage.Literals;
import org.crm.enlace.cotravel.model.EvidenceKind;
import org.crm.enlace.cotravel.model.Outcome;
import org.crm.enlace.intel.Crossings;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.VocabularyTerm;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * The alert's sections below the event: the crossing point, the adults and children, the relationship claimed per
 * pair, the evidence, the indicators, the decision (outcome as quick picks, observations) and the follow-up
 * actions. The lists are rebuilt when a person, a pair, a piece of evidence or an action is added or undone.
 */
public final class AlertSections {

	private final EditingDomain domain;
	private final CoTravelAlert alert;
	private final Map<EObject, String[]> zoneTexts;
	private final Runnable layout;
	private final Composite lists;
	private final Combo crossing;
	private final List<BorderCrossing> crossings;
	private final List<Button> outcomes = new ArrayList<>();
	private final List<Button> indicators = new ArrayList<>();
	private final List<String> indicatorCodes = new ArrayList<>();
	private final List<AttributeForm> forms = new ArrayList<>();
	private final List<PersonBlock> persons = new ArrayList<>();
	private final AttributeForm observations;
	private List<Object> shown;

	public AlertSections(Composite parent, EditingDomain domain, CoTravelAlert alert, RecordRepository repository,
			Map<EObject, String[]> zoneTexts, Runnable layout) {
		this.domain = domain;
		this.alert = alert;
		this.zoneTexts = zoneTexts;
		this.layout = layout;

		Composite place = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(place);
		new Label(place, SWT.NONE).setText(Messages.get("crossing.label"));
		crossing = new Combo(place, SWT.READ_ONLY);
		crossing.setData(AttributeForm.WIDGET_ID, "cotravel.crossingId");
		crossings = Crossings.visible(repository);
		crossing.add(Messages.get("crossing.none"));
		crossings.forEach(c -> crossing.add(c.getCountry() + " – " + c.getName()));
		crossing.addListener(SWT.Selection, e -> {
			int index = crossing.getSelectionIndex();
			String id = index <= 0 ? null : crossings.get(index - 1).getId();
			domain.getCommandStack().execute(SetCommand.create(domain, alert, Literals.CO_TRAVEL_ALERT__CROSSING_ID, id));
		});

		lists = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(lists);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(lists);

		Group indicatorGroup = group(parent, "section.indicators", 2);
		for (VocabularyTerm term : Terms.load(repository).of(CoTravelIndicators.VOCABULARY)) {
			Button check = new Button(indicatorGroup, SWT.CHECK);
			check.setText(Terms.label(term, Locale.getDefault()));
			check.setData(AttributeForm.WIDGET_ID, "cotravel.indicator." + term.getCode());
			check.addListener(SWT.Selection, e -> toggle(term.getCode(), check.getSelection()));
			indicators.add(check);
			indicatorCodes.add(term.getCode());
		}

		Group decision = group(parent, "section.decision", 2);
		Composite quickPicks = new Composite(decision, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(Outcome.VALUES.size()).applyTo(quickPicks);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(quickPicks);
		for (Outcome outcome : Outcome.VALUES) {
			Button pick = new Button(quickPicks, SWT.RADIO);
			pick.setText("&" + (outcome.getValue() + 1) + " " + RecordNames.literal(
					Literals.OUTCOME, outcome, Locale.getDefault()));
			pick.setData(AttributeForm.WIDGET_ID, "cotravel.outcome." + outcome.getName());
			pick.addListener(SWT.Selection, e -> {
				if (pick.getSelection() && (!alert.isSetOutcome() || alert.getOutcome() != outcome)) {
					domain.getCommandStack()
							.execute(SetCommand.create(domain, alert, Literals.CO_TRAVEL_ALERT__OUTCOME, outcome));
				}
			});
			outcomes.add(pick);
		}
		observations = new AttributeForm(decision, domain, alert, List.of(Literals.CO_TRAVEL_ALERT__OBSERVATIONS),
				"cotravel", a -> RecordNames.attribute(a, Locale.getDefault()),
				l -> RecordNames.literal(l, Locale.getDefault()));
		showModel();
	}

	public void showModel() {
		List<Object> now = structure();
		if (!now.equals(shown)) { // null before the first build
			rebuild();
			shown = now;
		}
		forms.forEach(AttributeForm::showModel);
		persons.forEach(PersonBlock::showModel);
		observations.showModel();
		int index = alert.getCrossingId() == null ? 0
				: 1 + crossings.stream().map(BorderCrossing::getId).toList().indexOf(alert.getCrossingId());
		crossing.select(index);
		for (int i = 0; i < outcomes.size(); i++) {
			outcomes.get(i).setSelection(alert.isSetOutcome() && alert.getOutcome().getValue() == i);
		}
		for (int i = 0; i < indicators.size(); i++) {
			indicators.get(i).setSelection(alert.getIndicators().contains(indicatorCodes.get(i)));
		}
	}

	public void commitAll() {
		forms.forEach(AttributeForm::commitAll);
		persons.forEach(PersonBlock::commitAll);
		observations.commitAll();
	}

	public List<Problem> unreadableFields() {
		return Stream.concat(Stream.concat(forms.stream().flatMap(f -> f.unreadableFields().stream()),
				persons.stream().flatMap(p -> p.unreadableFields().stream())),
				observations.unreadableFields().stream()).toList();
	}

	public void setEnabled(boolean enabled) {
		lists.setEnabled(enabled);
		crossing.setEnabled(enabled);
		indicators.forEach(b -> b.setEnabled(enabled));
		outcomes.forEach(b -> b.setEnabled(enabled));
	}

	/** Adds an adult (paired with every child) in one undoable change and puts the cursor in its zone field. */
	public void addAdult() {
		domain.getCommandStack().execute(new ModelChange(alert,
				() -> withDocument(CoTravelAlerts.addAdult(alert, AdultRole.ACCOMPANYING_ADULT).getPerson())));
		persons.get(alert.getAdults().size() - 1).zone().setFocus();
	}

	/** Adds a child (paired with every adult) in one undoable change and puts the cursor in its zone field. */
	public void addChild() {
		domain.getCommandStack().execute(
				new ModelChange(alert, () -> withDocument(CoTravelAlerts.addChild(alert).getPerson())));
		persons.get(persons.size() - 1).zone().setFocus();
	}

	/* The lists' objects, by identity: when they change, the lists are built again. */
	private List<Object> structure() {
		List<Object> objects = new ArrayList<>();
		alert.getAdults().forEach(a -> objects.add(new Identity(a.getPerson())));
		alert.getChildren().forEach(c -> objects.add(new Identity(c.getPerson())));
		alert.getRelationships().forEach(r -> objects.add(new Identity(r)));
		alert.getEvidence().forEach(e -> objects.add(new Identity(e)));
		alert.getFollowUps().forEach(f -> objects.add(new Identity(f)));
		return objects;
	}

	private record Identity(Object object) {
		@Override
		public boolean equals(Object other) {
			return other instanceof Identity identity && identity.object == object;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(object);
		}
	}

	private void rebuild() {
		for (org.eclipse.swt.widgets.Control child : lists.getChildren()) {
			child.dispose();
		}
		forms.clear();
		persons.clear();
		Group adults = group(lists, "section.adults", 1);
		for (int i = 0; i < alert.getAdults().size(); i++) {
			persons.add(new PersonBlock(adults, domain, alert.getAdults().get(i), Messages.format("adult.title", i + 1),
					"cotravel.adult." + (i + 1), alert::getDate, zoneTexts, this::addAdult));
		}
		button(adults, "adult.add", "cotravel.addAdult", this::addAdult);
		Group children = group(lists, "section.children", 1);
		for (int i = 0; i < alert.getChildren().size(); i++) {
			persons.add(new PersonBlock(children, domain, alert.getChildren().get(i),
					Messages.format("child.title", i + 1), "cotravel.child." + (i + 1), alert::getDate, zoneTexts,
					this::addChild));
		}
		button(children, "child.add", "cotravel.addChild", this::addChild);
		Group pairs = group(lists, "section.relationships", 2);
		for (ClaimedRelationship pair : alert.getRelationships()) {
			String title = Messages.format("pair.title", alert.getChildren().indexOf(pair.getChild()) + 1,
					alert.getAdults().indexOf(pair.getAdult()) + 1);
			forms.add(new AttributeForm(pairs, domain, pair, List.of(Literals.CLAIMED_RELATIONSHIP__RELATIONSHIP),
					"cotravel.pair." + (alert.getRelationships().indexOf(pair) + 1), a -> title,
					l -> RecordNames.literal(l, Locale.getDefault())));
		}
		Group evidence = group(lists, "section.evidence", 2);
		for (int i = 0; i < alert.getEvidence().size(); i++) {
			forms.add(new AttributeForm(evidence, domain, alert.getEvidence().get(i),
					List.of(Literals.EVIDENCE__KIND, Literals.EVIDENCE__RESULT, Literals.EVIDENCE__NOTE),
					"cotravel.evidence." + (i + 1), a -> RecordNames.attribute(a, Locale.getDefault()),
					l -> RecordNames.literal(l, Locale.getDefault())));
		}
		button(evidence, "evidence.add", "cotravel.addEvidence", () -> domain.getCommandStack().execute(
				new ModelChange(alert, () -> CoTravelAlerts.addEvidence(alert, EvidenceKind.BIRTH_CERTIFICATE, null))));
		Group followUps = group(lists, "section.followUps", 2);
		for (int i = 0; i < alert.getFollowUps().size(); i++) {
			forms.add(new AttributeForm(followUps, domain, alert.getFollowUps().get(i),
					List.of(Literals.FOLLOW_UP_ACTION__DATE, Literals.FOLLOW_UP_ACTION__ACTION,
							Literals.FOLLOW_UP_ACTION__BY, Literals.FOLLOW_UP_ACTION__STATUS),
					"cotravel.followUp." + (i + 1), a -> RecordNames.attribute(a, Locale.getDefault()),
					l -> RecordNames.literal(l, Locale.getDefault())));
		}
		button(followUps, "followUp.add", "cotravel.addFollowUp", () -> domain.getCommandStack()
				.execute(new ModelChange(alert, () -> alert.getFollowUps().add(CoTravelFactory.eINSTANCE.createFollowUpAction()))));
		layout.run();
	}

	private void toggle(String code, boolean on) {
		if (on != alert.getIndicators().contains(code)) {
			domain.getCommandStack().execute(new ModelChange(alert, () -> {
				if (on) {
					alert.getIndicators().add(code);
				} else {
					alert.getIndicators().remove(code);
				}
			}));
		}
	}

	private static void withDocument(org.crm.enlace.model.Person person) {
		person.getDocuments().add(org.crm.enlace.model.EnlaceFactory.eINSTANCE.createPersonDocument());
	}

	/** A titled section of the editor, its children in {@code columns} columns. */
	public static Group group(Composite parent, String key, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.get(key));
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	/** A push button labelled with the text of {@code key} (its mnemonic included). */
	public static void button(Composite parent, String key, String widgetId, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.get(key));
		button.setData(AttributeForm.WIDGET_ID, widgetId);
		button.addListener(SWT.Selection, e -> action.run());
	}
}
