package org.crm.enlace.records.tests;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordIds;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Fictitious contact points in id order, served as a store serves a list: {@code findAfter} by key, {@code findByIds}
 * in the order asked (leaving out removed records) and {@code ids}. Any other call fails the test. Counts the calls.
 */
final class ListedRecords {

	final List<Record> records = new ArrayList<>();
	final List<String> calls = new ArrayList<>();

	ListedRecords(int count) {
		for (int i = 0; i < count; i++) {
			records.add(contact(i * 2));
		}
	}

	/** The id of the {@code n}th record made (ids leave a gap between two records, for inserting). */
	static String id(int n) {
		return new UUID(0x1000, n).toString();
	}

	static ContactPoint contact(int n) {
		ContactPoint contact = EcoreUtil.copy(Records.contact());
		contact.setId(id(n));
		contact.setFullName("Persona Ficticia " + n);
		return contact;
	}

	/** Adds a record between the {@code index}th and the next, as another user might meanwhile. */
	void insertAfter(int index) {
		String name = ((ContactPoint) records.get(index)).getFullName();
		records.add(index + 1, contact(Integer.parseInt(name.replaceAll("\\D", "")) + 1));
	}

	RecordRepository repository() {
		return (RecordRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { RecordRepository.class }, (proxy, method, arguments) -> {
					calls.add(method.getName());
					return switch (method.getName()) {
					case "findAfter" -> after((String) arguments[1], (Integer) arguments[2]);
					case "findByIds" -> byIds(cast(arguments[0]));
					case "ids" -> ids((Progress) arguments[1]);
					default -> throw new AssertionError("unexpected call: " + method.getName());
					};
				});
	}

	@SuppressWarnings("unchecked")
	private static List<String> cast(Object ids) {
		return (List<String>) ids;
	}

	private List<Record> after(String afterId, int limit) {
		return records.stream().filter(r -> afterId == null || r.getId().compareTo(afterId) > 0).limit(limit)
				.map(EcoreUtil::copy).toList();
	}

	private List<Record> byIds(List<String> ids) {
		return ids.stream().flatMap(id -> records.stream().filter(r -> r.getId().equals(id))).map(EcoreUtil::copy)
				.toList();
	}

	private Optional<RecordIds> ids(Progress progress) {
		progress.worked(records.size(), -1);
		return progress.isCancelled() ? Optional.empty()
				: Optional.of(RecordIds.of(records.stream().map(Record::getId).toList()));
	}

	static RecordQuery everything() {
		return RecordQuery.of(org.crm.enlace.model.EnlacePackage.Literals.RECORD);
	}
}
