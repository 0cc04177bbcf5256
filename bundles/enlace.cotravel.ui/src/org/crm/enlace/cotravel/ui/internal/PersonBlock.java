package org.crm.enlace.cotravel.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.MrzPerson;
import org.crm.enlace.cotravel.model.CoTravelPackage.Literals;
import org.crm.enlace.cotravel.model.TravellingAdult;
import org.crm.enlace.cotravel.model.TravellingChild;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Person;
import org.crm.enlace.mrz.NotAnMrzException;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * One travelling adult or child: a field to paste the document's machine readable zone, which fills the person
 * (one undoable change) and says whether the zone passed its checks; the person's fields and first document; the
 * adult's role or the child's age (computed from a birth date known to the day, else entered). Enter in any field
 * adds another person of the same kind.
 */
public final class PersonBlock {

	private static final List<EAttribute> PERSON = List.of(EnlacePackage.Literals.PERSON__GIVEN_NAMES,
			EnlacePackage.Literals.PERSON__FIRST_SURNAME, EnlacePackage.Literals.PERSON__SECOND_SURNAME,
			EnlacePackage.Literals.PERSON__SURNAME_PARTICLES, EnlacePackage.Literals.PERSON__DATE_OF_BIRTH,
			EnlacePackage.Literals.PERSON__SEX, EnlacePackage.Literals.PERSON__NATIONALITY);
	private static final List<EAttribute> DOCUMENT = List.of(EnlacePackage.Literals.PERSON_DOCUMENT__TYPE,
			EnlacePackage.Literals.PERSON_DOCUMENT__NUMBER, EnlacePackage.Literals.PERSON_DOCUMENT__ISSUING_STATE,
			EnlacePackage.Literals.PERSON_DOCUMENT__EXPIRY);

	private final EObject traveller;
	private final Supplier<LocalDate> eventDate;
	private final Text zone;
	private final Label zoneResult;
	private final Label computedAge;
	private final List<AttributeForm> forms = new ArrayList<>();

	/**
	 * @param traveller  a {@link TravellingAdult} or a {@link TravellingChild}
	 * @param zoneTexts  what was pasted and what it gave, per traveller, kept across the rebuilds of the form
	 * @param addAnother what Enter does in a field: add a person of the same kind
	 */
	public PersonBlock(Composite parent, EditingDomain domain, EObject traveller, String title, String widgetPrefix,
			Supplier<LocalDate> eventDate, Map<EObject, String[]> zoneTexts, Runnable addAnother) {
		this.traveller = traveller;
		this.eventDate = eventDate;
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);

		new Label(group, SWT.NONE).setText(Messages.get("person.zone"));
		zone = new Text(group, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		zone.setData(AttributeForm.WIDGET_ID, widgetPrefix + ".zone");
		zone.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(420, 48).applyTo(zone);
		// Tab leaves the zone (a zone never holds a tab); Enter stays a line break, which pasting needs.
		zone.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		new Label(group, SWT.NONE);
		zoneResult = new Label(group, SWT.WRAP);
		zoneResult.setData(AttributeForm.WIDGET_ID, widgetPrefix + ".zoneResult");
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(zoneResult);
		String[] kept = zoneTexts.get(traveller);
		if (kept != null) {
			zone.setText(kept[0]);
			zoneResult.setText(kept[1]);
		}
		zone.addListener(SWT.Modify, e -> read(domain, zoneTexts));

		Person person = person();
		forms.add(new AttributeForm(group, domain, person, PERSON, widgetPrefix,
				a -> RecordNames.attribute(a, Locale.getDefault()), l -> RecordNames.literal(l, Locale.getDefault())));
		if (!person.getDocuments().isEmpty()) {
			forms.add(new AttributeForm(group, domain, person.getDocuments().getFirst(), DOCUMENT,
					widgetPrefix + ".document", a -> Messages.get("document." + a.getName()),
					l -> RecordNames.literal(l, Locale.getDefault())));
		}
		if (traveller instanceof TravellingAdult) {
			forms.add(new AttributeForm(group, domain, traveller, List.of(Literals.TRAVELLING_ADULT__ROLE),
					widgetPrefix, a -> RecordNames.attribute(a, Locale.getDefault()),
					l -> RecordNames.literal(l, Locale.getDefault())));
			computedAge = null;
		} else {
			forms.add(new AttributeForm(group, domain, traveller, List.of(Literals.TRAVELLING_CHILD__AGE_AT_TIME),
					widgetPrefix, a -> Messages.get("child.ageEntered"),
					l -> RecordNames.literal(l, Locale.getDefault())));
			new Label(group, SWT.NONE).setText(Messages.get("child.ageComputed"));
			computedAge = new Label(group, SWT.NONE);
			computedAge.setData(AttributeForm.WIDGET_ID, widgetPrefix + ".computedAge");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(computedAge);
		}
		for (Control control : group.getChildren()) {
			if (control instanceof Text text && text != zone) {
				text.addListener(SWT.DefaultSelection, e -> text.getDisplay().asyncExec(addAnother));
			}
		}
		showModel();
	}

	/** The zone field, which a new person's block gets the focus in. */
	public Text zone() {
		return zone;
	}

	public void showModel() {
		forms.forEach(AttributeForm::showModel);
		if (computedAge != null) {
			computedAge.setText(CoTravelAlerts.ageOn(person().getDateOfBirth(), eventDate.get())
					.map(age -> Messages.format("child.years", age)).orElse(Messages.get("child.noAge")));
		}
	}

	public void commitAll() {
		forms.forEach(AttributeForm::commitAll);
	}

	public List<Problem> unreadableFields() {
		return forms.stream().flatMap(f -> f.unreadableFields().stream()).toList();
	}

	private Person person() {
		return traveller instanceof TravellingAdult adult ? adult.getPerson() : ((TravellingChild) traveller).getPerson();
	}

	/* A complete zone replaces the person in one undoable change, even when a check fails: the result says so. */
	private void read(EditingDomain domain, Map<EObject, String[]> zoneTexts) {
		String text = zone.getText();
		if (text.lines().filter(l -> !l.isBlank()).count() < 2) {
			zoneResult.setText("");
			return;
		}
		try {
			LocalDate on = eventDate.get() == null ? LocalDate.now() : eventDate.get();
			MrzPerson read = MrzPerson.read(text, on);
			String result = read.valid()
					? Messages.format("zone.valid", read.mrz().checks().size())
					: Messages.format("zone.failed", String.join(" ", read.findings(Locale.getDefault())));
			zoneTexts.put(traveller, new String[] { text, result });
			zoneResult.setText(result);
			// After the event: the new person rebuilds the form, this field included.
			zone.getDisplay().asyncExec(() -> domain.getCommandStack().execute(new ModelChange(traveller, () -> {
				if (traveller instanceof TravellingAdult adult) {
					adult.setPerson(read.person());
				} else {
					((TravellingChild) traveller).setPerson(read.person());
				}
			})));
		} catch (NotAnMrzException e) {
			zoneResult.setText(Messages.format("zone.notZone", e.message(Locale.getDefault())));
			zoneResult.getParent().layout();
		}
	}
}
