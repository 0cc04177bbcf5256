package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.crm.enlace.core.audit.AuditAccess;
import org.junit.jupiter.api.Test;

/** Who reads which audit entries: the Secretariat all, everyone else the entries of their own organization. */
class AuditAccessTest {

	/** Actors' organizations: member states, the Secretariat, IOM, an observer and the system (empty). */
	private static final List<String> ACTORS = List.of("GTM", "MEX", "XST", "XOM", "COL", "");

	@Test
	void theSecretariatReadsEveryEntryOthersTheirOwnOrganizations() {
		assertEquals(ACTORS, readBy("XST"));
		assertEquals(List.of("GTM"), readBy("GTM"));
		assertEquals(List.of("XOM"), readBy("XOM"));
		assertEquals(List.of("COL"), readBy("COL"));
		assertEquals(List.of(), readBy(null));
	}

	private static List<String> readBy(String organization) {
		return ACTORS.stream().filter(actor -> AuditAccess.mayRead(organization, actor)).toList();
	}
}
