package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.store.OwnerSigned;
import org.crm.enlace.core.store.Receipt;
import org.crm.enlace.core.store.Receipt.Reason;
import org.crm.enlace.core.store.Receipt.Refusal;
import org.crm.enlace.core.store.ReceivedVersion;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Record;
import org.crm.enlace.store.derby.internal.RecordTable.StoredRecord;

/**
 * Decides, before anything is written, what receiving versions of other organizations' records does: which are new,
 * which replace an older stored version, which the store already holds, which are the actor's own, and which must be
 * refused. Reads only; {@link RecordWrites#receive} writes the plan when nothing is refused.
 */
final class Receiving {

	/** A version to write, and whether it replaces a stored one. */
	record Step(ReceivedVersion version, boolean replacing) {
	}

	/** What to write and the receipt to give when it is written; nothing is written when it has refusals. */
	record Plan(List<Step> steps, Receipt receipt) {
	}

	private final Actor actor;
	private final RecordTable records;
	private final OwnerSignedTable signed;

	Receiving(Connection connection, Actor actor) {
		if (actor.system()) {
			throw new IllegalStateException("the system does not receive records");
		}
		this.actor = actor;
		this.records = new RecordTable(connection);
		this.signed = new OwnerSignedTable(connection);
	}

	Plan plan(List<ReceivedVersion> versions) throws SQLException {
		List<Step> steps = new ArrayList<>();
		List<Refusal> refusals = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int added = 0;
		int replaced = 0;
		int unchanged = 0;
		int own = 0;
		for (ReceivedVersion version : versions) {
			Record record = version.record();
			Optional<Reason> invalid = invalid(version);
			if (invalid.isPresent()) {
				refusals.add(new Refusal(record.getId(), record.getVersion(), invalid.get()));
				continue;
			}
			if (!seen.add(record.getId())) {
				refusals.add(new Refusal(record.getId(), record.getVersion(), Reason.REPEATED));
				continue;
			}
			if (record.getOwnerCountry().equals(actor.organization())) {
				own++;
				continue;
			}
			Optional<StoredRecord> stored = records.find(record.getId());
			Optional<Reason> refused = refusal(version, stored);
			if (refused.isPresent()) {
				refusals.add(new Refusal(record.getId(), record.getVersion(), refused.get()));
			} else if (stored.isPresent() && stored.get().version() == record.getVersion()) {
				unchanged++;
			} else {
				steps.add(new Step(version, stored.isPresent()));
				if (stored.isPresent()) {
					replaced++;
				} else {
					added++;
				}
			}
		}
		return new Plan(refusals.isEmpty() ? steps : List.of(),
				refusals.isEmpty() ? new Receipt(added, replaced, unchanged, own, List.of())
						: new Receipt(0, 0, 0, 0, refusals));
	}

	private Optional<Reason> refusal(ReceivedVersion version, Optional<StoredRecord> stored) throws SQLException {
		Record record = version.record();
		if (!AccessRule.maySee(actor.organization(), record.getOwnerCountry(), record.getReleasability(),
				record.getReleasableTo())) {
			// The sender should not have sent it; keeping it would show it to users who may not see it.
			return Optional.of(Reason.NOT_RELEASABLE_HERE);
		}
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		StoredRecord current = stored.get();
		if (!current.owner().equals(record.getOwnerCountry())
				|| !current.eClassName().equals(EClassNames.ofStorable(record.eClass())) || current.deleted()) {
			return Optional.of(Reason.CONFLICTING_RECORD);
		}
		if (current.version() > record.getVersion()) {
			return Optional.of(Reason.OLDER_VERSION);
		}
		if (current.version() == record.getVersion()) {
			Optional<OwnerSigned> held = signed.find(record.getId(), SqlCondition.ALWAYS);
			if (held.isPresent() && !Arrays.equals(held.get().document(), version.signedDocument())) {
				return Optional.of(Reason.CONFLICTING_VERSION);
			}
		}
		return Optional.empty();
	}

	/* Checked here, so that the refusal names the version rather than Derby's message quoting a value. */
	private static Optional<Reason> invalid(ReceivedVersion version) {
		Record record = version.record();
		boolean stamped = record.getCreatedAt() != null && record.getModifiedAt() != null
				&& fits(record.getCreatedBy(), RecordTable.USER_LENGTH)
				&& fits(record.getModifiedBy(), RecordTable.USER_LENGTH);
		boolean identified = fits(record.getId(), RecordTable.ID_LENGTH)
				&& fits(record.getOwnerCountry(), RecordTable.OWNER_LENGTH) && record.getVersion() >= 1
				&& record.getReleasableTo().stream().allMatch(to -> fits(to, RecordTable.OWNER_LENGTH));
		boolean filesFit = version.attachments().stream()
				.allMatch(file -> fits(file.name(), AttachmentTable.NAME_LENGTH)
						&& fits(file.mediaType(), AttachmentTable.MEDIA_TYPE_LENGTH)
						&& file.content().length <= RecordRepository.MAX_ATTACHMENT_BYTES);
		return stamped && identified && filesFit ? Optional.empty() : Optional.of(Reason.INVALID);
	}

	private static boolean fits(String value, int maximum) {
		return value != null && !value.isBlank() && value.length() <= maximum;
	}
}
