package org.crm.enlace.plan.ui.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.indicator.AnchorDaySource;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.plan.SeedPlan;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.plan.ui.DashboardPart;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The dashboard made by E4's injector in a real SWT shell (under Xvfb in the build) on a real Derby store seeded with
 * the network's plan, approved on {@link #APPROVED}, for Honduras holding the Pro Tempore Presidency.
 */
final class DashboardBench implements AutoCloseable {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
	static final Clock CLOCK = Clock.fixed(NOW);
	static final LocalDate APPROVED = LocalDate.parse("2026-06-01");
	static final CurrentUser PRESIDENCY = new CurrentUser("hnd.ficticia", "HND", Role.PRO_TEMPORE_PRESIDENCY);
	static final List<String> MEMBERS = List.of("BLZ", "CAN", "CRI", "DOM", "GTM", "HND", "MEX", "NIC", "PAN", "SLV",
			"USA");

	final Shell shell;
	final DashboardPart part;

	DashboardBench(RecordStore store) {
		Display display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1300, 1000);
		IEclipseContext context = EclipseContextFactory.create("plan-dashboard-test");
		context.set(Composite.class, new Composite(shell, SWT.NONE));
		context.set(RecordStore.class, store);
		context.set(CurrentUser.class, PRESIDENCY);
		context.set(Clock.class, CLOCK);
		part = ContextInjectionFactory.make(DashboardPart.class, context);
		shell.open();
		Screenshots.settle(display);
	}

	/** A store holding the seed plan as the Secretariat approved it. */
	static RecordStore open(Path data) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		WorkPlan plan = SeedPlan.plan();
		plan.setApprovedOn(APPROVED);
		return factory.openAfterSeeding(data, PRESIDENCY, KEYS, CLOCK,
				system -> ReferenceData.storeMissing(system, List.of(plan)));
	}

	/**
	 * Registers, as an area's bundle would, a source for the information-available indicator: 1 for each of the
	 * first {@code complete} members, 0 for the others.
	 */
	static ServiceRegistration<IndicatorSource> informationAvailable(int complete) {
		Map<String, BigDecimal> breakdown = new TreeMap<>();
		for (int i = 0; i < MEMBERS.size(); i++) {
			breakdown.put(MEMBERS.get(i), i < complete ? BigDecimal.ONE : BigDecimal.ZERO);
		}
		IndicatorSource source = new IndicatorSource() {
			@Override
			public String indicator() {
				return IndicatorCodes.INFORMATION_AVAILABLE;
			}

			@Override
			public Optional<IndicatorValue> compute(RecordRepository records, LocalDate asOf) {
				return Optional.of(new IndicatorValue(indicator(), BigDecimal.valueOf(complete),
						Optional.of(BigDecimal.valueOf(MEMBERS.size())), "members", asOf,
						"test area: private spaces complete", breakdown));
			}
		};
		return FrameworkUtil.getBundle(DashboardBench.class).getBundleContext()
				.registerService(IndicatorSource.class, source, null);
	}

	/** The private space approved on {@code day}, as the compliance area would say through its DS service. */
	static ServiceRegistration<AnchorDaySource> privateSpaceApproved(LocalDate day) {
		AnchorDaySource source = new AnchorDaySource() {
			@Override
			public String anchor() {
				return PRIVATE_SPACE_APPROVAL;
			}

			@Override
			public Optional<LocalDate> day(RecordRepository records) {
				return Optional.of(day);
			}
		};
		return FrameworkUtil.getBundle(DashboardBench.class).getBundleContext()
				.registerService(AnchorDaySource.class, source, null);
	}

	@Override
	public void close() {
		shell.dispose();
	}
}
