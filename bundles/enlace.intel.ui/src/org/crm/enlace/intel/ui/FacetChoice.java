package org.crm.enlace.intel.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.crm.enlace.intel.ui.internal.Messages;
import org.crm.enlace.intel.ui.internal.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A drop-down of one facet: "all" and each value the current result has, with how many reports have it. The chosen
 * value survives a refill, so narrowing by one facet updates the counts of the others.
 */
final class FacetChoice {

	private final Combo combo;
	private final Function<String, String> label;
	private final List<String> values = new ArrayList<>();
	private String chosen;

	FacetChoice(Composite parent, String titleKey, String widgetId, Function<String, String> label, Runnable changed) {
		new Label(parent, SWT.NONE).setText(Messages.get(titleKey));
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.setData(Widgets.WIDGET_ID, widgetId);
		this.label = label;
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			chosen = index <= 0 ? null : values.get(index - 1);
			changed.run();
		});
	}

	/** The value chosen, or {@code null} for all. */
	String chosen() {
		return chosen;
	}

	void clear() {
		chosen = null;
	}

	void fill(Map<String, Long> counts) {
		values.clear();
		combo.removeAll();
		combo.add(Messages.get("facet.all"));
		counts.forEach((value, count) -> {
			values.add(value);
			combo.add(Messages.format("facet.value", label.apply(value), count));
		});
		combo.select(chosen == null ? 0 : values.indexOf(chosen) + 1);
	}
}
