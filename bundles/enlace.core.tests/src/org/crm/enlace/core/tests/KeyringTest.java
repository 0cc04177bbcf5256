package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local accounts of a data folder: login, limits on failures, tampering, administration. All names fictitious. */
class KeyringTest {

	/* Few iterations keep the test fast; the file records them per account, so nothing else changes. */
	private static final int FAST = 1_000;
	private static final String PASSWORD = "clave-larga-de-prueba";
	private static final Account LIAISON = new Account("gtm.enlace", "GTM", Role.LIAISON_OFFICER);
	private static final Account ANALYST = new Account("gtm.analista", "GTM", Role.ANALYST);
	private static final Account SECRETARIAT = new Account("secretaria", "XST", Role.SECRETARIAT);

	@TempDir
	Path data;

	private Instant now = Instant.parse("2026-11-29T10:00:00Z");
	private final Clock clock = () -> now;
	private NodeKeys keys;

	@BeforeEach
	void createKeyring() {
		keys = NodeKeys.generate();
		Map<Account, char[]> accounts = new LinkedHashMap<>();
		accounts.put(LIAISON, PASSWORD.toCharArray());
		accounts.put(ANALYST, "otra-clave-de-prueba".toCharArray());
		accounts.put(SECRETARIAT, "clave-de-la-secretaria".toCharArray());
		Keyring.create(data, keys, accounts, FAST, clock);
	}

	private Unlocked login(String user, String password) {
		try (Credentials credentials = new Credentials(user, password.toCharArray())) {
			return Keyring.read(data, clock).unlock(credentials);
		}
	}

	private Reason failure(String user, String password) {
		return assertThrows(StoreException.class, () -> login(user, password)).reason();
	}

	@Test
	void theRightPasswordYieldsTheAccountAndTheFolderKeys() {
		Unlocked unlocked = login("gtm.enlace", PASSWORD);

		assertEquals(LIAISON, unlocked.account());
		assertTrue(unlocked.keys().sameAs(keys));
		assertTrue(login("gtm.analista", "otra-clave-de-prueba").keys().sameAs(keys), "every account holds the keys");
		assertEquals(List.of(ANALYST, LIAISON, SECRETARIAT), Keyring.read(data, clock).accounts());
	}

	@Test
	void userNamesAreComparedWithoutCase() {
		assertEquals(LIAISON, login("  GTM.Enlace ", PASSWORD).account());
	}

	@Test
	void aWrongPasswordAndAnUnknownUserFailAlikeWithoutAHint() {
		StoreException wrongPassword = assertThrows(StoreException.class, () -> login("gtm.enlace", "no-es-la-clave"));
		StoreException unknownUser = assertThrows(StoreException.class, () -> login("nadie.conocido", PASSWORD));

		assertEquals(Reason.LOGIN_FAILED, wrongPassword.reason());
		assertEquals(Reason.LOGIN_FAILED, unknownUser.reason());
		assertEquals(wrongPassword.getMessage(), unknownUser.getMessage());
		assertFalse(wrongPassword.getMessage().contains("gtm.enlace"));
	}

	@Test
	void fiveFailuresInARowLockTheAccountForAWhile() {
		for (int attempt = 1; attempt < Keyring.MAX_FAILED_ATTEMPTS; attempt++) {
			assertEquals(Reason.LOGIN_FAILED, failure("gtm.enlace", "intento-" + attempt));
		}
		assertEquals(Reason.LOGIN_LOCKED, failure("gtm.enlace", "intento-final"));
		assertEquals(Reason.LOGIN_LOCKED, failure("gtm.enlace", PASSWORD), "locked even for the right password");
		assertEquals(ANALYST, login("gtm.analista", "otra-clave-de-prueba").account(), "other accounts still work");

		now = now.plus(Keyring.LOCK_TIME).plus(Duration.ofSeconds(1));
		assertEquals(LIAISON, login("gtm.enlace", PASSWORD).account());
	}

	@Test
	void aSuccessfulLoginResetsTheCountOfFailures() {
		for (int attempt = 1; attempt < Keyring.MAX_FAILED_ATTEMPTS; attempt++) {
			failure("gtm.enlace", "intento-" + attempt);
		}
		login("gtm.enlace", PASSWORD);

		assertEquals(Reason.LOGIN_FAILED, failure("gtm.enlace", "intento-tras-el-exito"));
	}

	@Test
	void anAccountWhoseOrganizationOrRoleWasEditedInTheFileNoLongerLogsIn() throws IOException {
		Path file = data.resolve(Keyring.FILE_NAME);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.replace("account.gtm.analista.country=GTM", "account.gtm.analista.country=MEX")
				.replace("account.gtm.enlace.role=LIAISON_OFFICER", "account.gtm.enlace.role=SECRETARIAT"),
				StandardCharsets.UTF_8);

		assertEquals(Reason.LOGIN_FAILED, failure("gtm.analista", "otra-clave-de-prueba"));
		assertEquals(Reason.LOGIN_FAILED, failure("gtm.enlace", PASSWORD));
		assertEquals(SECRETARIAT, login("secretaria", "clave-de-la-secretaria").account());
	}

	@Test
	void theFileHoldsNeitherPasswordsNorKeys() throws IOException {
		String text = Files.readString(data.resolve(Keyring.FILE_NAME), StandardCharsets.UTF_8);

		assertFalse(text.contains(PASSWORD));
		assertFalse(text.toLowerCase().contains(keys.databaseKeyHex()));
		assertFalse(text.contains(java.util.Base64.getEncoder().encodeToString(keys.indexKey().getEncoded())));
	}

	@Test
	void theSecretariatAddsAccountsALiaisonOfficerOnlyOfItsOwnCountryAnAnalystNone() {
		Keyring keyring = Keyring.read(data, clock);
		Unlocked secretariat = login("secretaria", "clave-de-la-secretaria");
		Unlocked liaison = login("gtm.enlace", PASSWORD);
		Unlocked analyst = login("gtm.analista", "otra-clave-de-prueba");
		Account mexican = new Account("mex.nuevo", "MEX", Role.ANALYST);

		assertEquals(Reason.NOT_ALLOWED, assertThrows(StoreException.class,
				() -> keyring.add(liaison, mexican, "clave-del-nuevo".toCharArray())).reason());
		assertEquals(Reason.NOT_ALLOWED, assertThrows(StoreException.class,
				() -> keyring.add(analyst, new Account("gtm.nuevo", "GTM", Role.ANALYST),
						"clave-del-nuevo".toCharArray())).reason());
		keyring.add(secretariat, mexican, "clave-del-nuevo".toCharArray());
		assertEquals(Reason.ACCOUNT_EXISTS, assertThrows(StoreException.class,
				() -> keyring.add(secretariat, mexican, "clave-del-nuevo".toCharArray())).reason());

		Unlocked added = login("mex.nuevo", "clave-del-nuevo");
		assertEquals(mexican, added.account());
		assertTrue(added.keys().sameAs(keys));
	}

	@Test
	void shortPasswordsAreRefusedForNewAccounts() {
		Keyring keyring = Keyring.read(data, clock);
		Unlocked secretariat = login("secretaria", "clave-de-la-secretaria");

		assertThrows(IllegalArgumentException.class,
				() -> keyring.add(secretariat, new Account("corto", "GTM", Role.ANALYST), "corta".toCharArray()));
		assertEquals(Reason.LOGIN_FAILED, failure("corto", "corta"), "nothing was added");
	}

	@Test
	void aChangedPasswordReplacesTheOldOne() {
		try (Credentials current = new Credentials("gtm.analista", "otra-clave-de-prueba".toCharArray())) {
			Keyring.read(data, clock).changePassword(current, "clave-nueva-y-larga".toCharArray());
		}

		assertEquals(Reason.LOGIN_FAILED, failure("gtm.analista", "otra-clave-de-prueba"));
		assertTrue(login("gtm.analista", "clave-nueva-y-larga").keys().sameAs(keys));
	}

	@Test
	void noOneRemovesTheirOwnAccount() {
		Keyring keyring = Keyring.read(data, clock);
		Unlocked secretariat = login("secretaria", "clave-de-la-secretaria");

		assertEquals(Reason.NOT_ALLOWED,
				assertThrows(StoreException.class, () -> keyring.remove(secretariat, "secretaria")).reason());
		keyring.remove(secretariat, "gtm.analista");
		assertEquals(Reason.LOGIN_FAILED, failure("gtm.analista", "otra-clave-de-prueba"));
	}

	@Test
	void aFolderWithoutAccountsOrWithADamagedFileIsNamedAsSuch(@TempDir Path empty) throws IOException {
		assertEquals(Reason.NO_ACCOUNTS,
				assertThrows(StoreException.class, () -> Keyring.read(empty, clock)).reason());
		assertEquals(Reason.ACCOUNTS_EXIST, assertThrows(StoreException.class,
				() -> Keyring.create(data, NodeKeys.generate(), Map.of(ANALYST, PASSWORD.toCharArray()), FAST, clock))
				.reason());

		Files.writeString(data.resolve(Keyring.FILE_NAME), "format=enlace-keyring/1\naccount.x.country=GTM\n");
		assertEquals(Reason.CORRUPT, assertThrows(StoreException.class, () -> Keyring.read(data, clock)).reason());
	}

	@Test
	void aNodesFirstAccountMustBeAbleToAddTheOthers(@TempDir Path empty) {
		assertEquals(Reason.NOT_ALLOWED, assertThrows(StoreException.class,
				() -> StoreStartup.createFirstAccount(empty, ANALYST, PASSWORD.toCharArray(), clock)).reason());
		assertFalse(Keyring.existsIn(empty), "nothing written");

		StoreStartup.createFirstAccount(empty, LIAISON, PASSWORD.toCharArray(), clock);
		assertTrue(Keyring.existsIn(empty));
		assertEquals(List.of(Role.LIAISON_OFFICER, Role.SECRETARIAT),
				List.of(Role.values()).stream().filter(Role::administersAccounts).toList());
	}
}
