package org.crm.enlace.ui;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Where a work area opens a record's editor: in the stack of the part it is opened from, so it shows beside it. */
public final class EditorPlacement {

	private EditorPlacement() {
	}

	/** Adds the (new) editor part to the stack of {@code beside}; showing it is the caller's, in the state it needs. */
	public static MPart addBeside(MPart beside, MPart editor) {
		MElementContainer<MUIElement> stack = beside.getParent();
		stack.getChildren().add(editor);
		return editor;
	}
}
