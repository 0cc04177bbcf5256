package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crm.enlace.core.user.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleHasAPerspectiveAndParsesFromItsCommandLineSpelling(Role role) {
		assertFalse(role.perspectiveIds().isEmpty());
		assertEquals(role, Role.parse(role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "jefe", "liaison officer" })
	void unknownRolesAreRefused(String text) {
		assertThrows(IllegalArgumentException.class, () -> Role.parse(text));
	}
}
