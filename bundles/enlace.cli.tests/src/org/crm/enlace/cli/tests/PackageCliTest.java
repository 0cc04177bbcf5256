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
