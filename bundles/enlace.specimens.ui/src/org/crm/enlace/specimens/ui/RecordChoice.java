package org.crm.enlace.specimens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.crm.enlace.model.Record;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A link to another record, chosen by name from the records the user may see (a specimen's issuance procedure, the
 * specimen an alert imitates); the attribute keeps the record's id. "—" clears it. A linked record the user no longer
 * sees stays linked and shows as its id, so the validator can say so.
 */
final class RecordChoice<T extends Record> {

	private final EObject object;
	private final EAttribute idAttribute;
	private final Supplier<List<T>> choices;
	private final Supplier<Object> dependsOn;
	private Object listedFor = new Object();
	private List<T> listed = List.of();
	private final Function<T, String> name;
	private final Combo combo;
	private final List<String> ids = new ArrayList<>();

	/**
	 * @param parent    a two-column grid: the label, then the drop-down
	 * @param choices   read from the store when the editor opens and again when {@code dependsOn} changes
	 * @param dependsOn what the choices depend on (the issuing state), or a constant
	 */
	RecordChoice(Composite parent, EditingDomain domain, EObject object, EAttribute idAttribute, String label,
			Supplier<List<T>> choices, Supplier<Object> dependsOn, Function<T, String> name, String widgetId) {
		this.object = object;
		this.idAttribute = idAttribute;
		this.choices = choices;
		this.dependsOn = dependsOn;
		this.name = name;
		new Label(parent, SWT.NONE).setText(label);
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.setData(AttributeForm.WIDGET_ID, widgetId);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		combo.addListener(SWT.Selection, e -> {
			String chosen = ids.get(combo.getSelectionIndex());
			if (!Objects.equals(chosen, object.eGet(idAttribute))) {
				domain.getCommandStack().execute(SetCommand.create(domain, object, idAttribute, chosen));
			}
		});
		showModel();
	}

	/** Selects the linked record, after listing the choices anew when what they depend on changed. */
	void showModel() {
		if (!Objects.equals(listedFor, dependsOn.get())) {
			listedFor = dependsOn.get();
			listed = choices.get();
		}
		String linked = (String) object.eGet(idAttribute);
		List<String> labels = new ArrayList<>();
		ids.clear();
		ids.add(null);
		labels.add(Messages.get("editor.link.none"));
		for (T record : listed) {
			ids.add(record.getId());
			labels.add(name.apply(record));
		}
		if (linked != null && !ids.contains(linked)) {
			ids.add(linked);
			labels.add(Messages.format("editor.link.unknown", linked));
		}
		combo.setItems(labels.toArray(String[]::new));
		combo.select(ids.indexOf(linked));
	}

	/** The names offered, "—" first: what the user chooses from. */
	List<String> offered() {
		return List.of(combo.getItems());
	}
}
