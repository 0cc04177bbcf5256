package org.crm.enlace.ui.testing;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * A user's hands on the widgets under a composite, found by their {@link AttributeForm#WIDGET_ID}: each action is
 * what a keyboard or mouse would do, then the event loop runs until the screen has settled.
 */
public final class Widgets {

	private final Composite root;

	public Widgets(Composite root) {
		this.root = root;
	}

	public <T extends Control> T find(String id, Class<T> type) {
		return type.cast(AttributeForm.widget(root, id).orElseThrow(() -> new AssertionError("no widget " + id)));
	}

	public boolean has(String id) {
		return AttributeForm.widget(root, id).isPresent();
	}

	/** Puts the text in the field, replacing what it held, without confirming it. */
	public void type(String id, String typed) {
		find(id, Text.class).setText(typed);
		settle();
	}

	/** Types the text into the field (replacing what it held) and presses Enter. */
	public void typeAndEnter(String id, String typed) {
		typeThen(id, typed, field -> field.notifyListeners(SWT.DefaultSelection, new Event()));
	}

	/** Types into a long-text field and leaves it: there Enter starts a new line, leaving applies. */
	public void typeAndLeave(String id, String typed) {
		typeThen(id, typed, field -> field.notifyListeners(SWT.FocusOut, new Event()));
	}

	/** Types the text into the field and leaves it with Tab, to the next control in the tab order. */
	public void typeAndTab(String id, String typed) {
		typeThen(id, typed, field -> {
			field.traverse(SWT.TRAVERSE_TAB_NEXT);
			field.notifyListeners(SWT.FocusOut, new Event());
		});
	}

	/** Picks the item of that text in a read-only drop-down, as the arrow keys do. */
	public void choose(String id, String item) {
		Combo combo = find(id, Combo.class);
		int index = combo.indexOf(item);
		if (index < 0) {
			throw new AssertionError(id + " has no item " + item + ": " + List.of(combo.getItems()));
		}
		combo.setFocus();
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	/** Picks the item at {@code index} in a read-only drop-down. */
	public void choose(String id, int index) {
		choose(id, find(id, Combo.class).getItem(index));
	}

	/** Presses an enabled button; a check box toggles first and a radio button is selected, as Space does. */
	public void press(String id) {
		Button button = find(id, Button.class);
		if (!button.isEnabled()) {
			throw new AssertionError(id + " is disabled: a user cannot press it");
		}
		button.setFocus();
		if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		} else if ((button.getStyle() & SWT.RADIO) != 0) {
			button.setSelection(true);
		}
		button.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	/**
	 * Sends a disabled button its selection all the same, as no user can: shows that the part guards the action
	 * itself, not only through the button's state.
	 */
	public void pressDisabled(String id) {
		Button button = find(id, Button.class);
		if (button.isEnabled()) {
			throw new AssertionError(id + " is enabled: press it");
		}
		button.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	/** The items of a list widget. */
	public List<String> items(String id) {
		return List.of(find(id, org.eclipse.swt.widgets.List.class).getItems());
	}

	/** The texts of one column of a table, row by row. */
	public List<String> column(String id, int index) {
		return Arrays.stream(find(id, Table.class).getItems()).map(item -> item.getText(index)).toList();
	}

	/** Clicks the row whose cell {@code column} is {@code text}, as a mouse would (the viewer hears the selection). */
	public void select(String id, int column, String text) {
		Table table = find(id, Table.class);
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(column).equals(text)) {
				table.setSelection(i);
				Event event = new Event();
				event.item = table.getItem(i);
				table.notifyListeners(SWT.Selection, event);
				settle();
				return;
			}
		}
		throw new AssertionError("no row " + text + " in " + id);
	}

	private void typeThen(String id, String typed, Consumer<Text> confirm) {
		Text field = find(id, Text.class);
		field.setFocus();
		field.setText(typed);
		confirm.accept(field);
		settle();
	}

	/** Runs the event loop until the paints and layouts the last action caused are done. */
	public void settle() {
		Screenshots.settle(root.getDisplay());
	}
}
