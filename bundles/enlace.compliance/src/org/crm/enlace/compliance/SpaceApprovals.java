package org.crm.enlace.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import org.crm.enlace.compliance.model.ComplianceFactory;
import org.crm.enlace.compliance.model.CompliancePackage;
import org.crm.enlace.compliance.model.SpaceApproval;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/**
 * The day the network's private space was approved: one {@link SpaceApproval} record per network, owned by the
 * Technical Secretariat (so only its users can write it: the store refuses anyone else), released to all members.
 * A correction saves a new version of the same record, so its history shows every date that was recorded.
 */
public final class SpaceApprovals {

	/** The network of the Regional Conference on Migration's liaison officers. */
	public static final String NETWORK = "CRM";

	private SpaceApprovals() {
	}

	public static Optional<SpaceApproval> current(RecordRepository repository) {
		return repository.find(RecordQuery.of(CompliancePackage.Literals.SPACE_APPROVAL)
				.where(CompliancePackage.Literals.SPACE_APPROVAL__NETWORK, NETWORK), SpaceApproval.class).stream()
				.filter(a -> Owners.SECRETARIAT.equals(a.getOwnerCountry()))
				.max(Comparator.comparing(SpaceApproval::getCreatedAt));
	}

	/**
	 * Records the approval date: a new record the first time, a new version of the same record afterwards.
	 *
	 * @throws org.crm.enlace.core.store.StoreException {@code FORBIDDEN} for a user not of the Secretariat
	 */
	public static SpaceApproval record(RecordRepository repository, LocalDate approvedOn, String note) {
		SpaceApproval approval = current(repository).orElseGet(SpaceApprovals::newApproval);
		approval.setApprovedOn(approvedOn);
		approval.setNote(note);
		return repository.save(approval);
	}

	public static SpaceApproval newApproval() {
		SpaceApproval approval = ComplianceFactory.eINSTANCE.createSpaceApproval();
		approval.setOwnerCountry(Owners.SECRETARIAT);
		approval.setNetwork(NETWORK);
		approval.setReleasability(Releasability.ALL_MEMBERS);
		approval.setTlp(Tlp.GREEN);
		return approval;
	}
}
