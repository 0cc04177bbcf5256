package org.crm.enlace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.packages.Certificates;
import org.crm.enlace.packages.NodeKeyFolder;

/**
 * Data folders of nodes for the exchange commands' tests, each with one administrator ({@code <iso3>.admin}, lower
 * case) and set up through the command line only.
 */
final class ExchangeNodes {

	static final String ACCOUNT_PASSWORD = "account password";
	static final String KEY_PASSWORD = "node key password";

	private final Path folder;
	private final Clock clock;
	private final Path passwordFile;

	ExchangeNodes(Path folder, Clock clock) {
		this.folder = folder;
		this.clock = clock;
		this.passwordFile = folder.resolve("node-key-password");
		try {
			Files.writeString(passwordFile, KEY_PASSWORD + "\n");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Path passwordFile() {
		return passwordFile;
	}

	/** A data folder with its administrator; {@code role} as the command line spells it. */
	Path node(String organization, String role) {
		Path data = folder.resolve(organization.toLowerCase());
		assertOk(CliRun.with(Map.of("ENLACE_NEW_PASSWORD", ACCOUNT_PASSWORD), clock, "accounts", "init",
				admin(organization), "--country", organization, "--role", role, "--data", data.toString()));
		return data;
	}

	/** A node with its exchange key. */
	Path keyedNode(String organization, String role) {
		Path data = node(organization, role);
		assertOk(as(organization, "keys", "create", "--data", data.toString(), "--password-file",
				passwordFile.toString()));
		return data;
	}

	/** The Secretariat signs a list of the members' certificates, and each member trusts it and installs it. */
	void trust(Path secretariat, Path... members) {
		Path xstCertificate = folder.resolve("xst.pem");
		assertOk(as("XST", "keys", "certificate", "--data", secretariat.toString(), "--out",
				xstCertificate.toString()));
		String[] sign = new String[members.length + 8];
		sign[0] = "trust";
		sign[1] = "sign";
		for (int i = 0; i < members.length; i++) {
			Path certificate = folder.resolve("member-" + i + ".pem");
			assertOk(as("XST", "keys", "certificate", "--data", members[i].toString(), "--out",
					certificate.toString()));
			sign[i + 2] = certificate.toString();
		}
		Path list = folder.resolve("trust-list.p7s");
		System.arraycopy(new String[] { "--out", list.toString(), "--data", secretariat.toString(), "--password-file",
				passwordFile.toString() }, 0, sign, members.length + 2, 6);
		assertOk(as("XST", sign));
		String fingerprint = Certificates.fingerprint(NodeKeyFolder.certificate(secretariat));
		for (Path member : members) {
			String organization = Certificates.organization(NodeKeyFolder.certificate(member)).orElseThrow();
			assertOk(as(organization, "trust", "secretariat", xstCertificate.toString(), "--data", member.toString(),
					"--fingerprint", fingerprint));
			assertOk(as(organization, "trust", "install", list.toString(), "--data", member.toString()));
		}
	}

	/** A command run by the organization's administrator. */
	CliRun as(String organization, String... args) {
		return CliRun.with(Map.of("ENLACE_USER", admin(organization), "ENLACE_PASSWORD", ACCOUNT_PASSWORD), clock,
				args);
	}

	static String admin(String organization) {
		return organization.toLowerCase() + ".admin";
	}

	static void assertOk(CliRun run) {
		assertEquals(Cli.OK, run.code(), run.err());
	}
}
