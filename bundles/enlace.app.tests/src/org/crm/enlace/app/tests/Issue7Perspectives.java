package org.crm.enlace.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/**
 * The issue-7 parts that the fragments of enlace.plan.ui, enlace.training.ui, enlace.campaigns.ui and enlace.jtf.ui
 * add to their perspectives, each created by the real workbench in its perspective on the demo data, with a
 * screenshot per perspective. The logged-in user is Guatemala's liaison officer (one workbench per test run): the
 * JTF part is in that user's own perspective; the Presidency's, training and campaigns perspectives are shown here
 * as {@code RolePerspectives} shows them for their roles, so the parts read what a liaison officer may see.
 */
final class Issue7Perspectives {

	private Issue7Perspectives() {
	}

	static void check(MApplication application) throws Exception {
		MWindow window = application.getChildren().get(0);
		Shell shell = (Shell) window.getWidget();
		EModelService models = application.getContext().get(EModelService.class);
		EPartService parts = window.getContext().get(EPartService.class);

		MPart dashboard = showIn(models, parts, application, "enlace.perspective.ppt",
				"enlace.plan.ui.part.dashboard.ppt", "org.crm.enlace.plan.ui.DashboardPart");
		assertEquals(4, table(dashboard, "plan.dashboard.indicators").getItemCount(), "the seed plan's indicators");
		assertTrue(Widgets.find((Composite) dashboard.getWidget(), "plan.dashboard.report", Button.class).isEnabled(),
				"a plan in force: its report can be written");
		Widgets.screenshot(shell, "perspective-ppt-dashboard");

		MPart training = showIn(models, parts, application, "enlace.perspective.training",
				"enlace.training.ui.part.training.training", "org.crm.enlace.training.ui.TrainingPart");
		assertTrue(table(training, "training.sessions").getItemCount() > 0, "the demo sessions");
		Widgets.screenshot(shell, "perspective-training");

		MPart campaigns = showIn(models, parts, application, "enlace.perspective.campaigns",
				"enlace.campaigns.ui.part.campaigns.campaigns", "org.crm.enlace.campaigns.ui.CampaignsPart");
		assertTrue(table(campaigns, "campaigns.adaptations").getItemCount() > 0, "the demo adaptations");
		Widgets.screenshot(shell, "perspective-campaigns");

		MPart jtf = showIn(models, parts, application, "enlace.perspective.liaison",
				"enlace.jtf.ui.part.jtf.liaison", "org.crm.enlace.jtf.ui.JtfPart");
		assertTrue(table(jtf, "jtf.meetings").getItemCount() > 0, "the demo meetings");
		Widgets.screenshot(shell, "perspective-liaison-jtf");
	}

	/* Switches to the perspective (shown first, as for its role) and brings the part up in it. */
	private static MPart showIn(EModelService models, EPartService parts, MApplication application,
			String perspectiveId, String partId, String partClass) {
		MPerspective perspective = (MPerspective) models.find(perspectiveId, application);
		assertNotNull(perspective, perspectiveId);
		perspective.setToBeRendered(true);
		perspective.setVisible(true);
		parts.switchPerspective(perspective);
		MPart part = parts.showPart(partId, PartState.ACTIVATE);
		assertNotNull(part, partId + " in " + perspectiveId);
		assertEquals(perspective, models.getPerspectiveFor(part), partId + " lives in " + perspectiveId);
		assertNotNull(part.getObject(), partId + " was created");
		assertEquals(partClass, part.getObject().getClass().getName());
		return part;
	}

	private static Table table(MPart part, String id) {
		return Widgets.find((Composite) part.getWidget(), id, Table.class);
	}
}
