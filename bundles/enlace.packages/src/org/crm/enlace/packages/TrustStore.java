package org.crm.enlace.packages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.packages.PackageException.Reason;
import org.crm.enlace.packages.internal.FolderFiles;

/**
 * What a node trusts, in {@code exchange/} of its data folder: the Secretariat's certificate
 * ({@value #SECRETARIAT_FILE}), installed by an administrator who has compared its fingerprint with the one the
 * Secretariat gave out of band, and the newest trust list that certificate signed ({@value #TRUST_LIST_FILE}, kept
 * signed and verified again on every read).
 */
public final class TrustStore {

	public static final String SECRETARIAT_FILE = "secretariat-certificate.pem";
	public static final String TRUST_LIST_FILE = "trust-list.p7s";

	private TrustStore() {
	}

	/**
	 * Trusts {@code certificate} as the Secretariat's.
	 *
	 * @param confirmedFingerprint the SHA-256 fingerprint the administrator was given, colons and case ignored
	 * @throws PackageException {@code NOT_SECRETARIAT} when it does not name XST, {@code FINGERPRINT_MISMATCH}
	 */
	public static void trustSecretariat(Path dataFolder, X509Certificate certificate, String confirmedFingerprint) {
		String organization = Certificates.organization(certificate).orElseThrow();
		if (!organization.equals(Owners.SECRETARIAT)) {
			throw new PackageException(Reason.NOT_SECRETARIAT, organization);
		}
		if (!Certificates.fingerprintMatches(certificate, confirmedFingerprint)) {
			throw new PackageException(Reason.FINGERPRINT_MISMATCH, Certificates.fingerprint(certificate));
		}
		FolderFiles.write(file(dataFolder, SECRETARIAT_FILE),
				Certificates.toPem(certificate).getBytes(StandardCharsets.US_ASCII));
	}

	public static Optional<X509Certificate> secretariat(Path dataFolder) {
		Path file = file(dataFolder, SECRETARIAT_FILE);
		return Files.exists(file) ? Optional.of(Certificates.parse(FolderFiles.read(file), file.toString()))
				: Optional.empty();
	}

	/**
	 * Installs a signed trust list after checking it against the trusted Secretariat certificate.
	 *
	 * @throws PackageException {@code NO_SECRETARIAT}, those of {@link TrustList#verify}, {@code OLDER_TRUST_LIST}
	 *                          when the installed list was issued later (a replayed list cannot bring back a
	 *                          certificate that was withdrawn)
	 */
	public static TrustList install(Path dataFolder, byte[] signed, String source) {
		X509Certificate secretariat = secretariat(dataFolder)
				.orElseThrow(() -> new PackageException(Reason.NO_SECRETARIAT, dataFolder));
		TrustList list = TrustList.verify(signed, secretariat, source);
		Optional<TrustList> installed = installed(dataFolder);
		if (installed.isPresent() && list.issuedAt().isBefore(installed.get().issuedAt())) {
			throw new PackageException(Reason.OLDER_TRUST_LIST, list.issuedAt().toString(),
					installed.get().issuedAt().toString());
		}
		FolderFiles.write(file(dataFolder, TRUST_LIST_FILE), signed);
		return list;
	}

	/** The installed list, verified again. */
	public static Optional<TrustList> installed(Path dataFolder) {
		Path file = file(dataFolder, TRUST_LIST_FILE);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		X509Certificate secretariat = secretariat(dataFolder)
				.orElseThrow(() -> new PackageException(Reason.NO_SECRETARIAT, dataFolder));
		return Optional.of(TrustList.verify(FolderFiles.read(file), secretariat, file.toString()));
	}

	/**
	 * The certificate a node trusts for {@code organization}: the Secretariat's own, or the installed list's entry.
	 */
	public static Optional<X509Certificate> certificateOf(Path dataFolder, String organization) {
		if (organization.equals(Owners.SECRETARIAT)) {
			return secretariat(dataFolder);
		}
		return installed(dataFolder).flatMap(list -> list.certificate(organization));
	}

	/** Every certificate the node trusts, by organization: the installed list's and the Secretariat's. */
	public static java.util.Map<String, X509Certificate> trusted(Path dataFolder) {
		java.util.Map<String, X509Certificate> trusted = new java.util.TreeMap<>(
				installed(dataFolder).map(TrustList::members).orElse(java.util.Collections.emptySortedMap()));
		secretariat(dataFolder).ifPresent(certificate -> trusted.put(Owners.SECRETARIAT, certificate));
		return trusted;
	}

	private static Path file(Path dataFolder, String name) {
		return NodeKeyFolder.folder(dataFolder).resolve(name);
	}
}
