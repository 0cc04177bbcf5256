package org.crm.enlace.ui;

import java.util.List;
import java.util.function.Supplier;

import org.crm.enlace.core.validation.Problem;

/**
 * A part of a record editor's form as its {@link RecordEditorFrame} drives it: it shows the model after each change,
 * undo and redo; applies what is typed before a save (which may start before the focused field loses focus); and
 * lists the typed text it could not read.
 */
public record EditorSection(Runnable showModel, Runnable commitAll, Supplier<List<Problem>> unreadableFields) {

	public static EditorSection of(AttributeForm form) {
		return new EditorSection(form::showModel, form::commitAll, form::unreadableFields);
	}

	/** A control that shows the model but holds no typed text of its own (a check box, a spinner, a picker). */
	public static EditorSection showing(Runnable showModel) {
		return new EditorSection(showModel, () -> {
		}, List::of);
	}
}
