package org.crm.enlace.app.lifecycle;

import java.util.Optional;

import org.crm.enlace.app.internal.Messages;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

/**
 * Start-up of the workbench: who is working, in which role and on which data folder, then the record store of that
 * folder. When the store cannot be opened (locked, damaged, not writable) the user reads why and may choose again.
 * The role decides which perspectives are shown; the store is closed when the display goes away.
 */
public final class EnlaceLifeCycle {

	@PostContextCreate
	boolean startUp(IEclipseContext context, Display display) {
		Optional<StartChoice> scripted = RoleChooser.fromSystemProperties();
		Optional<StartChoice> choice = scripted.or(() -> new RoleChooser(display, RoleChooser.defaults(), null).open());
		Clock clock = Clock.system();
		while (choice.isPresent()) {
			try {
				RecordStore store = open(choice.get(), clock);
				display.disposeExec(store::close);
				context.set(CurrentUser.class, choice.get().user());
				context.set(Clock.class, clock);
				context.set(RecordStore.class, store);
				context.set(RecordRepository.class, store);
				return true;
			} catch (StoreException e) {
				if (scripted.isPresent()) {
					MessageDialog.openError(null, Messages.get("startup.storeFailed.title"), e.getMessage());
					return false;
				}
				choice = new RoleChooser(display, choice.get(), e.getMessage()).open();
			}
		}
		return false;
	}

	@ProcessAdditions
	void showPerspectivesOfRole(MApplication application, EModelService modelService, CurrentUser user) {
		RolePerspectives.apply(application, modelService, user.role());
	}

	private static RecordStore open(StartChoice choice, Clock clock) {
		return StoreStartup.openWithRegisteredServices(choice.dataFolder(), choice.user(), clock).store();
	}
}
