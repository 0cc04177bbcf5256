package org.crm.enlace.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.store.Receipt;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.packages.NodeIdentity;
import org.crm.enlace.packages.PackageExport;
import org.crm.enlace.packages.PackageImport;

/**
 * {@code ./enlace bench packages}: a package of {@code --records} fictitious records between two nodes, each with a
 * data folder of its own. Guatemala's node stores the records directly (saveAll in batches: the baseline), exports
 * them to Mexico (each record signed, the package encrypted), and Mexico's node imports the package (decrypted, every
 * signature verified, every record validated against its schema, applied in one transaction), then imports it again
 * (every version already held: nothing written). Every record is released to all members, so that all of them travel.
 * The issue asks for the times and the ratio of the import to the direct inserts.
 */
final class PackageBenchmark {

	private static final long RECORD_SEED = 20_261_129L;

	private PackageBenchmark() {
	}

	static void run(Options options, PrintStream out, PrintStream err) throws IOException {
		Clock clock = Clock.system();
		Path owner = BenchFolder.createNew(Optional.empty(), clock);
		Path recipient = BenchFolder.createNew(Optional.empty(), clock);
		out.println(Messages.get("packages.title"));
		out.println(Measures.machine());
		out.println(Messages.format("packages.setup", options.records(), options.batch(), owner, recipient));
		Report report = new Report(Messages.format("packages.report", options.records()), err);
		try {
			measure(owner, recipient, options, clock, report);
		} finally {
			if (!options.keep()) {
				BenchFolder.delete(owner);
				BenchFolder.delete(recipient);
			}
		}
		report.add(Messages.get("row.loadAtEnd"), Messages.format("value.load", Measures.loadAverage()));
		report.print(out);
	}

	private static void measure(Path ownerFolder, Path recipientFolder, Options options, Clock clock,
			Report report) {
		RecordStoreFactory factory = BenchFolder.factory();
		NodeIdentity guatemala = NodeIdentity.create(BenchFolder.OWNER, clock.now());
		NodeIdentity mexico = NodeIdentity.create("MEX", clock.now());
		Map<String, X509Certificate> trusted = Map.of(guatemala.organization(), guatemala.certificate(),
				mexico.organization(), mexico.certificate());
		int records = options.records();
		byte[] file;
		Unlocked owner = BenchFolder.login(ownerFolder, BenchFolder.OWNER_USER, clock);
		try (RecordStore store = factory.open(ownerFolder, owner.account().asCurrentUser(), owner.keys(), clock)) {
			long inserts = insert(store, records, options.batch());
			report.add(Messages.get("row.packageDirect"), rate(inserts, records));
			long start = System.nanoTime();
			PackageExport.Exported exported = PackageExport.export(store, guatemala,
					Map.of(mexico.organization(), mexico.certificate()), Optional.empty(), Optional.empty(),
					clock.now());
			long export = System.nanoTime() - start;
			file = exported.file();
			report.add(Messages.get("row.packageExport"), rate(export, exported.records()));
			report.add(Messages.get("row.packageSize"), Messages.format("value.packageSize",
					Measures.megabytes(file.length), (double) file.length / Math.max(1, exported.records())));
			Unlocked member = BenchFolder.login(recipientFolder, BenchFolder.MEMBER_USER, clock);
			try (RecordStore recipient = factory.open(recipientFolder, member.account().asCurrentUser(), member.keys(),
					clock)) {
				start = System.nanoTime();
				PackageImport.Outcome first = PackageImport.importPackage(recipient, mexico, trusted, file, "bench");
				long imported = System.nanoTime() - start;
				check(first, exported.records());
				report.add(Messages.get("row.packageImport"), rate(imported, exported.records()));
				report.add(Messages.get("row.packageRatio"),
						Messages.format("value.ratio", (double) imported / inserts * records / exported.records()));
				start = System.nanoTime();
				PackageImport.Outcome again = PackageImport.importPackage(recipient, mexico, trusted, file, "bench");
				long reimported = System.nanoTime() - start;
				if (again.receipt().map(Receipt::unchanged).orElse(-1) != exported.records()) {
					throw new IllegalStateException("the second import changed something");
				}
				report.add(Messages.get("row.packageReimport"), rate(reimported, exported.records()));
			}
		}
	}

	/* The owner's records, released to all members, stored with saveAll in batches: the direct-insert baseline. */
	private static long insert(RecordStore store, int count, int batch) {
		FictitiousRecords records = new FictitiousRecords(RECORD_SEED, count, BenchFolder.OWNER);
		long nanos = 0;
		while (records.hasMore()) {
			List<Record> next = records.next(batch);
			for (Record record : next) {
				record.setReleasability(Releasability.ALL_MEMBERS);
				record.getReleasableTo().clear();
			}
			long start = System.nanoTime();
			store.saveAll(next);
			nanos += System.nanoTime() - start;
		}
		return nanos;
	}

	private static void check(PackageImport.Outcome outcome, int expected) {
		if (!outcome.imported() || outcome.receipt().orElseThrow().added() != expected) {
			throw new IllegalStateException("the import did not add every record: " + outcome.receipt()
					.map(receipt -> receipt.added() + " added, " + receipt.refusals().size() + " refused")
					.orElse(outcome.rejected().size() + " rejected"));
		}
	}

	private static String rate(long nanos, int records) {
		return Messages.format("value.packageRate", Measures.seconds(nanos), Measures.perSecond(records, nanos));
	}
}
