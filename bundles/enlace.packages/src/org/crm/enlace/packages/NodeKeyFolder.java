package org.crm.enlace.packages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.packages.PackageException.Reason;
import org.crm.enlace.packages.internal.FolderFiles;

/**
 * The node's identity in its data folder: {@code exchange/node-key.pem} (the private key, encrypted under the node key
 * password, see {@link PrivateKeys}) and {@code exchange/node-certificate.pem}. The node key password is not an
 * account's password: the node's administrators share it, and only exports, imports and the Secretariat's signing of
 * trust lists need it.
 */
public final class NodeKeyFolder {

	public static final String FOLDER = "exchange";
	public static final String KEY_FILE = "node-key.pem";
	public static final String CERTIFICATE_FILE = "node-certificate.pem";

	private NodeKeyFolder() {
	}

	public static Path folder(Path dataFolder) {
		return dataFolder.resolve(FOLDER);
	}

	public static boolean exists(Path dataFolder) {
		return Files.exists(folder(dataFolder).resolve(KEY_FILE));
	}

	/**
	 * Stores a new identity, encrypting its key under {@code password} with {@code iterations} of PBKDF2
	 * ({@link Keyring#defaultIterations()} in use).
	 *
	 * @throws PackageException {@code NODE_KEY_EXISTS} (a node key is replaced by hand, never by accident),
	 *                          {@code SHORT_PASSWORD}
	 */
	public static void store(Path dataFolder, NodeIdentity identity, char[] password, int iterations) {
		if (exists(dataFolder)) {
			throw new PackageException(Reason.NODE_KEY_EXISTS, folder(dataFolder).resolve(KEY_FILE));
		}
		if (password.length < Keyring.MIN_PASSWORD_LENGTH) {
			throw new PackageException(Reason.SHORT_PASSWORD, Keyring.MIN_PASSWORD_LENGTH);
		}
		// The certificate first: a key file without its certificate would block a retry for nothing.
		FolderFiles.write(folder(dataFolder).resolve(CERTIFICATE_FILE),
				Certificates.toPem(identity.certificate()).getBytes(StandardCharsets.US_ASCII));
		FolderFiles.write(folder(dataFolder).resolve(KEY_FILE),
				PrivateKeys.encrypt(identity.privateKey(), password, iterations).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Takes a key pair made elsewhere: the key as encrypted PKCS#8 PEM opened with {@code password} (which then
	 * protects it here too) and its certificate, which must name an organization.
	 */
	public static NodeIdentity importIdentity(Path dataFolder, byte[] keyPem, String keySource, byte[] certificate,
			String certificateSource, char[] password, int iterations) {
		PrivateKey key = PrivateKeys.decrypt(new String(keyPem, StandardCharsets.US_ASCII), password, keySource);
		X509Certificate parsed = Certificates.parse(certificate, certificateSource);
		NodeIdentity identity = new NodeIdentity(Certificates.organization(parsed).orElseThrow(), parsed, key);
		store(dataFolder, identity, password, iterations);
		return identity;
	}

	/** The node's certificate, public: no password needed. */
	public static X509Certificate certificate(Path dataFolder) {
		Path file = folder(dataFolder).resolve(CERTIFICATE_FILE);
		if (!Files.exists(file)) {
			throw new PackageException(Reason.NO_NODE_KEY, dataFolder);
		}
		return Certificates.parse(FolderFiles.read(file), file.toString());
	}

	/** The node's identity, its key decrypted with {@code password}. */
	public static NodeIdentity unlock(Path dataFolder, char[] password) {
		X509Certificate certificate = certificate(dataFolder);
		Path keyFile = folder(dataFolder).resolve(KEY_FILE);
		if (!Files.exists(keyFile)) {
			throw new PackageException(Reason.NO_NODE_KEY, dataFolder);
		}
		PrivateKey key = PrivateKeys.decrypt(new String(FolderFiles.read(keyFile), StandardCharsets.US_ASCII),
				password, keyFile.toString());
		return new NodeIdentity(Certificates.organization(certificate).orElseThrow(), certificate, key);
	}
}
