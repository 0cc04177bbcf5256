package org.crm.enlace.packages;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.packages.PackageException.Reason;
import org.crm.enlace.packages.internal.Crypto;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The network's member certificates as the Secretariat vouches for them: a JSON document ({@value #FORMAT}, with the
 * time it was issued and, per organization, its certificate in base64 DER) encapsulated in a CMS SignedData that the
 * Secretariat's node key signs. A node believes a list only when that signature verifies against the Secretariat
 * certificate it already trusts, and never goes back to an older list.
 */
public record TrustList(Instant issuedAt, SortedMap<String, X509Certificate> members) {

	public static final String FORMAT = "enlace-trust-list";
	public static final int VERSION = 1;

	/** Each certificate must name the organization it is listed under. */
	public TrustList {
		members = Collections.unmodifiableSortedMap(new TreeMap<>(members));
		members.forEach((organization, certificate) -> {
			if (!Certificates.organization(certificate).map(organization::equals).orElse(false)) {
				throw new PackageException(Reason.BAD_ORGANIZATION, organization);
			}
		});
	}

	public static TrustList of(Instant issuedAt, Map<String, X509Certificate> members) {
		return new TrustList(issuedAt, new TreeMap<>(members));
	}

	public Optional<X509Certificate> certificate(String organization) {
		return Optional.ofNullable(members.get(organization));
	}

	/** The list signed by the Secretariat's node (CMS SignedData, the content and the signer's certificate inside). */
	public byte[] sign(NodeIdentity secretariat) {
		if (!secretariat.organization().equals(Owners.SECRETARIAT)) {
			throw new PackageException(Reason.NOT_SECRETARIAT, secretariat.organization());
		}
		return RecordSignatures.signedData(secretariat, json(), true, true);
	}

	private byte[] json() {
		JsonObject document = new JsonObject();
		document.addProperty("format", FORMAT);
		document.addProperty("version", VERSION);
		document.addProperty("issuedAt", issuedAt.toString());
		JsonArray list = new JsonArray();
		members.forEach((organization, certificate) -> {
			JsonObject member = new JsonObject();
			member.addProperty("organization", organization);
			member.addProperty("certificate", Base64.getEncoder().encodeToString(Certificates.der(certificate)));
			list.add(member);
		});
		document.add("members", list);
		return document.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The list inside {@code signed}, once its one signature verifies against {@code secretariat}.
	 *
	 * @param source names the file in error messages
	 * @throws PackageException {@code BAD_TRUST_LIST} when it is no signed trust list,
	 *                          {@code TRUST_LIST_NOT_SIGNED_BY_SECRETARIAT} when someone else signed it or the content
	 *                          was changed
	 */
	public static TrustList verify(byte[] signed, X509Certificate secretariat, String source) {
		CMSSignedData data;
		SignerInformation signer;
		try {
			data = new CMSSignedData(signed);
			if (data.getSignerInfos().size() != 1 || data.getSignedContent() == null) {
				throw new PackageException(Reason.BAD_TRUST_LIST, source);
			}
			signer = data.getSignerInfos().getSigners().iterator().next();
		} catch (CMSException | RuntimeException e) {
			throw e instanceof PackageException known ? known : new PackageException(Reason.BAD_TRUST_LIST, e, source);
		}
		try {
			if (!signer.getSID().match(new JcaX509CertificateHolder(secretariat)) || !signer
					.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Crypto.PROVIDER).build(secretariat))) {
				throw new PackageException(Reason.TRUST_LIST_NOT_SIGNED_BY_SECRETARIAT, source);
			}
		} catch (CMSException | OperatorCreationException | CertificateException e) {
			throw new PackageException(Reason.TRUST_LIST_NOT_SIGNED_BY_SECRETARIAT, e, source);
		}
		return parse((byte[]) data.getSignedContent().getContent(), source);
	}

	private static TrustList parse(byte[] json, String source) {
		try {
			JsonObject document = JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
			if (!FORMAT.equals(document.get("format").getAsString()) || document.get("version").getAsInt() != VERSION) {
				throw new PackageException(Reason.BAD_TRUST_LIST, source);
			}
			SortedMap<String, X509Certificate> members = new TreeMap<>();
			for (var element : document.getAsJsonArray("members")) {
				JsonObject member = element.getAsJsonObject();
				String organization = member.get("organization").getAsString();
				X509Certificate certificate = Certificates
						.parse(Base64.getDecoder().decode(member.get("certificate").getAsString()), source);
				if (members.put(organization, certificate) != null) {
					throw new PackageException(Reason.BAD_TRUST_LIST, source);
				}
			}
			return new TrustList(Instant.parse(document.get("issuedAt").getAsString()), members);
		} catch (RuntimeException e) {
			throw e instanceof PackageException known && known.reason() != Reason.BAD_ORGANIZATION ? known
					: new PackageException(Reason.BAD_TRUST_LIST, e, source);
		}
	}
}
