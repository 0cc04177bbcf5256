package org.crm.enlace.packages.ui.tests;

import static org.crm.enlace.packages.ui.tests.ExchangeBench.GUATEMALA;
import static org.crm.enlace.packages.ui.tests.ExchangeBench.NOW;
import static org.crm.enlace.packages.ui.tests.ExchangeBench.find;
import static org.crm.enlace.packages.ui.tests.ExchangeBench.press;
import static org.crm.enlace.packages.ui.tests.ExchangeBench.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.packages.Certificates;
import org.crm.enlace.packages.KeyChanges;
import org.crm.enlace.packages.NodeIdentity;
import org.crm.enlace.packages.NodeKeyFolder;
import org.crm.enlace.packages.PackageException;
import org.crm.enlace.packages.PackageExport;
import org.crm.enlace.packages.PackageReader;
import org.crm.enlace.packages.ReceivedPackage;
import org.crm.enlace.packages.ReceivedRecord;
import org.crm.enlace.packages.TrustList;
import org.crm.enlace.packages.TrustStore;
import org.crm.enlace.packages.Verdicts;
import org.crm.enlace.packages.ui.internal.Messages;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Exchange part on Guatemala's node: no key, then a key made in the dialog; the Secretariat trusted by its
 * fingerprint and its list installed; a package from Mexico's node (another data folder) inspected, then imported
 * with its counts shown; a file that is not a package refused in a dialog, with the store as it was; a package
 * exported to the recipient checked, which Mexico's key opens.
 */
class ExchangePartTest {

	private static final String PASSWORD = "clave-del-nodo-de-prueba";
	private static final CurrentUser MEXICO = new CurrentUser("mex.ficticio", "MEX", Role.LIAISON_OFFICER);

	@TempDir
	Path gtmData;
	@TempDir
	Path mexData;
	@TempDir
	Path files;

	@Test
	void showsThatThereIsNoKeyThenTheFingerprintOfTheKeyMadeInTheDialog() {
		try (RecordStore store = ExchangeBench.open(gtmData, GUATEMALA);
				ExchangeBench bench = new ExchangeBench(store, GUATEMALA)) {
			assertEquals(Messages.format("identity.none"), bench.part.status().identity());
			assertFalse(bench.find("exchange.exportPackage", Button.class).isEnabled(), "nothing to sign with");
			Screenshots.saveForReview(bench.shell, "exchange-no-key");

			bench.when("exchange.createKey", dialog -> {
				Button ok = find(dialog, "exchange.createKey.ok", Button.class);
				type(dialog, "exchange.createKey.password", "corta");
				assertFalse(ok.isEnabled(), "shorter than an account's password");
				type(dialog, "exchange.createKey.password", PASSWORD);
				type(dialog, "exchange.createKey.again", PASSWORD + "!");
				assertFalse(ok.isEnabled(), "the two passwords differ");
				assertEquals(Messages.format("hint.passwordsDiffer"),
						((TitleAreaDialog) dialog.getData()).getMessage());
				type(dialog, "exchange.createKey.again", PASSWORD);
				assertTrue(ok.isEnabled());
				Screenshots.saveForReview(dialog, "exchange-create-key-dialog");
				press(dialog, "exchange.createKey.ok");
			});
			bench.press("exchange.createKey");

			X509Certificate certificate = NodeKeyFolder.certificate(gtmData);
			String fingerprint = Certificates.fingerprint(certificate);
			assertEquals(Messages.format("identity.present", "GTM", fingerprint, "2026-11-29",
					LocalDate.ofInstant(certificate.getNotAfter().toInstant(), ZoneOffset.UTC).toString()),
					bench.part.status().identity());
			assertEquals("GTM", NodeKeyFolder.unlock(gtmData, PASSWORD.toCharArray()).organization(),
					"the password typed opens the key");
			assertFalse(bench.find("exchange.createKey", Button.class).isEnabled(), "a key is never replaced");
			assertTrue(bench.find("exchange.importPackage", Button.class).isEnabled());
			assertEquals(List.of("keys create " + fingerprint), keyChanges(store), "audited as the CLI does");
			Screenshots.saveForReview(bench.shell, "exchange-key-created");
		}
	}

	@Test
	void trustsTheSecretariatByItsFingerprintThenInspectsAndImportsAPackageFromMexico() throws IOException {
		NodeIdentity xst = NodeIdentity.create("XST", NOW);
		NodeIdentity mex = NodeIdentity.create("MEX", NOW);
		Path secretariatPem = write("xst.pem",
				Certificates.toPem(xst.certificate()).getBytes(StandardCharsets.US_ASCII));
		String xstFingerprint = Certificates.fingerprint(xst.certificate());
		try (RecordStore store = ExchangeBench.open(gtmData, GUATEMALA)) {
			X509Certificate gtm = KeyChanges.create(store, "GTM", PASSWORD.toCharArray(), NOW).certificate();
			Path list = write("trust-list.p7s",
					TrustList.of(NOW, Map.of("GTM", gtm, "MEX", mex.certificate())).sign(xst));
			Path fromMexico = write("MEX-a-GTM.enlace-package", mexicoExportsTwoRecords(mex, gtm));
			try (ExchangeBench bench = new ExchangeBench(store, GUATEMALA)) {
				assertEquals(Messages.format("trust.noSecretariat"),
						bench.find("exchange.secretariat", Label.class).getText());

				bench.when("exchange.trustSecretariat", dialog -> {
					type(dialog, "exchange.trustSecretariat.file", secretariatPem.toString());
					assertEquals(Messages.format("trust.shownFingerprint", xstFingerprint),
							find(dialog, "exchange.trustSecretariat.fingerprint", Label.class).getText());
					type(dialog, "exchange.trustSecretariat.typed", "00:11:22:33");
					press(dialog, "exchange.trustSecretariat.ok");
					assertFalse(dialog.isDisposed(), "a wrong fingerprint trusts nothing and the dialog stays");
					assertTrue(((TitleAreaDialog) dialog.getData()).getErrorMessage().contains(xstFingerprint));
					assertTrue(TrustStore.secretariat(gtmData).isEmpty());
					Screenshots.saveForReview(dialog, "exchange-trust-wrong-fingerprint");
					type(dialog, "exchange.trustSecretariat.typed", xstFingerprint.replace(":", "").toLowerCase());
					press(dialog, "exchange.trustSecretariat.ok");
				});
				bench.press("exchange.trustSecretariat");
				bench.when("exchange.installTrustList", dialog -> {
					type(dialog, "exchange.installTrustList.file", list.toString());
					press(dialog, "exchange.installTrustList.ok");
				});
				bench.press("exchange.installTrustList");

				assertEquals(Messages.format("trust.secretariat", xstFingerprint),
						bench.find("exchange.secretariat", Label.class).getText());
				Table members = bench.find("exchange.members", Table.class);
				assertEquals(2, members.getItemCount());
				assertEquals("MEX", members.getItem(1).getText(0));
				assertEquals(Certificates.fingerprint(mex.certificate()), members.getItem(1).getText(1));
				Screenshots.saveForReview(bench.shell, "exchange-trusted");

				openPackage(bench, "exchange.inspectPackage", fromMexico);
				Table records = bench.find("exchange.records", Table.class);
				assertEquals(2, records.getItemCount());
				assertEquals(Verdicts.of(ReceivedRecord.Status.VALID), records.getItem(0).getText(3));
				assertEquals(Map.of(), records(store), "inspecting imports nothing");
				Screenshots.saveForReview(bench.shell, "exchange-inspected");

				openPackage(bench, "exchange.importPackage", fromMexico);

				assertEquals(Messages.format("result.imported", fromMexico.toString(), "MEX", 2, 0, 0, 0),
						bench.part.result().summary());
				assertEquals(2, records(store).size());
				assertEquals(List.of("keys create " + Certificates.fingerprint(gtm),
						"trust secretariat " + xstFingerprint, "trust install " + NOW + ", 2 members"),
						keyChanges(store));
				Screenshots.saveForReview(bench.shell, "exchange-imported");
			}
		}
	}

	@Test
	void aFileThatIsNotAPackageIsRefusedInADialogAndChangesNothing() throws IOException {
		NodeIdentity xst = NodeIdentity.create("XST", NOW);
		Path bad = write("no-es-un-paquete.enlace-package", "esto no es un paquete".getBytes(StandardCharsets.UTF_8));
		try (RecordStore store = ExchangeBench.open(gtmData, GUATEMALA)) {
			X509Certificate gtm = KeyChanges.create(store, "GTM", PASSWORD.toCharArray(), NOW).certificate();
			KeyChanges.trustSecretariat(store, xst.certificate(), Certificates.fingerprint(xst.certificate()));
			KeyChanges.install(store, TrustList.of(NOW, Map.of("GTM", gtm)).sign(xst), "lista");
			store.save(organization("GTM", "Registro propio"));
			Map<String, Integer> before = records(store);
			try (ExchangeBench bench = new ExchangeBench(store, GUATEMALA)) {
				String[] said = new String[1];
				bench.when("exchange.importPackage", dialog -> {
					type(dialog, "exchange.package.file", bad.toString());
					type(dialog, "exchange.package.password", PASSWORD);
					bench.when("exchange.error", error -> {
						said[0] = ExchangeBench.labels(error);
						Screenshots.saveForReview(error, "exchange-import-refused");
						error.close();
					});
					press(dialog, "exchange.importPackage.ok");
				});
				bench.press("exchange.importPackage");

				String expected = new PackageException(PackageException.Reason.NOT_A_PACKAGE, bad.toString())
						.getMessage();
				assertTrue(said[0] != null && said[0].contains(expected), String.valueOf(said[0]));
				assertEquals(before, records(store));
				assertEquals("", bench.part.result().summary(), "no result to show");
				assertEquals(List.of("package: NOT_A_PACKAGE"),
						store.audit().entries(null).stream().filter(e -> e.action() == AuditAction.IMPORT_REFUSED)
								.map(e -> e.detail()).toList(),
						"the attempt is audited");
				Screenshots.saveForReview(bench.shell, "exchange-after-refusal");
			}
		}
	}

	@Test
	void exportsToTheCheckedRecipientWhatItMaySeeInAPackageMexicoReads() throws IOException {
		NodeIdentity xst = NodeIdentity.create("XST", NOW);
		NodeIdentity mex = NodeIdentity.create("MEX", NOW);
		Path target = files.resolve("GTM-a-MEX.enlace-package");
		X509Certificate gtm;
		try (RecordStore store = ExchangeBench.open(gtmData, GUATEMALA)) {
			gtm = KeyChanges.create(store, "GTM", PASSWORD.toCharArray(), NOW).certificate();
			KeyChanges.trustSecretariat(store, xst.certificate(), Certificates.fingerprint(xst.certificate()));
			KeyChanges.install(store, TrustList.of(NOW, Map.of("GTM", gtm, "MEX", mex.certificate())).sign(xst),
					"lista");
			store.save(organization("GTM", "Para los miembros"));
			Organization ownOnly = organization("GTM", "Solo Guatemala");
			ownOnly.setReleasability(Releasability.OWNER_ONLY);
			store.save(ownOnly);
			try (ExchangeBench bench = new ExchangeBench(store, GUATEMALA)) {
				bench.when("exchange.exportPackage", dialog -> {
					Button ok = find(dialog, "exchange.exportPackage.ok", Button.class);
					Table recipients = find(dialog, "exchange.export.recipients", Table.class);
					assertEquals(List.of("MEX", "XST"), List.of(recipients.getItems()).stream()
							.map(item -> (String) item.getData()).toList(), "the trust list but this node");
					assertFalse(ok.isEnabled(), "no recipient checked");
					recipients.setFocus();
					recipients.getItem(0).setChecked(true);
					Event check = new Event();
					check.detail = SWT.CHECK;
					check.item = recipients.getItem(0);
					recipients.notifyListeners(SWT.Selection, check);
					type(dialog, "exchange.export.from", "2026-13-01");
					type(dialog, "exchange.export.file", target.toString());
					type(dialog, "exchange.export.password", PASSWORD);
					assertEquals(Messages.format("hint.badDay", "2026-13-01"),
							((TitleAreaDialog) dialog.getData()).getMessage());
					type(dialog, "exchange.export.from", "2026-11-01");
					type(dialog, "exchange.export.to", "2026-11-29");
					assertTrue(ok.isEnabled());
					Screenshots.saveForReview(dialog, "exchange-export-dialog");
					press(dialog, "exchange.exportPackage.ok");
				});
				bench.press("exchange.exportPackage");

				assertEquals(Messages.format("result.exported", target.toString(), 1, "MEX", 1),
						bench.part.result().summary(), "the record only Guatemala may see is withheld");
				Screenshots.saveForReview(bench.shell, "exchange-exported");
			}
		}
		ReceivedPackage received = PackageReader.read(Files.readAllBytes(target), mex,
				Map.of("XST", xst.certificate(), "GTM", gtm, "MEX", mex.certificate()), target.toString());
		assertEquals("GTM", received.manifest().sender());
		assertEquals(1, received.records().size());
		assertTrue(received.records().getFirst().isValid());
	}

	/* Answers the package dialog with the file and the node key password; the part reads the package. */
	private static void openPackage(ExchangeBench bench, String button, Path file) {
		String dialogId = button;
		bench.when(dialogId, dialog -> {
			type(dialog, "exchange.package.file", file.toString());
			type(dialog, "exchange.package.password", PASSWORD);
			press(dialog, dialogId + ".ok");
		});
		bench.press(button);
	}

	private byte[] mexicoExportsTwoRecords(NodeIdentity mex, X509Certificate guatemala) {
		try (RecordStore store = ExchangeBench.open(mexData, MEXICO)) {
			store.save(organization("MEX", "Organización ficticia uno"));
			store.save(organization("MEX", "Organización ficticia dos"));
			return PackageExport.export(store, mex, Map.of("GTM", guatemala), Optional.empty(), Optional.empty(), NOW)
					.file();
		}
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(files.resolve(name), content);
	}

	private static Organization organization(String owner, String name) {
		Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
		organization.setOwnerCountry(owner);
		organization.setName(name);
		organization.setReleasability(Releasability.ALL_MEMBERS);
		return organization;
	}

	/* Every record the user sees, by id, with its version. */
	private static Map<String, Integer> records(RecordStore store) {
		Map<String, Integer> records = new TreeMap<>();
		store.findAll(EnlacePackage.Literals.RECORD, Record.class).forEach(r -> records.put(r.getId(), r.getVersion()));
		return records;
	}

	private static List<String> keyChanges(RecordStore store) {
		return store.audit().entries(null).stream().filter(entry -> entry.action() == AuditAction.KEYS)
				.map(entry -> entry.detail()).toList();
	}
}
