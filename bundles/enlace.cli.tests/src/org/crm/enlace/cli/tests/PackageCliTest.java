package org.crm.enlace.cli.tests;

import static org.crm.enlace.cli.tests.ExchangeNodes.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Releasability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} from Guatemala's node and {@code package inspect} at Mexico's: releasability decides what goes, and
 * only a recipient opens the package.
 */
class PackageCliTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));

	@TempDir
	Path temporary;

	private ExchangeNodes nodes;
	private Path xst;
	private Path gtm;
	private Path mex;
	private String toMexico;
	private String gtmOnly;
	private String toSalvador;

	@BeforeEach
	void threeNodes() {
		nodes = new ExchangeNodes(temporary, CLOCK);
		xst = nodes.keyedNode("XST", "secretariat");
		gtm = nodes.keyedNode("GTM", "liaison-officer");
		mex = nodes.keyedNode("MEX", "liaison-officer");
		nodes.trust(xst, gtm, mex);
		try (RecordStore store = open(gtm, "GTM")) {
			toMexico = store.save(organization("Para México", Releasability.LISTED, "MEX")).getId();
			gtmOnly = store.save(organization("Solo Guatemala", Releasability.OWNER_ONLY)).getId();
			toSalvador = store.save(organization("Para El Salvador", Releasability.LISTED, "SLV")).getId();
		}
	}

	@Test
	void mexicoSeesInThePackageWhatItMaySeeAndEverySignatureVerifies() throws Exception {
		Path file = temporary.resolve("gtm-to-mex.pkg");
		CliRun exported = nodes.as("GTM", "export", "--to", "MEX", "--out", file.toString(), "--data", gtm.toString(),
				"--password-file", nodes.passwordFile().toString());
		assertOk(exported);
		assertTrue(exported.out().contains("2 retenidos"), exported.out());

		CliRun inspected = nodes.as("MEX", "package", "inspect", file.toString(), "--data", mex.toString(),
				"--password-file", nodes.passwordFile().toString());
		assertOk(inspected);
		assertTrue(inspected.out().contains(toMexico + "  GTM  v1  GTM  válido"), inspected.out());
		assertFalse(inspected.out().contains(gtmOnly), inspected.out());
		assertFalse(inspected.out().contains(toSalvador), inspected.out());
		assertTrue(inspected.out().contains("remitente GTM, destinatarios MEX"), inspected.out());

		try (RecordStore store = open(gtm, "GTM")) {
			List<AuditEntry> exports = store.audit().entries(null).stream()
					.filter(entry -> entry.action() == AuditAction.EXPORT).toList();
			assertEquals(1, exports.size());
			assertTrue(exports.get(0).detail().contains("MEX"), exports.get(0).detail());
		}
	}

	@Test
	void aNodeThePackageIsNotForCannotInspectIt() throws Exception {
		Path file = temporary.resolve("gtm-to-mex.pkg");
		assertOk(nodes.as("GTM", "export", "--to", "MEX", "--out", file.toString(), "--data", gtm.toString(),
				"--password-file", nodes.passwordFile().toString()));

		CliRun refused = nodes.as("XST", "package", "inspect", file.toString(), "--data", xst.toString(),
				"--password-file", nodes.passwordFile().toString());
		assertEquals(Cli.STORE_FAILED, refused.code(), refused.err());
		assertTrue(refused.err().contains("XST"), refused.err());

		Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 200));
		CliRun truncated = nodes.as("MEX", "package", "inspect", file.toString(), "--data", mex.toString(),
				"--password-file", nodes.passwordFile().toString());
		assertEquals(Cli.STORE_FAILED, truncated.code(), truncated.err());
		assertTrue(truncated.err().contains("truncado"), truncated.err());
	}

	@Test
	void aRecipientOffTheTrustListGetsNoPackage() {
		Path file = temporary.resolve("gtm-to-slv.pkg");
		CliRun refused = nodes.as("GTM", "export", "--to", "MEX,SLV", "--out", file.toString(), "--data",
				gtm.toString(), "--password-file", nodes.passwordFile().toString());

		assertEquals(Cli.USAGE, refused.code(), refused.err());
		assertTrue(refused.err().contains("SLV"), refused.err());
		assertFalse(Files.exists(file));
	}

	@Test
	void mexicoImportsOnceAndTheSecretariatRelaysWhatItMaySee() throws Exception {
		String toEveryone;
		try (RecordStore store = open(gtm, "GTM")) {
			toEveryone = store.save(organization("Para todos los miembros", Releasability.ALL_MEMBERS)).getId();
		}
		Path toMex = temporary.resolve("gtm-to-mex.pkg");
		assertOk(nodes.as("GTM", "export", "--to", "MEX", "--out", toMex.toString(), "--data", gtm.toString(),
				"--password-file", nodes.passwordFile().toString()));

		CliRun imported = nodes.as("MEX", "import", toMex.toString(), "--data", mex.toString(), "--password-file",
				nodes.passwordFile().toString());
		assertOk(imported);
		assertTrue(imported.out().contains("importado: 2 nuevos"), imported.out());
		CliRun again = nodes.as("MEX", "import", toMex.toString(), "--data", mex.toString(), "--password-file",
				nodes.passwordFile().toString());
		assertOk(again);
		// Guatemala's reference data, which every node seeds alike, is unchanged both times.
		assertTrue(again.out().contains("importado: 0 nuevos, 0 reemplazados"), again.out());

		Path toXst = temporary.resolve("gtm-to-xst.pkg");
		assertOk(nodes.as("GTM", "export", "--to", "XST", "--out", toXst.toString(), "--data", gtm.toString(),
				"--password-file", nodes.passwordFile().toString()));
		assertOk(nodes.as("XST", "import", toXst.toString(), "--data", xst.toString(), "--password-file",
				nodes.passwordFile().toString()));
		Path relays = temporary.resolve("relays");
		CliRun relayed = nodes.as("XST", "relay", "--to", "MEX,GTM", "--out-dir", relays.toString(), "--data",
				xst.toString(), "--password-file", nodes.passwordFile().toString());
		assertOk(relayed);
		Path forMexico = relays.resolve("XST-to-MEX-2026-11-29.enlace-package");
		// Guatemala's record for every member, and the Secretariat's own Joint Task Force milestone and work plan
		// (reference data seeded alike on every node).
		assertTrue(relayed.out().contains(forMexico + ": 3 registros para MEX"), relayed.out());
		CliRun inspected = nodes.as("MEX", "package", "inspect", forMexico.toString(), "--data", mex.toString(),
				"--password-file", nodes.passwordFile().toString());
		assertTrue(inspected.out().contains(toEveryone + "  GTM  v1  GTM  válido"), inspected.out());

		try (RecordStore store = open(mex, "MEX")) {
			assertTrue(store.findById(toMexico).isPresent());
			assertEquals(2, store.audit().entries(null).stream()
					.filter(entry -> entry.action() == AuditAction.IMPORT).count());
		}
		try (RecordStore store = open(xst, "XST")) {
			List<String> keyChanges = store.audit().entries(null).stream()
					.filter(entry -> entry.action() == AuditAction.KEYS).map(AuditEntry::detail).toList();
			assertEquals(2, keyChanges.size(), keyChanges.toString());
			assertTrue(keyChanges.get(0).startsWith("keys create "), keyChanges.toString());
			assertTrue(keyChanges.get(1).startsWith("trust sign 2 members"), keyChanges.toString());
		}
	}

	@Test
	void aRefusedImportSaysWhyAndChangesNothing() throws Exception {
		Path file = temporary.resolve("roto.pkg");
		Files.write(file, "no es un paquete".getBytes(java.nio.charset.StandardCharsets.UTF_8));

		CliRun refused = nodes.as("MEX", "import", file.toString(), "--data", mex.toString(), "--password-file",
				nodes.passwordFile().toString());

		assertEquals(Cli.STORE_FAILED, refused.code(), refused.err());
		assertTrue(refused.err().contains("no es un paquete de intercambio"), refused.err());
		try (RecordStore store = open(mex, "MEX")) {
			assertEquals(List.of("package: NOT_A_PACKAGE"), store.audit().entries(null).stream()
					.filter(entry -> entry.action() == AuditAction.IMPORT_REFUSED).map(AuditEntry::detail).toList());
		}
	}

	private static RecordStore open(Path data, String organization) {
		return StoreStartup.login(data, new Credentials(ExchangeNodes.admin(organization),
				ExchangeNodes.ACCOUNT_PASSWORD.toCharArray()), CLOCK, DemoLoading.NEVER).store();
	}

	private static Organization organization(String name, Releasability releasability, String... releasableTo) {
		Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
		organization.setName(name);
		organization.setReleasability(releasability);
		organization.getReleasableTo().addAll(List.of(releasableTo));
		return organization;
	}
}
