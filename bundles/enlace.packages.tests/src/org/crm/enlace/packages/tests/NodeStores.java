package org.crm.enlace.packages.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.exchange.ExchangeDocuments;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Real record stores (Derby, through the factory service as the product gets it) for the nodes of the package tests,
 * one data folder each, and what a test compares to prove that an import changed nothing.
 */
final class NodeStores {

	private static final NodeKeys KEYS = NodeKeys.generate();
	private static ServiceTracker<RecordStoreFactory, RecordStoreFactory> tracker;

	private NodeStores() {
	}

	/** The store of {@code organization}'s node in {@code data}, opened by one of its users. */
	static RecordStore open(Path data, String organization, Clock clock) {
		Role role = organization.equals("XST") ? Role.SECRETARIAT : Role.LIAISON_OFFICER;
		CurrentUser user = new CurrentUser(organization.toLowerCase() + ".enlace", organization, role);
		return factory().open(data, user, KEYS, clock);
	}

	private static synchronized RecordStoreFactory factory() {
		if (tracker == null) {
			tracker = new ServiceTracker<>(FrameworkUtil.getBundle(NodeStores.class).getBundleContext(),
					RecordStoreFactory.class, null);
			tracker.open();
		}
		try {
			RecordStoreFactory factory = tracker.waitForService(10_000);
			assertNotNull(factory, "no RecordStoreFactory service");
			return factory;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Everything the store's user sees of the records: each record in full with its history's versions and its
	 * attachments. Equal before and after an import that must change nothing.
	 */
	static Map<String, String> snapshot(RecordStore store) {
		Map<String, String> snapshot = new TreeMap<>();
		for (Record record : store.findAll(EnlacePackage.Literals.RECORD, Record.class)) {
			List<String> facts = new ArrayList<>();
			facts.add(full(record));
			store.history(record.getId()).forEach(version -> facts.add(version.version() + " " + version.operation()));
			store.attachments(record.getId()).stream().map(Attachment::toString).forEach(facts::add);
			store.ownerSigned(record.getId()).ifPresent(signed -> facts.add("signed v" + signed.version()));
			snapshot.put(record.getId(), String.join("\n", facts));
		}
		return snapshot;
	}

	static List<AuditEntry> audited(RecordStore store, AuditAction action) {
		return store.audit().entries(null).stream().filter(entry -> entry.action() == action).toList();
	}

	/* The exchange format writes every feature of a record, stamps included. */
	private static String full(Record record) {
		return ExchangeDocuments.write(List.of(record));
	}
}
