package org.crm.enlace.cli.tests;

import static org.crm.enlace.cli.tests.ExchangeNodes.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.packages.Certificates;
import org.crm.enlace.packages.NodeKeyFolder;
import org.crm.enlace.packages.TrustStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keys create|import|certificate} and {@code trust secretariat|sign|install|list} between two data folders: the
 * Secretariat's node and Guatemala's.
 */
class KeysCliTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final String ACCOUNT_PASSWORD = ExchangeNodes.ACCOUNT_PASSWORD;
	private static final Map<String, String> SECRETARIAT = login("xst.admin");
	private static final Map<String, String> GTM_LIAISON = login("gtm.admin");

	@TempDir
	Path temporary;

	private Path xst;
	private Path gtm;
	private Path passwordFile;

	private ExchangeNodes nodes;

	@BeforeEach
	void twoNodes() {
		nodes = new ExchangeNodes(temporary, CLOCK);
		xst = nodes.node("XST", "secretariat");
		gtm = nodes.node("GTM", "liaison-officer");
		passwordFile = nodes.passwordFile();
	}

	@Test
	void theSecretariatsListReachesAMemberThatConfirmedItsFingerprint() throws IOException {
		assertOk(run(SECRETARIAT, "keys", "create", "--data", xst.toString(), "--password-file", passwordFile.toString()));
		CliRun created = run(GTM_LIAISON, "keys", "create", "--data", gtm.toString(), "--password-file",
				passwordFile.toString());
		assertOk(created);
		String gtmFingerprint = Certificates.fingerprint(NodeKeyFolder.certificate(gtm));
		assertTrue(created.out().contains(gtmFingerprint), created.out());

		Path xstCertificate = temporary.resolve("xst.pem");
		Path gtmCertificate = temporary.resolve("gtm.pem");
		assertOk(run(Map.of(), "keys", "certificate", "--data", xst.toString(), "--out", xstCertificate.toString()));
		CliRun printed = run(Map.of(), "keys", "certificate", "--data", gtm.toString());
		assertOk(printed);
		Files.writeString(gtmCertificate, printed.out());

		Path list = temporary.resolve("trust-list.p7s");
		assertOk(run(SECRETARIAT, "trust", "sign", gtmCertificate.toString(), "--out", list.toString(), "--data",
				xst.toString(), "--password-file", passwordFile.toString()));

		// Guatemala: the first trust needs the fingerprint, shown first, typed back.
		CliRun unconfirmed = run(GTM_LIAISON, "trust", "secretariat", xstCertificate.toString(), "--data",
				gtm.toString());
		assertEquals(Cli.USAGE, unconfirmed.code(), unconfirmed.err());
		String xstFingerprint = Certificates.fingerprint(NodeKeyFolder.certificate(xst));
		assertTrue(unconfirmed.out().contains(xstFingerprint), unconfirmed.out());
		CliRun mistyped = run(GTM_LIAISON, "trust", "secretariat", xstCertificate.toString(), "--data",
				gtm.toString(), "--fingerprint", gtmFingerprint);
		assertEquals(Cli.STORE_FAILED, mistyped.code(), mistyped.err());
		assertTrue(TrustStore.secretariat(gtm).isEmpty());
		assertOk(run(GTM_LIAISON, "trust", "secretariat", xstCertificate.toString(), "--data", gtm.toString(),
				"--fingerprint", xstFingerprint));

		assertOk(run(GTM_LIAISON, "trust", "install", list.toString(), "--data", gtm.toString()));
		CliRun listed = run(Map.of(), "trust", "list", "--data", gtm.toString());
		assertOk(listed);
		assertTrue(listed.out().contains("GTM  " + gtmFingerprint), listed.out());
	}

	@Test
	void aListNotSignedByTheTrustedSecretariatIsRefused() throws IOException {
		assertOk(run(SECRETARIAT, "keys", "create", "--data", xst.toString(), "--password-file", passwordFile.toString()));
		Path xstCertificate = temporary.resolve("xst.pem");
		assertOk(run(Map.of(), "keys", "certificate", "--data", xst.toString(), "--out", xstCertificate.toString()));
		assertOk(run(GTM_LIAISON, "trust", "secretariat", xstCertificate.toString(), "--data", gtm.toString(),
				"--fingerprint", Certificates.fingerprint(NodeKeyFolder.certificate(xst))));
		// Another node calling itself the Secretariat signs a list.
		Path impostor = new ExchangeNodes(Files.createDirectories(temporary.resolve("impostor")), CLOCK).node("XST",
				"secretariat");
		assertOk(run(SECRETARIAT, "keys", "create", "--data", impostor.toString(), "--password-file",
				passwordFile.toString()));
		Path list = temporary.resolve("forged.p7s");
		assertOk(run(SECRETARIAT, "trust", "sign", xstCertificate.toString(), "--out", list.toString(), "--data",
				impostor.toString(), "--password-file", passwordFile.toString()));

		CliRun refused = run(GTM_LIAISON, "trust", "install", list.toString(), "--data", gtm.toString());
		assertEquals(Cli.STORE_FAILED, refused.code(), refused.err());
		assertTrue(refused.err().contains("forged.p7s"), refused.err());
		assertTrue(TrustStore.installed(gtm).isEmpty());
	}

	@Test
	void keysAreTheAdministratorsAndTheNodeOnlyGetsOne() throws IOException {
		Map<String, String> analyst = login("gtm.analyst");
		CliRun added = CliRun.with(Map.of("ENLACE_USER", "gtm.admin", "ENLACE_PASSWORD", ACCOUNT_PASSWORD,
				"ENLACE_NEW_PASSWORD", ACCOUNT_PASSWORD), CLOCK, "accounts", "add", "gtm.analyst", "--country", "GTM",
				"--role", "analyst", "--data", gtm.toString());
		assertOk(added);

		CliRun refused = run(analyst, "keys", "create", "--data", gtm.toString(), "--password-file",
				passwordFile.toString());
		assertEquals(Cli.USAGE, refused.code(), refused.err());
		assertFalse(NodeKeyFolder.exists(gtm));

		CliRun noPassword = run(GTM_LIAISON, "keys", "create", "--data", gtm.toString());
		assertEquals(Cli.USAGE, noPassword.code(), noPassword.err());
		assertTrue(noPassword.err().contains("--password-file"), noPassword.err());

		assertOk(run(GTM_LIAISON, "keys", "create", "--data", gtm.toString(), "--password-file",
				passwordFile.toString()));
		CliRun again = run(GTM_LIAISON, "keys", "create", "--data", gtm.toString(), "--password-file",
				passwordFile.toString());
		assertEquals(Cli.STORE_FAILED, again.code(), again.err());

		CliRun memberSigns = run(GTM_LIAISON, "trust", "sign", "x.pem", "--out", "list.p7s", "--data",
				gtm.toString(), "--password-file", passwordFile.toString());
		assertEquals(Cli.USAGE, memberSigns.code(), memberSigns.err());
	}

	@Test
	void aKeyOfTheAccountsOrganizationImportsAndAnotherDoesNot() throws IOException {
		Path made = new ExchangeNodes(Files.createDirectories(temporary.resolve("made")), CLOCK).node("GTM",
				"liaison-officer");
		assertOk(run(GTM_LIAISON, "keys", "create", "--data", made.toString(), "--password-file",
				passwordFile.toString()));
		Path key = NodeKeyFolder.folder(made).resolve(NodeKeyFolder.KEY_FILE);
		Path certificate = NodeKeyFolder.folder(made).resolve(NodeKeyFolder.CERTIFICATE_FILE);

		CliRun otherOrganization = run(SECRETARIAT, "keys", "import", key.toString(), certificate.toString(),
				"--data", xst.toString(), "--password-file", passwordFile.toString());
		assertEquals(Cli.USAGE, otherOrganization.code(), otherOrganization.err());
		assertFalse(NodeKeyFolder.exists(xst));

		assertOk(run(GTM_LIAISON, "keys", "import", key.toString(), certificate.toString(), "--data", gtm.toString(),
				"--password-file", passwordFile.toString()));
		assertEquals(NodeKeyFolder.certificate(made), NodeKeyFolder.certificate(gtm));
	}

	private static Map<String, String> login(String user) {
		return Map.of("ENLACE_USER", user, "ENLACE_PASSWORD", ACCOUNT_PASSWORD);
	}

	private static CliRun run(Map<String, String> environment, String... args) {
		return CliRun.with(environment, CLOCK, args);
	}
}
