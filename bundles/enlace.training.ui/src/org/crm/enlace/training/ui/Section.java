package org.crm.enlace.training.ui;

import java.util.List;
import java.util.function.Supplier;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.MarkingSection;

/**
 * A part of an editor's form as its {@link EditorFrame} drives it: it shows the model after each change, undo and
 * redo; applies what is typed before a save (which may start before the focused field loses focus); and lists the
 * typed text it could not read.
 */
record Section(Runnable showModel, Runnable commitAll, Supplier<List<Problem>> unreadableFields) {

	static Section of(AttributeForm form) {
		return new Section(form::showModel, form::commitAll, form::unreadableFields);
	}

	static Section of(MarkingSection marking) {
		return new Section(marking::showModel, marking::commitAll, marking::unreadableFields);
	}
}
