package org.crm.enlace.app.tests;

import java.util.Map;

import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/** The little an E4 workbench asks of its application context when started from a test. */
final class TestApplicationContext implements IApplicationContext {

	private final String[] arguments;

	TestApplicationContext(String... arguments) {
		this.arguments = arguments;
	}

	@Override
	public Map<String, Object> getArguments() {
		return Map.of(IApplicationContext.APPLICATION_ARGS, arguments);
	}

	@Override
	public void applicationRunning() {
	}

	@Override
	public String getBrandingApplication() {
		return null;
	}

	@Override
	public String getBrandingName() {
		return "Enlace";
	}

	@Override
	public String getBrandingDescription() {
		return null;
	}

	@Override
	public String getBrandingId() {
		return null;
	}

	@Override
	public String getBrandingProperty(String key) {
		return null;
	}

	@Override
	public Bundle getBrandingBundle() {
		return null;
	}

	@Override
	public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
	}
}
