package org.crm.enlace.packages;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crm.enlace.core.store.Receipt;
import org.crm.enlace.core.store.ReceivedVersion;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.packages.SignedRecord.PackagedAttachment;

/**
 * Imports a package into the store, all or nothing: the package must open and verify ({@link PackageReader}), every
 * record in it must be valid (signed by its owner, trusted, of the exchange format), and the store must accept every
 * version ({@link RecordStore#receive}: newer replaces older, the same changes nothing, older is refused). Anything
 * short of that imports nothing, and says why. Every attempt, taken or refused, is in the audit log.
 */
public final class PackageImport {

	/**
	 * What an import did.
	 *
	 * @param sender   who sent the package, when it could be read that far
	 * @param rejected the package's records that failed their checks (then nothing was imported)
	 * @param receipt  what the store did, when every record passed its checks; it may list refusals
	 */
	public record Outcome(Optional<PackageManifest> manifest, List<ReceivedRecord> rejected, Optional<Receipt> receipt) {

		public Outcome {
			rejected = List.copyOf(rejected);
		}

		public boolean imported() {
			return rejected.isEmpty() && receipt.map(Receipt::applied).orElse(false);
		}
	}

	private PackageImport() {
	}

	/**
	 * @param source names the file in messages (never in the audit log, since a file name may name a person)
	 * @throws PackageException when the package as a whole cannot be used (audited before it is thrown)
	 */
	public static Outcome importPackage(RecordStore store, NodeIdentity node, Map<String, X509Certificate> trusted,
			byte[] file, String source) {
		ReceivedPackage received;
		try {
			received = PackageReader.read(file, node, trusted, source);
		} catch (PackageException e) {
			store.audit().recordRefusedImport("package", e.reason().name());
			throw e;
		}
		String what = "package from " + received.manifest().sender();
		List<ReceivedRecord> rejected = received.records().stream().filter(record -> !record.isValid()).toList();
		if (!rejected.isEmpty()) {
			store.audit().recordRefusedImport(what, summary(rejected.stream().map(r -> r.status().name()).toList()));
			return new Outcome(Optional.of(received.manifest()), rejected, Optional.empty());
		}
		List<ReceivedVersion> versions = new ArrayList<>(received.records().size());
		for (ReceivedRecord record : received.records()) {
			versions.add(version(record));
		}
		Receipt receipt = store.receive(versions);
		if (receipt.applied()) {
			store.audit().recordImport(what + " (added " + receipt.added() + ", replaced " + receipt.replaced()
					+ ", unchanged " + receipt.unchanged() + ", own " + receipt.own() + ")",
					receipt.added() + receipt.replaced());
		} else {
			store.audit().recordRefusedImport(what,
					summary(receipt.refusals().stream().map(refusal -> refusal.reason().name()).toList()));
		}
		return new Outcome(Optional.of(received.manifest()), List.of(), Optional.of(receipt));
	}

	private static ReceivedVersion version(ReceivedRecord record) {
		SignedRecord signed = record.signed();
		List<ReceivedVersion.File> files = new ArrayList<>();
		for (PackagedAttachment attachment : signed.attachments()) {
			files.add(new ReceivedVersion.File(attachment.name(), attachment.mediaType(), attachment.content()));
		}
		return new ReceivedVersion(record.record().orElseThrow(), signed.document(), signed.signature(), files);
	}

	/* "OLDER_VERSION x2, NOT_RELEASABLE_HERE x1": codes and counts, never which record holds what. */
	private static String summary(List<String> reasons) {
		return reasons.stream().collect(Collectors.groupingBy(reason -> reason, java.util.TreeMap::new,
				Collectors.counting())).entrySet().stream().map(entry -> entry.getKey() + " x" + entry.getValue())
				.collect(Collectors.joining(", "));
	}
}
