package org.crm.enlace.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.store.Receipt;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.packages.NodeIdentity;
import org.crm.enlace.packages.NodeKeyFolder;
import org.crm.enlace.packages.PackageExport;
import org.crm.enlace.packages.PackageImport;
import org.crm.enlace.packages.PackageImport.Outcome;
import org.crm.enlace.packages.PackageManifest;
import org.crm.enlace.packages.PackageReader;
import org.crm.enlace.packages.ReceivedPackage;
import org.crm.enlace.packages.ReceivedRecord;
import org.crm.enlace.packages.TrustStore;
import org.crm.enlace.packages.Verdicts;

/**
 * {@code export --to ISO3,... [--since DAY] [--until DAY] --out FILE} (the node's own records modified in the period
 * that every recipient may see, signed and encrypted to them; audited), {@code import FILE} (all or nothing, audited
 * even when refused; exit code 1 when refused), {@code relay --to ISO3,... --out-dir DIR} (one package per country of
 * what it may see, received records with their owners' signatures) and {@code package inspect FILE} (what a package
 * for this node holds and whether every signature verifies, without importing; exit code 1 when a record would be
 * refused).
 */
public final class PackageCommands {

	private static final List<String> OPTIONS = List.of("--data", "--password-file", "--to", "--since", "--until",
			"--out", "--out-dir");

	private final ExchangeOptions options;
	private final Login login;
	private final Clock clock;
	private final PrintStream out;

	private PackageCommands(String[] args, Login login, Clock clock, PrintStream out) {
		this.options = new ExchangeOptions(args, OPTIONS);
		this.login = login;
		this.clock = clock;
		this.out = out;
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && List.of("export", "package", "import", "relay").contains(args[0]);
	}

	public static int run(String[] args, Login login, Clock clock, PrintStream out, PrintStream err) {
		return ExchangeOptions.reporting(err, () -> new PackageCommands(args, login, clock, out).run());
	}

	private int run() {
		List<String> words = options.words();
		if (words.equals(List.of("export"))) {
			return export();
		}
		if (words.size() == 2 && words.get(0).equals("import")) {
			return importPackage(Path.of(words.get(1)));
		}
		if (words.equals(List.of("relay"))) {
			return relay();
		}
		if (words.size() == 3 && words.subList(0, 2).equals(List.of("package", "inspect"))) {
			return inspect(Path.of(words.get(2)));
		}
		throw new IllegalArgumentException(Messages.format("error.unknownCommand", String.join(" ", words)));
	}

	private int export() {
		Map<String, X509Certificate> recipients = recipients();
		Path target = Path.of(required("--out"));
		Path data = options.dataFolder();
		try (Session session = session(data)) {
			PackageExport.Exported exported = PackageExport.export(session.store(), session.node(), recipients,
					since(), until(), clock.now());
			ExchangeOptions.write(target, exported.file());
			out.println(Messages.format("package.exported", target, exported.records(),
					String.join(",", recipients.keySet()), exported.withheld()));
		}
		return Cli.OK;
	}

	/* All or nothing; a refusal is audited by PackageImport, and listed here by record id, never by content. */
	private int importPackage(Path file) {
		Path data = options.dataFolder();
		byte[] bytes = ExchangeOptions.read(file);
		try (Session session = session(data)) {
			Outcome outcome = PackageImport.importPackage(session.store(), session.node(), TrustStore.trusted(data),
					bytes, file.toString());
			String sender = outcome.manifest().map(PackageManifest::sender).orElse("-");
			if (outcome.imported()) {
				Receipt receipt = outcome.receipt().orElseThrow();
				out.println(Messages.format("package.imported", file, sender, receipt.added(), receipt.replaced(),
						receipt.unchanged(), receipt.own()));
				return Cli.OK;
			}
			out.println(Messages.format("package.rejected", file, sender));
			for (ReceivedRecord record : outcome.rejected()) {
				out.println(Messages.format("package.rejectedRecord", record.signed().id(), record.signed().owner(),
						record.signed().version(), Verdicts.of(record.status())));
			}
			for (Receipt.Refusal refusal : outcome.receipt().map(Receipt::refusals).orElse(List.of())) {
				out.println(Messages.format("package.rejectedRecord", refusal.recordId(), "",
						refusal.version(), Verdicts.of(refusal.reason())));
			}
			return Cli.INCOMPLETE;
		}
	}

	/* One package per recipient: each holds only what that country may see. */
	private int relay() {
		Map<String, X509Certificate> recipients = recipients();
		Optional<Instant> since = since();
		Optional<Instant> until = until();
		Path folder = Path.of(required("--out-dir"));
		Path data = options.dataFolder();
		try (Session session = session(data)) {
			ExchangeOptions.createFolder(folder);
			Instant now = clock.now();
			for (Map.Entry<String, X509Certificate> recipient : recipients.entrySet()) {
				PackageExport.Exported relayed = PackageExport.relay(session.store(), session.node(),
						recipient.getKey(), recipient.getValue(), since, until, now);
				Path target = folder.resolve(session.node().organization() + "-to-" + recipient.getKey() + "-"
						+ LocalDate.ofInstant(now, ZoneOffset.UTC) + ".enlace-package");
				ExchangeOptions.write(target, relayed.file());
				out.println(Messages.format("package.relayed", target, relayed.records(), recipient.getKey(),
						relayed.withheld()));
			}
		}
		return Cli.OK;
	}

	private Optional<Instant> since() {
		return options.option("--since").map(day -> startOf(day, 0));
	}

	private Optional<Instant> until() {
		return options.option("--until").map(day -> startOf(day, 1));
	}

	/* --to's organizations with their certificates from the trust list. */
	private Map<String, X509Certificate> recipients() {
		List<String> to = Arrays.stream(required("--to").split(",")).map(String::trim)
				.map(code -> code.toUpperCase(Locale.ROOT)).distinct().toList();
		Map<String, X509Certificate> trusted = TrustStore.trusted(options.dataFolder());
		Map<String, X509Certificate> recipients = new LinkedHashMap<>();
		for (String code : to) {
			recipients.put(code, Optional.ofNullable(trusted.get(code))
					.orElseThrow(() -> new IllegalArgumentException(Messages.format("package.notTrusted", code))));
		}
		return recipients;
	}

	/** The store opened by the user, and the node's key, which must be the user's organization's. */
	private record Session(RecordStore store, NodeIdentity node) implements AutoCloseable {
		@Override
		public void close() {
			store.close();
		}
	}

	private Session session(Path data) {
		StoreStartup.LoggedIn session;
		try (Credentials credentials = login.credentials()) {
			session = StoreStartup.login(data, credentials, clock, StoreStartup.demoLoadingAtStart());
		}
		try {
			NodeIdentity node = unlock(data);
			if (!node.organization().equals(session.account().country())) {
				throw new IllegalArgumentException(Messages.format("keys.otherOrganization", node.organization(),
						session.account().country()));
			}
			return new Session(session.store(), node);
		} catch (RuntimeException e) {
			session.store().close();
			throw e;
		}
	}

	private int inspect(Path file) {
		Path data = options.dataFolder();
		ReceivedPackage received = PackageReader.read(ExchangeOptions.read(file), unlock(data),
				TrustStore.trusted(data), file.toString());
		PackageManifest manifest = received.manifest();
		out.println(Messages.format("package.header", file, manifest.sender(), String.join(",", manifest.recipients()),
				manifest.createdAt().toString(), manifest.since().map(Instant::toString).orElse("-"),
				manifest.until().map(Instant::toString).orElse("-"), manifest.formatVersion(),
				received.records().size()));
		for (ReceivedRecord record : received.records()) {
			out.printf("  %s  %s  v%d  %s  %s  %s%n", record.signed().id(), record.signed().owner(),
					record.signed().version(), record.signer().orElse("-"),
					Verdicts.of(record.status()),
					Messages.format("package.attachments", record.signed().attachments().size()));
			record.problems().forEach(problem -> out.println("      " + problem.describe(Locale.getDefault())));
		}
		long refused = received.records().stream().filter(record -> !record.isValid()).count();
		out.println(Messages.format("package.verdict", received.records().size() - refused, refused));
		return refused == 0 ? Cli.OK : Cli.INCOMPLETE;
	}

	private NodeIdentity unlock(Path data) {
		char[] password = options.keyPassword(login, false);
		try {
			return NodeKeyFolder.unlock(data, password);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private String required(String option) {
		return options.option(option)
				.orElseThrow(() -> new IllegalArgumentException(Messages.format("package.optionNeeded", option)));
	}

	/* A day (UTC) or an instant; the --until day is included, so the period ends at the start of the next. */
	private static Instant startOf(String text, int daysLater) {
		try {
			return LocalDate.parse(text).plusDays(daysLater).atStartOfDay(ZoneOffset.UTC).toInstant();
		} catch (DateTimeParseException notADay) {
			try {
				return Instant.parse(text);
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException(Messages.format("package.badDate", text));
			}
		}
	}
}
