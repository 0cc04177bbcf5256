package org.crm.enlace.specimens.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.store.StoreStartup.Opened;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.specimens.internal.SpecimensDemoData;
import org.crm.enlace.specimens.internal.demo.DemoRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the demo register adds to a first start: a new data folder opened with the demo data set, without and with
 * the specimens' contributor, alternating so that warm-up and a busy moment of the machine fall on both sides.
 * Prints wall and CPU time (docs/benchmarks.md keeps them); checks only what each start loaded.
 */
class DemoLoadTimeTest {

	private static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT,
			Role.SECRETARIAT);
	private static final int ROUNDS = 2;

	@TempDir
	Path folders;

	@Test
	void firstStartWithAndWithoutTheDemoSpecimens() {
		List<DemoDataContributor> all = Services.all(DemoDataContributor.class);
		List<DemoDataContributor> without = all.stream().filter(c -> !(c instanceof SpecimensDemoData)).toList();
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		int loadedBefore = 0;
		int loadedAfter = 0;
		for (int round = 0; round < ROUNDS; round++) {
			Timer timer = new Timer();
			loadedBefore = open(folders.resolve("without-" + round), without);
			before.add(timer.figures());
			timer = new Timer();
			loadedAfter = open(folders.resolve("with-" + round), all);
			after.add(timer.figures());
		}
		int records = DemoRegister.documents(SpecimenStores.CLOCK.today()).size() + 3;
		assertEquals(loadedBefore + records, loadedAfter, "the specimens and alerts, once each");
		System.out.printf("First start into a new data folder (wall ms / process CPU ms, %d rounds, load average %.1f):"
				+ " without demo specimens %s, with %s%n", ROUNDS,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), before, after);
	}

	/** Wall time and the CPU time of the whole process (every thread: drawing runs on several), from its start. */
	private static final class Timer {
		private final long wall = System.nanoTime();
		private final long cpu = cpu();

		String figures() {
			return (System.nanoTime() - wall) / 1_000_000 + "/" + (cpu() - cpu) / 1_000_000;
		}

		private static long cpu() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
					.getProcessCpuTime();
		}
	}

	private static int open(Path data, List<DemoDataContributor> demo) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000).orElseThrow();
		Opened opened = StoreStartup.open(factory, data, SECRETARIAT, SpecimenStores.KEYS, SpecimenStores.CLOCK,
				DemoLoading.INTO_NEW_STORE, Services.all(ReferenceDataContributor.class), List.of(), demo);
		opened.store().close();
		return opened.demoRecordsLoaded();
	}
}
