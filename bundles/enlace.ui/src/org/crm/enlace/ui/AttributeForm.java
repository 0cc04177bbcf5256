package org.crm.enlace.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.ui.internal.Messages;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A label and a field for each attribute of an EMF object, in a two-column composite. Every change becomes a
 * command on the editing domain's stack, so it can be undone; text that cannot be read (a malformed date) is kept as
 * a problem and not applied. Enumerations get a drop-down; unsettable ones start with "—" (not given); many-valued
 * attributes are typed comma-separated; dates as YYYY-MM-DD; whole numbers in digits; decimals with a point
 * (coordinates in degrees).
 */
public final class AttributeForm {

	/** Key of the widget ids, {@code <prefix>.<attribute name>}, that UI tests use. */
	public static final String WIDGET_ID = "enlace.widget";

	private final EditingDomain domain;
	private final EObject object;
	private final Map<EAttribute, Control> fields = new LinkedHashMap<>();
	private final Map<EAttribute, Problem> unreadable = new LinkedHashMap<>();
	private final Function<EAttribute, String> fieldLabel;
	private final Function<EEnumLiteral, String> literalLabel;

	/**
	 * @param parent       a composite with a two-column grid layout
	 * @param fieldLabel   the label of each attribute, in the user's language
	 * @param literalLabel the label of each enumeration literal, in the user's language
	 */
	public AttributeForm(Composite parent, EditingDomain domain, EObject object, List<EAttribute> attributes,
			String widgetPrefix, Function<EAttribute, String> fieldLabel, Function<EEnumLiteral, String> literalLabel) {
		this(parent, domain, object, attributes, Set.of(), widgetPrefix, fieldLabel, literalLabel);
	}

	/**
	 * @param longTexts the attributes typed as several lines (minutes, notes, descriptions); the others take one line
	 */
	public AttributeForm(Composite parent, EditingDomain domain, EObject object, List<EAttribute> attributes,
			Set<EAttribute> longTexts, String widgetPrefix, Function<EAttribute, String> fieldLabel,
			Function<EEnumLiteral, String> literalLabel) {
		this.domain = domain;
		this.object = object;
		this.fieldLabel = fieldLabel;
		this.literalLabel = literalLabel;
		for (EAttribute attribute : attributes) {
			new Label(parent, SWT.NONE).setText(fieldLabel.apply(attribute));
			Control field = attribute.getEType() instanceof EEnum eEnum ? choice(parent, attribute, eEnum)
					: text(parent, attribute, longTexts.contains(attribute));
			field.setData(WIDGET_ID, widgetPrefix + "." + attribute.getName());
			fields.put(attribute, field);
		}
		showModel();
	}

	/** The control under {@code parent}, depth first, that carries {@code id} as its {@link #WIDGET_ID}. */
	public static Optional<Control> widget(Composite parent, String id) {
		for (Control child : parent.getChildren()) {
			if (id.equals(child.getData(WIDGET_ID))) {
				return Optional.of(child);
			}
			if (child instanceof Composite composite) {
				Optional<Control> found = widget(composite, id);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/** Problems of text that could not be turned into a value (the model keeps its last good value). */
	public List<Problem> unreadableFields() {
		return List.copyOf(unreadable.values());
	}

	/** Applies what is typed in every text field: a save may start before the focused field loses focus. */
	public void commitAll() {
		fields.forEach((attribute, field) -> {
			if (field instanceof Text text) {
				commit(attribute, text.getText());
			}
		});
	}

	/** Shows the model's values: after loading, undo and redo. */
	public void showModel() {
		fields.forEach((attribute, field) -> {
			if (field instanceof Combo combo) {
				combo.select(indexOf(attribute, (EEnum) attribute.getEType()));
			} else if (!unreadable.containsKey(attribute)) {
				((Text) field).setText(format(object.eGet(attribute)));
			}
		});
	}

	private Combo choice(Composite parent, EAttribute attribute, EEnum eEnum) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		if (attribute.isUnsettable()) {
			combo.add(Messages.get("notGiven"));
		}
		eEnum.getELiterals().forEach(literal -> combo.add(literalLabel.apply(literal)));
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex() - (attribute.isUnsettable() ? 1 : 0);
			apply(attribute, index < 0 ? SetCommand.UNSET_VALUE : eEnum.getELiterals().get(index).getInstance());
		});
		return combo;
	}

	private Text text(Composite parent, EAttribute attribute, boolean longText) {
		Text text = new Text(parent, longText ? SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, longText ? 90 : SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.FocusOut, e -> commit(attribute, text.getText()));
		if (!longText) {
			// Enter applies a one-line field; in a long text it starts a new line.
			text.addListener(SWT.DefaultSelection, e -> commit(attribute, text.getText()));
		}
		return text;
	}

	private int indexOf(EAttribute attribute, EEnum eEnum) {
		int offset = attribute.isUnsettable() ? 1 : 0;
		if (!object.eIsSet(attribute) && attribute.isUnsettable()) {
			return 0;
		}
		Object value = object.eGet(attribute);
		return value == null ? -1 : eEnum.getELiterals().indexOf(eEnum.getEEnumLiteralByLiteral(value.toString())) + offset;
	}

	private void commit(EAttribute attribute, String typed) {
		Object value;
		try {
			value = parse(attribute, typed);
			unreadable.remove(attribute);
		} catch (DateTimeParseException e) {
			unreadable.put(attribute,
					new Problem(attribute.getName(), Messages.format("date.invalid", fieldLabel.apply(attribute))));
			return;
		} catch (NumberFormatException e) {
			String key = attribute.getEAttributeType().getInstanceClass() == double.class ? "decimal.invalid"
					: "number.invalid";
			unreadable.put(attribute,
					new Problem(attribute.getName(), Messages.format(key, fieldLabel.apply(attribute))));
			return;
		}
		apply(attribute, value);
	}

	private void apply(EAttribute attribute, Object value) {
		boolean unchanged = value == SetCommand.UNSET_VALUE ? !object.eIsSet(attribute)
				: Objects.equals(value, object.eGet(attribute));
		if (!unchanged) {
			domain.getCommandStack().execute(SetCommand.create(domain, object, attribute, value));
		}
	}

	private static Object parse(EAttribute attribute, String typed) {
		String trimmed = typed.trim();
		if (attribute.isMany()) {
			return Arrays.stream(trimmed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		}
		if (attribute.getEAttributeType().getInstanceClass() == LocalDate.class) {
			return trimmed.isEmpty() ? null : LocalDate.parse(trimmed);
		}
		if (attribute.getEAttributeType().getInstanceClass() == Integer.class) {
			return trimmed.isEmpty() ? null : Integer.valueOf(trimmed);
		}
		// A primitive double cannot be empty: Double.valueOf("") fails and the field is listed as unreadable.
		if (attribute.getEAttributeType().getInstanceClass() == double.class) {
			return Double.valueOf(trimmed);
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

	private static String format(Object value) {
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return value == null ? "" : value.toString();
	}
}
