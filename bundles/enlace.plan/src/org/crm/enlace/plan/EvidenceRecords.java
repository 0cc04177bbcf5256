package org.crm.enlace.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

/**
 * The records a user may pick as evidence of an activity: the record types the plan names ({@code prefix.Class}, as
 * the exchange format names them) resolved in the global EPackage registry, and each record's title in words that
 * never carry a person's data.
 */
public final class EvidenceRecords {

	/**
	 * The shared model ({@code enlace}) holds persons and contact points: its records are named by owner and id
	 * only. Other areas' records are named by their code and title.
	 */
	private static final String PERSONS_MODEL = "enlace";
	private static final List<String> TITLE_ATTRIBUTES = List.of("code", "titleEs", "title");
	private static final int SHORT_ID = 8;

	private EvidenceRecords() {
	}

	/** The class a record type names, when a bundle that defines it is installed. */
	public static Optional<EClass> type(String recordType) {
		int dot = recordType == null ? -1 : recordType.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String prefix = recordType.substring(0, dot);
		String name = recordType.substring(dot + 1);
		for (Object value : List.copyOf(EPackage.Registry.INSTANCE.values())) {
			EPackage ePackage = value instanceof EPackage p ? p
					: value instanceof EPackage.Descriptor d ? load(d) : null;
			if (ePackage != null && prefix.equals(ePackage.getNsPrefix())
					&& ePackage.getEClassifier(name) instanceof EClass eClass) {
				return Optional.of(eClass);
			}
		}
		return Optional.empty();
	}

	/** The records of that type the user may read, newest first; none when the type is not installed. */
	public static List<Record> of(RecordRepository repository, String recordType) {
		return type(recordType).map(t -> repository.findAll(t, Record.class)).orElse(List.of()).stream()
				.sorted(Comparator.comparing(Record::getModifiedAt, Comparator.nullsLast(Comparator.reverseOrder())))
				.toList();
	}

	/** A record's title for a list: its code and title where its model has no persons' data, its owner and id. */
	public static String title(Record record) {
		List<String> parts = new ArrayList<>();
		if (!PERSONS_MODEL.equals(record.eClass().getEPackage().getNsPrefix())) {
			for (String name : TITLE_ATTRIBUTES) {
				if (record.eClass().getEStructuralFeature(name) instanceof EAttribute attribute
						&& record.eGet(attribute) instanceof String text && !text.isBlank()) {
					parts.add(text.strip());
				}
			}
		}
		parts.add(record.getOwnerCountry());
		String id = record.getId() == null ? "" : record.getId();
		parts.add(id.length() > SHORT_ID ? id.substring(0, SHORT_ID) : id);
		return String.join(" · ", parts);
	}

	/* A registered package whose bundle cannot load it names no record type a user can pick. */
	private static EPackage load(EPackage.Descriptor descriptor) {
		try {
			return descriptor.getEPackage();
		} catch (RuntimeException e) {
			return null;
		}
	}
}
