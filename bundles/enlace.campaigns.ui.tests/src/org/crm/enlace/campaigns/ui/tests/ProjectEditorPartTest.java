package org.crm.enlace.campaigns.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.campaigns.CampaignValidator;
import org.crm.enlace.campaigns.Campaigns;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.ProjectStatus;
import org.crm.enlace.campaigns.ui.CampaignEditors;
import org.crm.enlace.campaigns.ui.ProjectEditorPart;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regional project editor opened from the campaigns part on the demo draft: at IOM, a new draft label undone and
 * redone, a period out of order refused and nothing stored, then saved as a new version of the same record that the
 * part shows; at Guatemala, the store's refusal in words.
 */
class ProjectEditorPartTest {

	@TempDir
	Path data;

	private Desk desk;

	@AfterEach
	void close() {
		if (desk != null) {
			desk.close();
		}
	}

	@Test
	void iomSavesANewDraftAsANewVersionOfTheSameRecord() {
		desk = new Desk(data, Desk.IOM);
		desk.host.widgets().press("campaigns.editProject");
		MPart part = desk.host.opened().getFirst();
		assertEquals(CampaignEditors.PROJECT, part.getElementId());
		ProjectEditorPart editor = desk.editor(ProjectEditorPart.class, part);
		CampaignProject edited = editor.project();
		CampaignProject before = stored(edited.getId());
		CommandStack commands = editor.getEditingDomain().getCommandStack();

		desk.host.widgets().typeAndEnter("project.draftVersion", "2.1");
		desk.host.widgets().typeAndEnter("project.draftDate", "2026-11-29");
		desk.host.widgets().choose("project.status", ProjectStatus.UNDER_REVIEW.getValue());
		assertEquals(ProjectStatus.UNDER_REVIEW, edited.getStatus());
		commands.undo();
		assertEquals(before.getStatus(), edited.getStatus());
		commands.redo();
		assertEquals(ProjectStatus.UNDER_REVIEW, edited.getStatus());

		desk.host.widgets().typeAndEnter("project.endDate", "2024-12-31");
		editor.save();
		List<String> listed = desk.problems("project.editor");
		List<Problem> rules = CampaignValidator.validate(edited);
		assertFalse(rules.isEmpty());
		rules.forEach(rule -> assertTrue(listed.contains(rule.message()), rule.message() + " in " + listed));
		assertEquals(before.getVersion(), stored(edited.getId()).getVersion(), "nothing stored");
		Screenshots.saveForReview(desk.host.shell(), "campaigns-project-refused");

		commands.undo();
		assertEquals(before.getEndDate(), edited.getEndDate());
		assertEquals(before.getEndDate() == null ? "" : before.getEndDate().toString(),
				desk.host.widgets().find("project.endDate", Text.class).getText(), "the field shows the undone day");
		editor.save();
		CampaignProject saved = stored(edited.getId());
		assertEquals(before.getVersion() + 1, saved.getVersion(), "a new version of the same record");
		assertEquals("2.1", saved.getDraftVersion());
		assertEquals(1, Campaigns.projects(desk.store).size());
		desk.campaigns.recordsChanged("CampaignProject");
		String shown = desk.host.widgets().find("campaigns.project", Label.class).getText();
		assertTrue(shown.contains("2.1"), shown);
		Screenshots.saveForReview(desk.host.shell(), "campaigns-project-saved");
	}

	@Test
	void aCountryCannotSaveIomsDraftAndIsToldSo() {
		desk = new Desk(data);
		desk.host.widgets().press("campaigns.editProject");
		ProjectEditorPart editor = desk.editor(ProjectEditorPart.class, desk.host.opened().getFirst());
		CampaignProject before = stored(editor.project().getId());
		desk.host.widgets().typeAndEnter("project.title", "Cambio que Guatemala no puede guardar");
		editor.save();
		String status = desk.host.widgets().find("project.editor.status", Label.class).getText();
		assertFalse(status.isBlank());
		assertFalse(status.contains("Exception"), status);
		assertEquals(before.getVersion(), stored(before.getId()).getVersion());
		assertEquals(before.getTitle(), stored(before.getId()).getTitle());
		Screenshots.saveForReview(desk.host.shell(), "campaigns-project-other-organization");
	}

	private CampaignProject stored(String id) {
		return desk.store.findById(id).map(CampaignProject.class::cast).orElseThrow();
	}
}
