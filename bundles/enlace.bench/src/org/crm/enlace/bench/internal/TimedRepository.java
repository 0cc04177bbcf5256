package org.crm.enlace.bench.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.crm.enlace.core.store.RecordRepository;

/**
 * A repository that times its calls by method name (total nanoseconds and calls), whichever thread makes them: what
 * the record list spent in the store, apart from what it spent on the screen.
 */
final class TimedRepository {

	/** Total time and number of calls of one method. */
	record Calls(long nanos, int count) {

		Calls plus(long more) {
			return new Calls(nanos + more, count + 1);
		}
	}

	private final Map<String, Calls> calls = new ConcurrentHashMap<>();
	private final RecordRepository timed;

	TimedRepository(RecordRepository repository) {
		timed = (RecordRepository) Proxy.newProxyInstance(RecordRepository.class.getClassLoader(),
				new Class<?>[] { RecordRepository.class }, (proxy, method, args) -> {
					long start = System.nanoTime();
					try {
						return method.invoke(repository, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					} finally {
						long nanos = System.nanoTime() - start;
						calls.merge(method.getName(), new Calls(nanos, 1), (a, b) -> a.plus(b.nanos()));
					}
				});
	}

	RecordRepository repository() {
		return timed;
	}

	/** The calls of this method so far; none when it was not called. */
	Calls of(String method) {
		return calls.getOrDefault(method, new Calls(0, 0));
	}
}
