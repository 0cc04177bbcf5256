package org.crm.enlace.campaigns.ui.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A campaign coordinator's desk for the editor tests: a real Derby store with the campaigns' demo data, the
 * campaigns part on the left of a real SWT shell (under Xvfb in the build) and the editors it opens on the right,
 * each hosted by {@link PartHost}.
 */
final class Desk implements AutoCloseable {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	static final CurrentUser IOM = new CurrentUser("oim.ficticio", "XOM", Role.CAMPAIGN_COORDINATOR);

	final RecordStore store;
	final PartHost host;
	final CampaignsPart campaigns;
	private final Composite editorArea;

	/** Guatemala's liaison officer at the desk. */
	Desk(Path data) {
		this(data, GUATEMALA);
	}

	Desk(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		Services.await(DemoDataContributor.class, 10_000);
		List<DemoDataContributor> demo = Services.all(DemoDataContributor.class).stream()
				.filter(c -> c.getClass().getName().startsWith("org.crm.enlace.campaigns.")).toList();
		store = StoreStartup.open(factory, data, user, KEYS, CLOCK, DemoLoading.INTO_NEW_STORE, List.of(),
				List.of(), demo).store();
		host = new PartHost(1260, 1000) // within xvfb-run's 1280 x 1024 screen: screenshots copy the screen
				.with(RecordStore.class, store).with(RecordRepository.class, store).with(Clock.class, CLOCK)
				.with(CurrentUser.class, user);
		host.shell().setLayout(new GridLayout(2, true));
		Composite left = new Composite(host.shell(), SWT.NONE);
		left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		editorArea = new Composite(host.shell(), SWT.NONE);
		editorArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		editorArea.setLayout(new FillLayout());
		campaigns = host.make(CampaignsPart.class, PartHost.partInStack(Map.of()), left);
	}

	/** Makes the editor of {@code type} on the right, for the editor part {@code part}. */
	<T> T editor(Class<T> type, MPart part) {
		return host.make(type, part, new Composite(editorArea, SWT.NONE));
	}

	List<String> problems(String editorPrefix) {
		return host.widgets().items(editorPrefix + ".problems");
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
		host.close();
		store.close();
	}
}
