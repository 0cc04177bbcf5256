package org.crm.enlace.campaigns.ui.tests;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.campaigns.ui.CampaignsPart;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A campaign coordinator's desk for the editor tests: a real Derby store with the campaigns' demo data, the
 * campaigns part on the left of a real SWT shell (under Xvfb in the build) and the editors it opens on the right,
 * each made by E4's injector without a workbench (the part service records the editors asked for). The helpers act
 * as a user would: type and press Enter, press a button, choose in a drop-down.
 */
final class Desk implements AutoCloseable {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	static final CurrentUser IOM = new CurrentUser("oim.ficticio", "XOM", Role.CAMPAIGN_COORDINATOR);

	final RecordStore store;
	final Shell shell;
	final CampaignsPart campaigns;
	final List<MPart> opened = new ArrayList<>();
	private final CurrentUser user;
	private final Composite editorArea;

	/** Guatemala's liaison officer at the desk. */
	Desk(Path data) {
		this(data, GUATEMALA);
	}

	Desk(Path data, CurrentUser user) {
		this.user = user;
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		Services.await(DemoDataContributor.class, 10_000);
		List<DemoDataContributor> demo = Services.all(DemoDataContributor.class).stream()
				.filter(c -> c.getClass().getName().startsWith("org.crm.enlace.campaigns.")).toList();
		store = StoreStartup.open(factory, data, user, KEYS, CLOCK, DemoLoading.INTO_NEW_STORE, List.of(),
				List.of(), demo).store();
		Display display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new GridLayout(2, true));
		shell.setSize(1260, 1000); // within xvfb-run's 1280 x 1024 screen: screenshots copy the screen
		Composite left = new Composite(shell, SWT.NONE);
		left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		editorArea = new Composite(shell, SWT.NONE);
		editorArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		editorArea.setLayout(new FillLayout());
		IEclipseContext context = context();
		context.set(Composite.class, left);
		context.set(MPart.class, part());
		campaigns = ContextInjectionFactory.make(CampaignsPart.class, context);
		shell.open();
		Screenshots.settle(display);
	}

	/* A part in a stack, as the workbench gives one: editors are placed in the stack of the part they open from. */
	static MPart part() {
		MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
		MPart part = MBasicFactory.INSTANCE.createPart();
		stack.getChildren().add(part);
		return part;
	}

	/** Makes the editor of {@code type} on the right, for the editor part {@code part}. */
	<T> T editor(Class<T> type, MPart part) {
		IEclipseContext context = context();
		Composite parent = new Composite(editorArea, SWT.NONE);
		context.set(Composite.class, parent);
		context.set(MPart.class, part);
		T editor = ContextInjectionFactory.make(type, context);
		editorArea.layout(true, true);
		Screenshots.settle(shell.getDisplay());
		return editor;
	}

	<T extends Control> T find(String id, Class<T> type) {
		return type.cast(AttributeForm.widget(shell, id).orElseThrow(() -> new AssertionError("no widget " + id)));
	}

	List<String> problems(String editorPrefix) {
		return List.of(find(editorPrefix + ".problems", org.eclipse.swt.widgets.List.class).getItems());
	}

	void press(String id) {
		find(id, Button.class).notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	void typeAndEnter(String id, String typed) {
		Text field = find(id, Text.class);
		field.setText(typed);
		field.notifyListeners(SWT.DefaultSelection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	void choose(String id, int index) {
		Combo combo = find(id, Combo.class);
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	/** Scrolls the editor holding {@code control} so that it shows. */
	static void reveal(Control control) {
		Composite parent = control.getParent();
		while (!(parent instanceof ScrolledComposite)) {
			parent = parent.getParent();
		}
		((ScrolledComposite) parent).showControl(control);
	}

	@Override
	public void close() {
		shell.dispose();
		store.close();
	}

	private IEclipseContext context() {
		IEclipseContext context = EclipseContextFactory.create("campaigns-editor-test");
		context.set(RecordStore.class, store);
		context.set(RecordRepository.class, store);
		context.set(Clock.class, CLOCK);
		context.set(CurrentUser.class, user);
		context.set(EPartService.class, recordingPartService());
		return context;
	}

	private EPartService recordingPartService() {
		return (EPartService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { EPartService.class },
				(proxy, method, args) -> switch (method.getName()) {
				case "createPart" -> {
					MPart created = MBasicFactory.INSTANCE.createPart();
					created.setElementId((String) args[0]);
					opened.add(created);
					yield created;
				}
				case "showPart" -> args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "recording part service";
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}
}
