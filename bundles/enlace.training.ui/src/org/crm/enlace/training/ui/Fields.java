package org.crm.enlace.training.ui;

import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.training.ui.internal.Messages;

/** The validator says "required"; the editor says which field: "Place: required", with the field's label. */
final class Fields {

	private Fields() {
	}

	static List<Problem> named(List<Problem> problems) {
		return problems.stream().map(p -> new Problem(p.field(),
				Messages.format("problem.field", Messages.format("field." + p.field()), p.message()))).toList();
	}
}
