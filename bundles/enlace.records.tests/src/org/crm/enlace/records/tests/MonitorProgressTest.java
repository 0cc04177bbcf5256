package org.crm.enlace.records.tests;

import static org.crm.enlace.records.tests.Records.ES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.records.MonitorProgress;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

class MonitorProgressTest {

	private final CountingMonitor monitor = new CountingMonitor();

	@Test
	void theStoresCountsBecomeTicksOfOneTaskAndASubTask() {
		MonitorProgress progress = new MonitorProgress(monitor, "Reconstruyendo", ES);
		assertEquals(List.of("Reconstruyendo"), monitor.tasks);
		progress.worked(50, 200);
		assertEquals(250, monitor.ticks);
		progress.worked(50, 200);
		assertEquals(250, monitor.ticks, "no tick twice");
		progress.worked(1200, 1200);
		assertEquals(monitor.total, monitor.ticks);
		assertEquals("1.200 de 1.200 registros", monitor.subTasks.getLast());
		progress.done();
		assertTrue(monitor.done);
	}

	@Test
	void anUnknownTotalShowsTheCountWithoutTicks() {
		MonitorProgress progress = new MonitorProgress(monitor, "Reconstruyendo", ES);
		progress.worked(7, -1);
		assertEquals(0, monitor.ticks);
		assertEquals("7 registros", monitor.subTasks.getLast());
	}

	@Test
	void cancelOnTheMonitorCancelsTheStoresWork() {
		MonitorProgress progress = new MonitorProgress(monitor, "Reconstruyendo", ES);
		assertFalse(progress.isCancelled());
		monitor.setCanceled(true);
		assertTrue(progress.isCancelled());
	}

	private static final class CountingMonitor extends NullProgressMonitor {
		final List<String> tasks = new ArrayList<>();
		final List<String> subTasks = new ArrayList<>();
		int total;
		int ticks;
		boolean done;

		@Override
		public void beginTask(String name, int totalWork) {
			tasks.add(name);
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			ticks += work;
		}

		@Override
		public void subTask(String name) {
			subTasks.add(name);
		}

		@Override
		public void done() {
			done = true;
		}
	}
}
