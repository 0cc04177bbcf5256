package org.crm.enlace.jtf;

import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/** The area's records are entered by hand and followed by the member countries and the Secretariat together. */
final class Markings {

	private Markings() {
	}

	static void sharedWithMembers(Record record, String owner, Tlp tlp) {
		record.setOwnerCountry(owner);
		record.setTlp(tlp);
		record.setReleasability(Releasability.ALL_MEMBERS);
		record.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
	}
}
