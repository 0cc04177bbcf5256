package org.crm.enlace.packages;

import java.security.cert.X509Certificate;
import java.time.Instant;

import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.packages.PackageException.Reason;

/**
 * Changes of a node's exchange identity and of what it trusts, each recorded in the audit log in the same words
 * whether the command line or the workbench makes it ("keys create FINGERPRINT", "trust install ISSUED, N members"):
 * fingerprints and counts, never a secret. The store is the node's, opened by one of its administrators; its data
 * folder holds the keys.
 */
public final class KeyChanges {

	private KeyChanges() {
	}

	/** A new key pair and certificate for {@code organization}, the key encrypted under {@code password}. */
	public static NodeIdentity create(RecordStore store, String organization, char[] password, Instant now) {
		NodeIdentity identity = NodeIdentity.create(organization, now);
		NodeKeyFolder.store(store.dataFolder(), identity, password, Keyring.defaultIterations());
		store.audit().recordKeyChange("keys create " + Certificates.fingerprint(identity.certificate()));
		return identity;
	}

	/**
	 * A key pair made elsewhere, which must be {@code organization}'s (the administrator's own).
	 *
	 * @throws PackageException {@code OTHER_ORGANIZATION}, and those of {@link NodeKeyFolder#importIdentity}
	 */
	public static NodeIdentity importIdentity(RecordStore store, String organization, byte[] keyPem, String keySource,
			byte[] certificate, String certificateSource, char[] password) {
		ownOrganization(Certificates.parse(certificate, certificateSource), organization);
		NodeIdentity identity = NodeKeyFolder.importIdentity(store.dataFolder(), keyPem, keySource, certificate,
				certificateSource, password, Keyring.defaultIterations());
		store.audit().recordKeyChange("keys import " + Certificates.fingerprint(identity.certificate()));
		return identity;
	}

	/** See {@link TrustStore#trustSecretariat}. */
	public static void trustSecretariat(RecordStore store, X509Certificate certificate, String confirmedFingerprint) {
		TrustStore.trustSecretariat(store.dataFolder(), certificate, confirmedFingerprint);
		store.audit().recordKeyChange("trust secretariat " + Certificates.fingerprint(certificate));
	}

	/** See {@link TrustStore#install}. */
	public static TrustList install(RecordStore store, byte[] signed, String source) {
		TrustList list = TrustStore.install(store.dataFolder(), signed, source);
		store.audit().recordKeyChange("trust install " + list.issuedAt() + ", " + list.members().size() + " members");
		return list;
	}

	/**
	 * The node's identity opened with {@code password}, for packages made or read on behalf of {@code organization}.
	 *
	 * @throws PackageException {@code OTHER_ORGANIZATION} when the node key is another organization's
	 */
	public static NodeIdentity unlock(RecordStore store, String organization, char[] password) {
		NodeIdentity node = NodeKeyFolder.unlock(store.dataFolder(), password);
		ownOrganization(node.certificate(), organization);
		return node;
	}

	private static void ownOrganization(X509Certificate certificate, String organization) {
		String named = Certificates.organization(certificate).orElseThrow();
		if (!named.equals(organization)) {
			throw new PackageException(Reason.OTHER_ORGANIZATION, named, organization);
		}
	}
}
