package org.crm.enlace.packages;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crm.enlace.exchange.ExchangeReader;
import org.crm.enlace.exchange.FormatVersion;
import org.crm.enlace.exchange.ImportResult;
import org.crm.enlace.model.Record;
import org.crm.enlace.packages.PackageException.Reason;
import org.crm.enlace.packages.PackageManifest.AttachmentEntry;
import org.crm.enlace.packages.PackageManifest.Entry;
import org.crm.enlace.packages.RecordSignatures.Check;
import org.crm.enlace.packages.RecordSignatures.Verdict;
import org.crm.enlace.packages.ReceivedRecord.Status;
import org.crm.enlace.packages.SignedRecord.PackagedAttachment;
import org.crm.enlace.packages.internal.Digests;
import org.crm.enlace.packages.internal.Envelopes;
import org.crm.enlace.packages.internal.ManifestJson;
import org.crm.enlace.packages.internal.SafeZip;

/**
 * Opens a package with the node's key and checks everything in it without importing anything. What makes the whole
 * package unusable (not a package, truncated, not for this node, a hostile container, a manifest not signed by a
 * trusted sender, entries that are not what it lists, a newer format) throws; what concerns one record (its
 * signature, its signer, its schema) is reported on that record.
 */
public final class PackageReader {

	public static final String MANIFEST = "manifest.json";
	public static final String MANIFEST_SIGNATURE = "manifest.json.p7s";
	/**
	 * Limits of the container, counted on what is actually inflated: 600,000 entries (a document and a signature per
	 * record, and attachments: a package of 200,000 records with one attachment in two), one entry at most the
	 * largest attachment the store accepts (64 MiB), 4 GiB in all, and 200 bytes inflated per byte of the whole
	 * container (JSON compresses ten to twenty times; a bomb, a thousand and more).
	 */
	public static final SafeZip.Limits LIMITS = new SafeZip.Limits(600_000, 64L * 1024 * 1024,
			4L * 1024 * 1024 * 1024, 200);

	private PackageReader() {
	}

	/**
	 * @param trusted the certificates the node trusts, by organization ({@link TrustStore#trusted})
	 * @param source  names the file in error messages
	 */
	public static ReceivedPackage read(byte[] file, NodeIdentity node, Map<String, X509Certificate> trusted,
			String source) {
		return read(file, node, trusted, source, LIMITS);
	}

	/** With other limits: for tests. */
	public static ReceivedPackage read(byte[] file, NodeIdentity node, Map<String, X509Certificate> trusted,
			String source, SafeZip.Limits limits) {
		Map<String, byte[]> entries = entries(open(file, node, source), limits, source);
		byte[] manifestBytes = entries.get(MANIFEST);
		byte[] manifestSignature = entries.get(MANIFEST_SIGNATURE);
		if (manifestBytes == null || manifestSignature == null) {
			throw new PackageException(Reason.NOT_A_PACKAGE, source);
		}
		ManifestJson.Read read;
		try {
			read = ManifestJson.read(manifestBytes);
		} catch (IllegalArgumentException e) {
			throw new PackageException(Reason.NOT_A_PACKAGE, e, source);
		}
		PackageManifest manifest = read.manifest();
		checkSender(manifest, RecordSignatures.check(manifestBytes, manifestSignature, trusted), source);
		checkVersion(manifest, source);
		checkDigests(entries, read.digests(), source);
		ExchangeReader exchange = new ExchangeReader();
		List<ReceivedRecord> records = new ArrayList<>();
		for (Entry entry : manifest.records()) {
			records.add(record(entry, entries, trusted, exchange, source));
		}
		return new ReceivedPackage(manifest, records);
	}

	private static byte[] open(byte[] file, NodeIdentity node, String source) {
		try {
			return Envelopes.open(file, node.certificate(), node.privateKey());
		} catch (Envelopes.NotAnEnvelopeException e) {
			throw new PackageException(Reason.NOT_A_PACKAGE, source);
		} catch (Envelopes.NotARecipientException e) {
			throw new PackageException(Reason.NOT_A_RECIPIENT, source, node.organization());
		}
	}

	private static Map<String, byte[]> entries(byte[] container, SafeZip.Limits limits, String source) {
		try {
			return SafeZip.read(container, limits);
		} catch (SafeZip.RefusedException e) {
			throw switch (e.refusal()) {
			case NOT_A_ZIP -> new PackageException(Reason.NOT_A_PACKAGE, source);
			case BAD_NAME, DUPLICATE_NAME -> new PackageException(Reason.BAD_ENTRY_NAME, source, e.getMessage());
			default -> new PackageException(Reason.TOO_LARGE, source, e.getMessage(), limits.maxEntries(),
					limits.maxEntryBytes(), limits.maxTotalBytes(), limits.maxRatio());
			};
		}
	}

	private static void checkSender(PackageManifest manifest, Check check, String source) {
		if (check.verdict() == Verdict.UNKNOWN_SIGNER) {
			throw new PackageException(Reason.UNKNOWN_SENDER, source, manifest.sender());
		}
		if (check.verdict() == Verdict.BROKEN || !check.organization().orElseThrow().equals(manifest.sender())) {
			throw new PackageException(Reason.BROKEN_MANIFEST_SIGNATURE, source, manifest.sender());
		}
	}

	private static void checkVersion(PackageManifest manifest, String source) {
		Optional<FormatVersion> version = FormatVersion.parse(manifest.formatVersion());
		FormatVersion current = FormatVersion.parse(PackageManifest.CURRENT_VERSION).orElseThrow();
		if (version.isEmpty() || version.get().isNewerThan(current)) {
			throw new PackageException(Reason.NEWER_PACKAGE_VERSION, source, manifest.formatVersion(),
					PackageManifest.CURRENT_VERSION);
		}
	}

	/* Every entry but the manifest and its signature is listed with its digest, and every listed entry is there. */
	private static void checkDigests(Map<String, byte[]> entries, Map<String, String> digests, String source) {
		Set<String> present = new HashSet<>(entries.keySet());
		present.remove(MANIFEST);
		present.remove(MANIFEST_SIGNATURE);
		if (!present.equals(digests.keySet())) {
			throw new PackageException(Reason.ENTRIES_DO_NOT_MATCH, source);
		}
		for (Map.Entry<String, String> digest : digests.entrySet()) {
			if (!Digests.sha256(entries.get(digest.getKey())).equals(digest.getValue())) {
				throw new PackageException(Reason.ENTRIES_DO_NOT_MATCH, source);
			}
		}
	}

	private static ReceivedRecord record(Entry entry, Map<String, byte[]> entries,
			Map<String, X509Certificate> trusted, ExchangeReader exchange, String source) {
		byte[] document = entries.get(entry.document());
		byte[] signature = entries.get(entry.signature());
		if (document == null || signature == null) {
			throw new PackageException(Reason.ENTRIES_DO_NOT_MATCH, source);
		}
		List<PackagedAttachment> attachments = new ArrayList<>();
		for (AttachmentEntry attachment : entry.attachments()) {
			byte[] content = entries.get(attachment.file());
			if (content == null) {
				throw new PackageException(Reason.ENTRIES_DO_NOT_MATCH, source);
			}
			attachments.add(new PackagedAttachment(attachment.name(), attachment.mediaType(), content));
		}
		SignedRecord signed = new SignedRecord(entry.id(), entry.owner(), entry.version(), document, signature,
				attachments);
		Check check = RecordSignatures.check(document, signature, trusted);
		Status signatureStatus = switch (check.verdict()) {
		case BROKEN -> Status.BROKEN_SIGNATURE;
		case UNKNOWN_SIGNER -> Status.UNKNOWN_SIGNER;
		case VERIFIED -> check.organization().orElseThrow().equals(entry.owner()) ? Status.VALID
				: Status.SIGNED_BY_NON_OWNER;
		};
		if (signatureStatus != Status.VALID) {
			return new ReceivedRecord(signed, signatureStatus, check.organization(), List.of(), Optional.empty());
		}
		ImportResult result = exchange.read(new String(document, StandardCharsets.UTF_8));
		if (!result.isValid() || result.records().size() != 1) {
			return new ReceivedRecord(signed, Status.INVALID, check.organization(), result.problems(),
					Optional.empty());
		}
		Record record = result.records().get(0);
		boolean asListed = entry.id().equals(record.getId()) && entry.owner().equals(record.getOwnerCountry())
				&& entry.version() == record.getVersion();
		return new ReceivedRecord(signed, asListed ? Status.VALID : Status.MANIFEST_MISMATCH, check.organization(),
				List.of(), asListed ? Optional.of(record) : Optional.empty());
	}
}
