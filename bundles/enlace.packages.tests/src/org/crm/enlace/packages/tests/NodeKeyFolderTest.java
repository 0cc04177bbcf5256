package org.crm.enlace.packages.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.crm.enlace.packages.NodeIdentity;
import org.crm.enlace.packages.NodeKeyFolder;
import org.crm.enlace.packages.PackageException;
import org.crm.enlace.packages.PackageException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeKeyFolderTest {

	private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
	/* Fewer than in use, to keep the tests fast; the count is written in the file and honoured on reading. */
	private static final int ITERATIONS = 10_000;
	private static final char[] PASSWORD = "node key password".toCharArray();

	@TempDir
	Path data;

	@Test
	void theKeyIsStoredEncryptedAndOpensWithItsPasswordOnly() throws Exception {
		NodeIdentity identity = NodeIdentity.create("GTM", NOW);
		NodeKeyFolder.store(data, identity, PASSWORD, ITERATIONS);

		NodeIdentity unlocked = NodeKeyFolder.unlock(data, PASSWORD);
		assertEquals("GTM", unlocked.organization());
		assertEquals(identity.certificate(), unlocked.certificate());
		assertArrayEquals(identity.privateKey().getEncoded(), unlocked.privateKey().getEncoded());

		PackageException wrong = assertThrows(PackageException.class,
				() -> NodeKeyFolder.unlock(data, "another password".toCharArray()));
		assertEquals(Reason.WRONG_KEY_PASSWORD, wrong.reason());
		assertFalse(wrong.getMessage().contains("another password"));
	}

	@Test
	void theKeyFileIsPbes2WithPbkdf2HmacSha256AndAes256Cbc() throws Exception {
		NodeKeyFolder.store(data, NodeIdentity.create("MEX", NOW), PASSWORD, ITERATIONS);
		Path keyFile = NodeKeyFolder.folder(data).resolve(NodeKeyFolder.KEY_FILE);
		String pem = Files.readString(keyFile, StandardCharsets.US_ASCII);

		assertTrue(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"), pem);
		PKCS8EncryptedPrivateKeyInfo info;
		try (PEMParser parser = new PEMParser(new StringReader(pem))) {
			info = (PKCS8EncryptedPrivateKeyInfo) parser.readObject();
		}
		assertEquals(PKCSObjectIdentifiers.id_PBES2, info.getEncryptionAlgorithm().getAlgorithm());
		PBES2Parameters pbes2 = PBES2Parameters.getInstance(info.getEncryptionAlgorithm().getParameters());
		assertEquals(PKCSObjectIdentifiers.id_PBKDF2, pbes2.getKeyDerivationFunc().getAlgorithm());
		PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
		assertEquals(ITERATIONS, kdf.getIterationCount().intValue());
		assertEquals(PKCSObjectIdentifiers.id_hmacWithSHA256, kdf.getPrf().getAlgorithm());
		assertEquals(NISTObjectIdentifiers.id_aes256_CBC, pbes2.getEncryptionScheme().getAlgorithm());
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
	}

	@Test
	void anExistingKeyIsNeverReplaced() {
		NodeKeyFolder.store(data, NodeIdentity.create("GTM", NOW), PASSWORD, ITERATIONS);
		byte[] before = read(NodeKeyFolder.KEY_FILE);

		PackageException e = assertThrows(PackageException.class,
				() -> NodeKeyFolder.store(data, NodeIdentity.create("GTM", NOW), PASSWORD, ITERATIONS));
		assertEquals(Reason.NODE_KEY_EXISTS, e.reason());
		assertArrayEquals(before, read(NodeKeyFolder.KEY_FILE));
	}

	@Test
	void aShortPasswordIsRefusedAndNothingIsWritten() {
		PackageException e = assertThrows(PackageException.class,
				() -> NodeKeyFolder.store(data, NodeIdentity.create("GTM", NOW), "short".toCharArray(), ITERATIONS));

		assertEquals(Reason.SHORT_PASSWORD, e.reason());
		assertFalse(NodeKeyFolder.exists(data));
	}

	@Test
	void aKeyAndCertificateFromAnotherFolderImport(@TempDir Path elsewhere) {
		NodeIdentity identity = NodeIdentity.create("SLV", NOW);
		NodeKeyFolder.store(elsewhere, identity, PASSWORD, ITERATIONS);

		NodeIdentity imported = NodeKeyFolder.importIdentity(data, readFrom(elsewhere, NodeKeyFolder.KEY_FILE), "key",
				readFrom(elsewhere, NodeKeyFolder.CERTIFICATE_FILE), "certificate", PASSWORD, ITERATIONS);

		assertEquals("SLV", imported.organization());
		assertArrayEquals(identity.privateKey().getEncoded(),
				NodeKeyFolder.unlock(data, PASSWORD).privateKey().getEncoded());
	}

	@Test
	void aKeyWithSomeoneElsesCertificateDoesNotImport(@TempDir Path first, @TempDir Path second) {
		NodeKeyFolder.store(first, NodeIdentity.create("SLV", NOW), PASSWORD, ITERATIONS);
		NodeKeyFolder.store(second, NodeIdentity.create("SLV", NOW), PASSWORD, ITERATIONS);

		PackageException e = assertThrows(PackageException.class,
				() -> NodeKeyFolder.importIdentity(data, readFrom(first, NodeKeyFolder.KEY_FILE), "key",
						readFrom(second, NodeKeyFolder.CERTIFICATE_FILE), "certificate", PASSWORD, ITERATIONS));
		assertEquals(Reason.KEY_DOES_NOT_MATCH, e.reason());
		assertFalse(NodeKeyFolder.exists(data));
	}

	@Test
	void aFileWithoutAnEncryptedKeyIsNamedAsSuch() {
		PackageException e = assertThrows(PackageException.class, () -> NodeKeyFolder.importIdentity(data,
				"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".getBytes(), "plain.pem",
				new byte[0], "certificate", PASSWORD, ITERATIONS));

		assertEquals(Reason.BAD_KEY_FILE, e.reason());
		assertTrue(e.getMessage().contains("plain.pem"), e.getMessage());
	}

	@Test
	void withoutAKeyTheNodeSaysHowToMakeOne() {
		PackageException e = assertThrows(PackageException.class, () -> NodeKeyFolder.certificate(data));

		assertEquals(Reason.NO_NODE_KEY, e.reason());
	}

	private byte[] read(String name) {
		return readFrom(data, name);
	}

	private static byte[] readFrom(Path folder, String name) {
		try {
			return Files.readAllBytes(NodeKeyFolder.folder(folder).resolve(name));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
