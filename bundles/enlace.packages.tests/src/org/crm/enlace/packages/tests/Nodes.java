package org.crm.enlace.packages.tests;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.crm.enlace.exchange.ExchangeDocuments;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.crm.enlace.packages.NodeIdentity;
import org.crm.enlace.packages.PackageManifest;
import org.crm.enlace.packages.PackageReader;
import org.crm.enlace.packages.RecordSignatures;
import org.crm.enlace.packages.SignedRecord;
import org.crm.enlace.packages.internal.Envelopes;
import org.crm.enlace.packages.internal.ManifestJson;
import org.crm.enlace.packages.internal.SafeZip;

/**
 * The nodes of the package tests, each with its own key: the Secretariat, Guatemala and Mexico are on the trust list,
 * El Salvador is not. Also builds records and packages that no honest writer would make.
 */
final class Nodes {

	static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
	static final NodeIdentity XST = NodeIdentity.create("XST", NOW);
	static final NodeIdentity GTM = NodeIdentity.create("GTM", NOW);
	static final NodeIdentity MEX = NodeIdentity.create("MEX", NOW);
	static final NodeIdentity SLV = NodeIdentity.create("SLV", NOW);
	static final Map<String, X509Certificate> TRUSTED = Map.of("XST", XST.certificate(), "GTM", GTM.certificate(),
			"MEX", MEX.certificate());

	private Nodes() {
	}

	static Organization organization(String owner, String id, int version, String name) {
		Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
		organization.setId(id);
		organization.setOwnerCountry(owner);
		organization.setVersion(version);
		organization.setName(name);
		return organization;
	}

	static byte[] document(Record record) {
		return ExchangeDocuments.write(List.of(record)).getBytes(StandardCharsets.UTF_8);
	}

	/** A record whose document bytes are given and signed by {@code signer}, whoever owns it. */
	static SignedRecord signedBy(NodeIdentity signer, String id, String owner, int version, byte[] document) {
		return new SignedRecord(id, owner, version, document, RecordSignatures.sign(signer, document), List.of());
	}

	/**
	 * A package made by hand: the manifest (listing the digests of {@code listed}) signed by {@code sender}, then
	 * {@code entries} as they are, sealed for {@code recipient}.
	 */
	static byte[] crafted(NodeIdentity sender, PackageManifest manifest, Map<String, byte[]> listed,
			Map<String, byte[]> entries, X509Certificate recipient) {
		byte[] manifestBytes = ManifestJson.write(manifest, listed);
		Map<String, byte[]> container = new java.util.LinkedHashMap<>();
		container.put(PackageReader.MANIFEST, manifestBytes);
		container.put(PackageReader.MANIFEST_SIGNATURE, RecordSignatures.sign(sender, manifestBytes));
		container.putAll(entries);
		return Envelopes.seal(SafeZip.write(container), List.of(recipient));
	}
}
