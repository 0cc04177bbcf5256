package org.crm.enlace.core.osgi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** Looks services up in the OSGi registry for code that is not itself a component (applications, tests). */
public final class Services {

	private Services() {
	}

	/** Every registered service of the type, in ranking order. */
	public static <T> List<T> all(Class<T> type) {
		BundleContext context = context();
		try {
			Collection<ServiceReference<T>> references = context.getServiceReferences(type, null);
			return references.stream().sorted(java.util.Comparator.reverseOrder()).map(context::getService).toList();
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Waits up to the timeout for a service: Declarative Services activate components asynchronously. */
	public static <T> Optional<T> await(Class<T> type, long timeoutMillis) {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		try {
			return Optional.ofNullable(tracker.waitForService(timeoutMillis));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private static BundleContext context() {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		if (context == null) {
			throw new IllegalStateException("enlace.core is not started");
		}
		return context;
	}
}
