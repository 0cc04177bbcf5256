package org.crm.enlace.campaigns.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.campaigns.CampaignValidator;
import org.crm.enlace.campaigns.Campaigns;
import org.crm.enlace.campaigns.model.Channel;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.SponsorshipKind;
import org.crm.enlace.campaigns.ui.AdaptationEditorPart;
import org.crm.enlace.campaigns.ui.CampaignEditors;
import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national adaptation editor opened from the campaigns part, both made by E4's injector in real SWT shells (under
 * Xvfb in the build) on a real Derby store holding the demo data, driven through the widgets: undo and redo of
 * fields, channels, events and sponsorships; saves refused with the problems listed and nothing stored; a valid save
 * stored as a new version that the campaigns part shows; another country's adaptation refused in words; materials.
 */
class AdaptationEditorPartTest {

	@TempDir
	Path data;
	@TempDir
	Path files;

	private Desk desk;
	private List<MPart> opened;

	@AfterEach
	void close() {
		if (desk != null) {
			desk.close();
		}
	}

	private void open() {
		desk = new Desk(data);
		opened = desk.host.opened();
	}

	private AdaptationEditorPart editor(MPart part) {
		return desk.editor(AdaptationEditorPart.class, part);
	}

	private NationalAdaptation stored(String id) {
		return desk.store.findById(id).map(NationalAdaptation.class::cast).orElseThrow();
	}

	private List<String> problems() {
		return desk.problems("adaptation.editor");
	}

	private void check(Table table, int index, boolean checked) {
		TableItem item = table.getItem(index);
		item.setChecked(checked);
		Event event = new Event();
		event.detail = SWT.CHECK;
		event.item = item;
		table.notifyListeners(SWT.Selection, event);
	}

	@Test
	void editsAnAdaptationWithUndoAndRedoRefusesBadSavesAndStoresAValidOneAsANewVersion() {
		open();
		Table adaptations = desk.host.widgets().find("campaigns.adaptations", Table.class);
		adaptations.setSelection(0);
		desk.host.widgets().press("campaigns.editAdaptation");
		assertEquals(1, opened.size(), "the editor opened beside the part");
		AdaptationEditorPart editor = editor(opened.getFirst());
		NationalAdaptation edited = editor.adaptation();
		assertEquals("GTM", edited.getCountry());
		NationalAdaptation stored = stored(edited.getId());
		String oldTitle = stored.getTitle();
		CommandStack commands = editor.getEditingDomain().getCommandStack();

		desk.host.widgets().typeAndEnter("adaptation.title", "Campaña ficticia editada");
		assertEquals("Campaña ficticia editada", edited.getTitle());
		assertTrue(opened.getFirst().isDirty());
		commands.undo();
		assertEquals(oldTitle, edited.getTitle());
		assertEquals(oldTitle, desk.host.widgets().find("adaptation.title", Text.class).getText(), "the field shows the undone value");
		assertFalse(opened.getFirst().isDirty());
		commands.redo();
		assertEquals("Campaña ficticia editada", desk.host.widgets().find("adaptation.title", Text.class).getText());

		Table channels = desk.host.widgets().find("adaptation.channels", Table.class);
		boolean hadPress = edited.getChannels().contains(Channel.PRESS);
		check(channels, Channel.PRESS.getValue(), !hadPress);
		assertEquals(!hadPress, edited.getChannels().contains(Channel.PRESS));
		commands.undo();
		assertEquals(hadPress, edited.getChannels().contains(Channel.PRESS));
		assertEquals(hadPress, channels.getItem(Channel.PRESS.getValue()).getChecked(), "the box shows the undo");
		commands.redo();

		int events = edited.getEvents().size();
		desk.host.widgets().press("adaptation.event.add");
		assertEquals(events + 1, edited.getEvents().size());
		String added = "adaptation.event." + (events + 1);
		desk.host.widgets().typeAndEnter(added + ".date", "2026-02-30");
		desk.host.widgets().typeAndEnter(added + ".place", "Mercado municipal (ficticio)");
		desk.host.widgets().choose(added + ".channel", 0);
		desk.host.widgets().typeAndEnter(added + ".estimatedReach", "-40");
		assertEquals(-40, edited.getEvents().getLast().getEstimatedReach());
		assertEquals(null, edited.getEvents().getLast().getDate(), "an impossible day is not applied");

		editor.save();
		List<String> listed = problems();
		Problem unreadableDate = editor.currentProblems().stream().filter(p -> p.field().equals("date")).findFirst()
				.orElseThrow(() -> new AssertionError("the impossible day is a problem"));
		assertTrue(listed.contains(unreadableDate.message()), listed.toString());
		assertTrue(unreadableDate.message().startsWith(Messages.format("editor.event", events + 1)),
				"the problem names the event: " + unreadableDate.message());
		assertFalse(unreadableDate.message().contains("2026-02-30"), "the problem names the field, not the value");
		for (Problem rule : CampaignValidator.validate(edited)) {
			assertTrue(listed.contains(rule.message()), rule.message() + " in " + listed);
		}
		assertEquals(stored.getVersion(), stored(edited.getId()).getVersion(), "nothing stored");
		assertEquals(oldTitle, stored(edited.getId()).getTitle());
		Screenshots.saveForReview(desk.host.shell(), "campaigns-adaptation-refused");

		desk.host.widgets().typeAndEnter(added + ".date", "2026-02-27");
		desk.host.widgets().typeAndEnter(added + ".estimatedReach", "1200");
		editor.save();
		assertEquals(List.of(), editor.currentProblems());
		assertEquals(1, problems().size(), "the list says there are none");
		NationalAdaptation saved = stored(edited.getId());
		assertEquals(stored.getVersion() + 1, saved.getVersion(), "a new version");
		assertEquals("Campaña ficticia editada", saved.getTitle());
		assertEquals(events + 1, saved.getEvents().size());
		assertEquals(LocalDate.parse("2026-02-27"), saved.getEvents().getLast().getDate());
		assertEquals(1200, saved.getEvents().getLast().getEstimatedReach());
		assertFalse(opened.getFirst().isDirty());

		desk.campaigns.recordsChanged("NationalAdaptation");
		assertTrue(List.of(adaptations.getItems()).stream().anyMatch(i -> i.getText(1).equals("Campaña ficticia editada")),
				"the part shows the saved title after its refresh");

		commands.undo();
		assertEquals(-40, edited.getEvents().getLast().getEstimatedReach(), "the last change is undone after the save");
		assertTrue(opened.getFirst().isDirty(), "and the editor is dirty again");
		commands.redo();
		assertFalse(opened.getFirst().isDirty(), "back where it was saved");
		Screenshots.saveForReview(desk.host.shell(), "campaigns-adaptation-saved");
	}

	@Test
	void anotherCountrysAdaptationIsRefusedByTheStoreInWordsAndNothingChanges() {
		open();
		NationalAdaptation honduras = Campaigns.adaptations(desk.store).stream().filter(a -> a.getCountry().equals("HND"))
				.findFirst().orElseThrow();
		MPart part = PartHost.partInStack(Map.of());
		part.getTransientData().put(CampaignEditors.RECORD_ID, honduras.getId());
		AdaptationEditorPart editor = editor(part);
		desk.host.widgets().typeAndEnter("adaptation.title", "Cambio que Guatemala no puede guardar");
		editor.save();
		String status = desk.host.widgets().find("adaptation.editor.status", Label.class).getText();
		assertFalse(status.isBlank());
		assertFalse(status.contains("Exception") || status.contains("\tat "), status);
		assertEquals(honduras.getVersion(), stored(honduras.getId()).getVersion());
		assertEquals(honduras.getTitle(), stored(honduras.getId()).getTitle());
		assertTrue(part.isDirty(), "the change stays in the editor");
		Screenshots.saveForReview(desk.host.shell(), "campaigns-adaptation-other-country");
	}

	@Test
	void aNewAdaptationWithACashSponsorshipIsSavedThenGetsAndLosesAMaterial() throws IOException {
		open();
		desk.host.widgets().press("campaigns.newAdaptation");
		AdaptationEditorPart editor = editor(opened.getFirst());
		NationalAdaptation created = editor.adaptation();
		assertEquals("GTM", created.getCountry());
		assertEquals(Campaigns.projects(desk.store).getFirst().getId(), created.getProjectId());

		Path poster = Files.write(files.resolve("afiche-ficticio.pdf"), "%PDF-1.4 ficticio".getBytes());
		desk.host.widgets().find("adaptation.materialPath", Text.class).setText(poster.toString());
		desk.host.widgets().press("adaptation.attach");
		assertEquals(Messages.format("editor.attachFirstSave"), desk.host.widgets().find("adaptation.editor.status", Label.class).getText());

		desk.host.widgets().typeAndEnter("adaptation.title", "Segunda adaptación ficticia");
		desk.host.widgets().typeAndEnter("adaptation.languages", "es, quc");
		desk.host.widgets().typeAndEnter("adaptation.startDate", "2027-01-01");
		desk.host.widgets().press("adaptation.sponsorship.add");
		desk.host.widgets().typeAndEnter("adaptation.sponsorship.1.sponsor", "Ministerio ficticio");
		desk.host.widgets().choose("adaptation.sponsorship.1.kind", SponsorshipKind.CASH.getValue());
		desk.host.widgets().typeAndEnter("adaptation.sponsorship.1.amount", "mil quinientos");
		desk.host.widgets().typeAndEnter("adaptation.sponsorship.1.currency", "GTQ");
		int before = Campaigns.adaptations(desk.store).size();
		editor.save();
		Problem amount = editor.currentProblems().stream().filter(p -> p.field().equals("amount")).findFirst()
				.orElseThrow(() -> new AssertionError("the amount that is not a number is a problem"));
		assertTrue(amount.message().startsWith(Messages.format("editor.sponsorship", 1)), amount.message());
		assertTrue(problems().contains(amount.message()), problems().toString());
		assertEquals(before, Campaigns.adaptations(desk.store).size(), "nothing stored");

		desk.host.widgets().typeAndEnter("adaptation.sponsorship.1.amount", "1500.50");
		assertEquals(new BigDecimal("1500.50"), created.getSponsorships().getFirst().getAmount());
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(null, created.getSponsorships().getFirst().getAmount(), "the amount is undone");
		assertEquals("", desk.host.widgets().find("adaptation.sponsorship.1.amount", Text.class).getText());
		editor.getEditingDomain().getCommandStack().redo();
		editor.save();
		assertEquals(before + 1, Campaigns.adaptations(desk.store).size());
		NationalAdaptation saved = stored(created.getId());
		assertEquals(1, saved.getVersion());
		assertEquals(List.of("es", "quc"), saved.getLanguages());
		assertEquals(0, new BigDecimal("1500.50").compareTo(saved.getSponsorships().getFirst().getAmount()));

		desk.host.widgets().press("adaptation.attach");
		Table materials = desk.host.widgets().find("adaptation.materials", Table.class);
		assertEquals(1, materials.getItemCount());
		assertEquals("afiche-ficticio.pdf", materials.getItem(0).getText(0));
		assertEquals(1, desk.store.attachments(created.getId()).size());
		Desk.reveal(materials);
		Screenshots.saveForReview(desk.host.shell(), "campaigns-adaptation-new");
		materials.setSelection(0);
		desk.host.widgets().press("adaptation.detach");
		assertEquals(0, materials.getItemCount());
		assertEquals(List.of(), desk.store.attachments(created.getId()));
	}

}
