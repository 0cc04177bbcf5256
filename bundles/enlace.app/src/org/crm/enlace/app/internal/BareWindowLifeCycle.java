package org.crm.enlace.app.internal;

/**
 * The life cycle of the start-up benchmark's bare window ({@code bench/bare.e4xmi}): deliberately empty. The product
 * names {@code EnlaceLifeCycle} (role, record store, demo data) in its properties; E4 reads {@code -lifeCycleURI} from
 * the command line before those, so naming this class there starts the window without any of Enlace's own work.
 */
public final class BareWindowLifeCycle {
	// No @PostContextCreate, @ProcessAdditions, ...: nothing to do.
}
