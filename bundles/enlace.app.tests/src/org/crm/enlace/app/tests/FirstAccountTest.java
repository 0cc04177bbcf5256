package org.crm.enlace.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crm.enlace.app.lifecycle.FirstAccount;
import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.user.Role;
import org.junit.jupiter.api.Test;

/** The checks of the first-account form, before any key is derived. */
class FirstAccountTest {

	private static final char[] GOOD = "una-clave-larga".toCharArray();

	@Test
	void anAcceptableFormGivesTheAccountWithTheUserNameInLowerCase() {
		assertEquals(new Account("gtm.admin", "GTM", Role.LIAISON_OFFICER),
				FirstAccount.check(" GTM.Admin ", "GTM", Role.LIAISON_OFFICER, GOOD, GOOD.clone()));
	}

	@Test
	void aPasswordShorterThanTheMinimumIsRefusedNamingTheMinimum() {
		char[] nine = "123456789".toCharArray();
		assertEquals("La contraseña debe tener al menos 10 caracteres.", assertThrows(IllegalArgumentException.class,
				() -> FirstAccount.check("gtm.admin", "GTM", Role.ANALYST, nine, nine.clone())).getMessage());
		FirstAccount.check("gtm.admin", "GTM", Role.ANALYST, "1234567890".toCharArray(),
				"1234567890".toCharArray());
	}

	@Test
	void twoDifferentPasswordsAreRefused() {
		assertEquals("Las dos contraseñas no coinciden.", assertThrows(IllegalArgumentException.class,
				() -> FirstAccount.check("gtm.admin", "GTM", Role.ANALYST, GOOD, "una-clave-largA".toCharArray()))
				.getMessage());
	}

	@Test
	void aMalformedUserNameIsRefusedFirst() {
		String message = assertThrows(IllegalArgumentException.class,
				() -> FirstAccount.check("nombre con espacios", "GTM", Role.ANALYST, "corta".toCharArray(),
						"otra".toCharArray())).getMessage();
		assertTrue(message.startsWith("Nombre de usuario no válido"), message);
		assertThrows(IllegalArgumentException.class,
				() -> FirstAccount.check("", "GTM", Role.ANALYST, GOOD, GOOD.clone()));
	}
}
