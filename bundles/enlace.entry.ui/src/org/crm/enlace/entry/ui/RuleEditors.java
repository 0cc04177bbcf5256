package org.crm.enlace.entry.ui;

import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.ui.EditorPlacement;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;

/**
 * Opens a rule's editor beside the matrix: the one already open on that rule, else the open editor that has no
 * unsaved change, now on this rule, else a new one. Clicking from cell to cell thus keeps one editor following.
 */
@Creatable
public final class RuleEditors {

	public static final String DESCRIPTOR = "enlace.entry.ui.partdescriptor.ruleEditor";
	static final String RULE_ID = "enlace.entry.rule.id";

	private final EPartService partService;

	@Inject
	public RuleEditors(EPartService partService) {
		this.partService = partService;
	}

	public MPart open(MPart beside, EntryRule rule) {
		MPart editor = partService.getParts().stream()
				.filter(p -> DESCRIPTOR.equals(p.getElementId()) && rule.getId().equals(p.getTransientData().get(RULE_ID)))
				.findFirst()
				.or(() -> partService.getParts().stream()
						.filter(p -> DESCRIPTOR.equals(p.getElementId()) && !p.isDirty()
								&& p.getObject() instanceof RuleEditorPart)
						.findFirst()
						.map(p -> {
							((RuleEditorPart) p.getObject()).load(rule.getId());
							return p;
						}))
				.orElseGet(() -> {
					MPart created = partService.createPart(DESCRIPTOR);
					created.getTransientData().put(RULE_ID, rule.getId());
					return EditorPlacement.addBeside(beside, created);
				});
		return partService.showPart(editor, PartState.VISIBLE);
	}
}
