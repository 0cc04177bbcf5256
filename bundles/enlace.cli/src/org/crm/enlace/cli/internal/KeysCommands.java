package org.crm.enlace.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.packages.Certificates;
import org.crm.enlace.packages.KeyChanges;
import org.crm.enlace.packages.NodeIdentity;
import org.crm.enlace.packages.NodeKeyFolder;
import org.crm.enlace.packages.PackageException;
import org.crm.enlace.packages.TrustList;
import org.crm.enlace.packages.TrustStore;

/**
 * The node's exchange identity and what it trusts: {@code keys create|import|certificate} and
 * {@code trust secretariat|sign|install|list}. Changes need an account that administers accounts (a liaison officer
 * or the Secretariat), and the node key is always the account's organization's. The node key password comes from the
 * terminal or from the first line of {@code --password-file} (for scripts), never from an option's value.
 */
public final class KeysCommands {

	private static final List<String> OPTIONS = List.of("--data", "--password-file", "--fingerprint", "--out");
	private static final List<String> COMMANDS = List.of("keys create", "keys import", "keys certificate",
			"trust secretariat", "trust sign", "trust install", "trust list");

	private final ExchangeOptions options;
	private final List<String> words;
	private final Login login;
	private final Clock clock;
	private final PrintStream out;

	private KeysCommands(String[] args, Login login, Clock clock, PrintStream out) {
		this.options = new ExchangeOptions(args, OPTIONS);
		this.words = options.words();
		this.login = login;
		this.clock = clock;
		this.out = out;
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && (args[0].equals("keys") || args[0].equals("trust"));
	}

	public static int run(String[] args, Login login, Clock clock, PrintStream out, PrintStream err) {
		return ExchangeOptions.reporting(err, () -> new KeysCommands(args, login, clock, out).run());
	}

	private int run() {
		if (words.size() < 2 || !COMMANDS.contains(words.get(0) + " " + words.get(1))) {
			throw new IllegalArgumentException(Messages.format("error.unknownCommand", String.join(" ", words)));
		}
		String name = words.get(0) + " " + words.get(1);
		List<String> operands = words.subList(2, words.size());
		int expected = switch (name) {
		case "keys import" -> 2;
		case "trust secretariat", "trust install" -> 1;
		case "trust sign" -> operands.size();
		default -> 0;
		};
		if (operands.size() != expected || (name.equals("trust sign") && operands.isEmpty())) {
			throw new IllegalArgumentException(Messages.format("keys.operands", name));
		}
		Path data = options.dataFolder();
		return switch (name) {
		case "keys create" -> create(data);
		case "keys import" -> importIdentity(data, Path.of(operands.get(0)), Path.of(operands.get(1)));
		case "keys certificate" -> certificate(data);
		case "trust secretariat" -> trustSecretariat(data, Path.of(operands.get(0)));
		case "trust sign" -> sign(data, operands.stream().map(Path::of).toList());
		case "trust install" -> install(data, Path.of(operands.get(0)));
		default -> list(data);
		};
	}

	private int create(Path data) {
		try (Administrator administrator = administrator(data)) {
			char[] password = options.keyPassword(login, true);
			try {
				NodeIdentity identity = KeyChanges.create(administrator.store(), administrator.account().country(),
						password, clock.now());
				out.println(Messages.format("keys.created", identity.organization(), NodeKeyFolder.folder(data),
						Certificates.fingerprint(identity.certificate())));
			} finally {
				Arrays.fill(password, '\0');
			}
		}
		return Cli.OK;
	}

	private int importIdentity(Path data, Path keyFile, Path certificateFile) {
		try (Administrator administrator = administrator(data)) {
			return importIdentity(data, keyFile, certificateFile, administrator);
		}
	}

	private int importIdentity(Path data, Path keyFile, Path certificateFile, Administrator administrator) {
		Account account = administrator.account();
		byte[] certificateBytes = ExchangeOptions.read(certificateFile);
		X509Certificate certificate = Certificates.parse(certificateBytes, certificateFile.toString());
		String organization = Certificates.organization(certificate).orElseThrow();
		if (!organization.equals(account.country())) {
			throw new IllegalArgumentException(Messages.format("keys.otherOrganization", organization,
					account.country()));
		}
		char[] password = options.keyPassword(login, false);
		try {
			KeyChanges.importIdentity(administrator.store(), account.country(), ExchangeOptions.read(keyFile),
					keyFile.toString(), certificateBytes, certificateFile.toString(), password);
		} finally {
			Arrays.fill(password, '\0');
		}
		out.println(Messages.format("keys.imported", organization, Certificates.fingerprint(certificate)));
		return Cli.OK;
	}

	/* Public: no login. The PEM on the standard output (or --out), the fingerprint to read out to the receiver. */
	private int certificate(Path data) {
		X509Certificate certificate = NodeKeyFolder.certificate(data);
		String pem = Certificates.toPem(certificate);
		Optional<String> target = options.option("--out");
		if (target.isPresent()) {
			ExchangeOptions.write(Path.of(target.get()), pem.getBytes(StandardCharsets.US_ASCII));
			out.println(Messages.format("keys.certificateWritten", target.get(),
					Certificates.fingerprint(certificate)));
		} else {
			out.print(pem);
		}
		return Cli.OK;
	}

	/* The first trust is explicit: the fingerprint must be typed back (or given) after it is shown. */
	private int trustSecretariat(Path data, Path file) {
		try (Administrator administrator = administrator(data)) {
			trustSecretariat(file, administrator);
		}
		return Cli.OK;
	}

	private void trustSecretariat(Path file, Administrator administrator) {
		X509Certificate certificate = Certificates.parse(ExchangeOptions.read(file), file.toString());
		String fingerprint = Certificates.fingerprint(certificate);
		out.println(Messages.format("trust.fingerprint", file, fingerprint));
		String confirmed = options.option("--fingerprint")
				.or(() -> login.line(Messages.format("trust.confirm")))
				.orElseThrow(() -> new IllegalArgumentException(Messages.format("trust.confirmNeeded")));
		KeyChanges.trustSecretariat(administrator.store(), certificate, confirmed);
		out.println(Messages.format("trust.secretariatTrusted", fingerprint));
	}

	private int sign(Path data, List<Path> certificateFiles) {
		try (Administrator administrator = administrator(data)) {
			int members = sign(data, certificateFiles, administrator.account());
			administrator.audited("trust sign " + members + " members");
		}
		return Cli.OK;
	}

	private int sign(Path data, List<Path> certificateFiles, Account account) {
		if (!account.country().equals(Owners.SECRETARIAT)) {
			throw new IllegalArgumentException(Messages.format("trust.onlySecretariat"));
		}
		Path target = options.option("--out").map(Path::of)
				.orElseThrow(() -> new IllegalArgumentException(Messages.format("trust.outNeeded")));
		Map<String, X509Certificate> members = new TreeMap<>();
		for (Path file : certificateFiles) {
			X509Certificate certificate = Certificates.parse(ExchangeOptions.read(file), file.toString());
			if (members.put(Certificates.organization(certificate).orElseThrow(), certificate) != null) {
				throw new IllegalArgumentException(Messages.format("trust.twice",
						Certificates.organization(certificate).orElseThrow()));
			}
		}
		char[] password = options.keyPassword(login, false);
		byte[] signed;
		NodeIdentity secretariat;
		try {
			secretariat = NodeKeyFolder.unlock(data, password);
			signed = TrustList.of(clock.now(), members).sign(secretariat);
		} finally {
			Arrays.fill(password, '\0');
		}
		ExchangeOptions.write(target, signed);
		// The Secretariat's node reads and relays packages too: it trusts its own certificate and list.
		TrustStore.trustSecretariat(data, secretariat.certificate(),
				Certificates.fingerprint(secretariat.certificate()));
		TrustStore.install(data, signed, target.toString());
		out.println(Messages.format("trust.signed", target, members.size()));
		return members.size();
	}

	private int install(Path data, Path file) {
		TrustList list;
		try (Administrator administrator = administrator(data)) {
			list = KeyChanges.install(administrator.store(), ExchangeOptions.read(file), file.toString());
		}
		out.println(Messages.format("trust.installed", list.issuedAt().toString(), list.members().size()));
		print(list);
		return Cli.OK;
	}

	/* Public: no login. */
	private int list(Path data) {
		TrustList list = TrustStore.installed(data)
				.orElseThrow(() -> new PackageException(PackageException.Reason.NO_TRUST_LIST));
		out.println(Messages.format("trust.issued", list.issuedAt().toString()));
		print(list);
		return Cli.OK;
	}

	private void print(TrustList list) {
		list.members().forEach((organization, certificate) -> out.printf("  %s  %s  %s%n", organization,
				Certificates.fingerprint(certificate), certificate.getNotAfter().toInstant()));
	}

	/** An administrator logged in to the node's store, where each change of keys or trust is audited. */
	private record Administrator(Account account, RecordStore store) implements AutoCloseable {

		/** {@code what}: the operation and fingerprints or counts, never a secret. */
		void audited(String what) {
			store.audit().recordKeyChange(what);
		}

		@Override
		public void close() {
			store.close();
		}
	}

	private Administrator administrator(Path data) {
		StoreStartup.LoggedIn session;
		try (Credentials credentials = login.credentials()) {
			session = StoreStartup.login(data, credentials, clock, DemoLoading.NEVER);
		}
		if (!session.account().role().administersAccounts()) {
			session.store().close();
			throw new IllegalArgumentException(Messages.format("keys.notAdministrator"));
		}
		return new Administrator(session.account(), session.store());
	}
}
