package org.crm.enlace.core.account;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

import javax.crypto.SecretKey;

import org.crm.enlace.core.i18n.Messages;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.Role;

/**
 * The local accounts of a data folder, in {@value #FILE_NAME} beside the database: the database cannot hold them,
 * since it cannot be opened before a login. Each account keeps its own copy of the {@link NodeKeys}, wrapped with a
 * key derived from its password ({@link PasswordKeys}); the password itself is stored nowhere. The account's
 * organization and role are bound to that copy, so editing them in the file only makes the login fail.
 * <p>
 * Failed logins are limited: after {@value #MAX_FAILED_ATTEMPTS} in a row an account is locked for
 * {@link #LOCK_TIME}. A failed login never says whether the user name or the password was wrong.
 */
public final class Keyring {

	public static final String FILE_NAME = "keyring.properties";
	public static final int MAX_FAILED_ATTEMPTS = 5;
	public static final Duration LOCK_TIME = Duration.ofMinutes(5);
	/** Shorter passwords are refused for new accounts and new passwords. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	static final String FORMAT = "enlace-keyring/1";
	private static final String PREFIX = "account.";
	private static final List<String> FIELDS = List.of("country", "role", "kdf", "iterations", "salt", "nonce", "keys",
			"failedAttempts", "lockedUntil");

	private final Path file;
	private final Clock clock;
	private final int iterations;
	private final Map<String, Entry> entries;

	private Keyring(Path file, Clock clock, int iterations, Map<String, Entry> entries) {
		this.file = file;
		this.clock = clock;
		this.iterations = iterations;
		this.entries = entries;
	}

	/** One account's line in the file. */
	private record Entry(Account account, int iterations, byte[] salt, byte[] nonce, byte[] keys, int failedAttempts,
			Instant lockedUntil) {

		Entry withFailures(int failures, Instant lockedUntil) {
			return new Entry(account, iterations, salt, nonce, keys, failures, lockedUntil);
		}
	}

	public static boolean existsIn(Path dataFolder) {
		return Files.isRegularFile(dataFolder.resolve(FILE_NAME));
	}

	/**
	 * Reads the keyring of a data folder.
	 *
	 * @throws StoreException {@code NO_ACCOUNTS} when the folder has none, {@code CORRUPT} when the file is damaged
	 */
	public static Keyring read(Path dataFolder, Clock clock) {
		Path file = dataFolder.resolve(FILE_NAME);
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new StoreException(Reason.NO_ACCOUNTS, dataFolder.toString());
		} catch (IOException e) {
			throw new StoreException(Reason.NOT_WRITABLE, file.toString(), e);
		}
		try {
			return new Keyring(file, clock, PasswordKeys.DEFAULT_ITERATIONS, parse(text));
		} catch (IllegalArgumentException | DateTimeParseException e) {
			throw new StoreException(Reason.CORRUPT, file.toString());
		}
	}

	/**
	 * Creates the keyring of a new data folder with its first accounts, all holding {@code keys}.
	 *
	 * @param iterations PBKDF2 iterations for these accounts' passwords ({@link #defaultIterations()} in use)
	 * @throws StoreException {@code ACCOUNTS_EXIST} when the folder has a keyring already
	 */
	public static Keyring create(Path dataFolder, NodeKeys keys, Map<Account, char[]> accounts, int iterations,
			Clock clock) {
		Path file = dataFolder.resolve(FILE_NAME);
		if (Files.exists(file)) {
			throw new StoreException(Reason.ACCOUNTS_EXIST, dataFolder.toString());
		}
		if (accounts.isEmpty()) {
			throw new IllegalArgumentException("at least one account");
		}
		Keyring keyring = new Keyring(file, clock, iterations, new LinkedHashMap<>());
		// Each derivation takes a good part of a second by design: use every core for a whole set of accounts.
		List<Entry> made = accounts.entrySet().parallelStream()
				.map(account -> keyring.entry(account.getKey(), account.getValue(), keys))
				.toList();
		made.forEach(entry -> keyring.entries.put(entry.account().userName(), entry));
		keyring.save();
		return keyring;
	}

	/** The iterations a production keyring uses for new passwords. */
	public static int defaultIterations() {
		return PasswordKeys.DEFAULT_ITERATIONS;
	}

	/** The accounts, ordered by user name. Holds no secret. */
	public List<Account> accounts() {
		return entries.values().stream().map(Entry::account)
				.sorted(java.util.Comparator.comparing(Account::userName)).toList();
	}

	/**
	 * Logs in: checks the password by unwrapping the account's copy of the node keys.
	 *
	 * @throws StoreException {@code LOGIN_FAILED} for an unknown user or a wrong password alike,
	 *                        {@code LOGIN_LOCKED} (with the time it ends) after too many failures
	 */
	public Unlocked unlock(Credentials credentials) {
		Entry entry = entries.get(credentials.userName());
		if (entry == null) {
			// The same work as for a known name: the time taken must not tell which names exist.
			PasswordKeys.derive(credentials.password(), PasswordKeys.random(PasswordKeys.SALT_BYTES), iterations);
			throw loginFailed();
		}
		Instant now = clock.now();
		if (entry.lockedUntil() != null && now.isBefore(entry.lockedUntil())) {
			throw new StoreException(Reason.LOGIN_LOCKED, entry.lockedUntil().toString());
		}
		SecretKey kek = PasswordKeys.derive(credentials.password(), entry.salt(), entry.iterations());
		Optional<byte[]> material = PasswordKeys.unwrap(kek, entry.nonce(), associatedData(entry.account(),
				entry.iterations()), entry.keys());
		if (material.isEmpty()) {
			int failures = entry.failedAttempts() + 1;
			boolean lock = failures >= MAX_FAILED_ATTEMPTS;
			entries.put(entry.account().userName(), entry.withFailures(lock ? 0 : failures,
					lock ? now.plus(LOCK_TIME) : null));
			saveQuietly();
			throw lock ? new StoreException(Reason.LOGIN_LOCKED, now.plus(LOCK_TIME).toString()) : loginFailed();
		}
		if (entry.failedAttempts() > 0 || entry.lockedUntil() != null) {
			entries.put(entry.account().userName(), entry.withFailures(0, null));
			saveQuietly();
		}
		NodeKeys keys = NodeKeys.decode(material.get());
		Arrays.fill(material.get(), (byte) 0);
		return new Unlocked(entry.account(), keys);
	}

	/**
	 * Adds an account holding the same node keys.
	 *
	 * @throws StoreException {@code NOT_ALLOWED} when {@code by}'s role may not administer it,
	 *                        {@code ACCOUNT_EXISTS} when the user name is taken
	 * @throws IllegalArgumentException when the password is too short
	 */
	public void add(Unlocked by, Account account, char[] password) {
		checkMayAdminister(by, account);
		if (entries.containsKey(account.userName())) {
			throw new StoreException(Reason.ACCOUNT_EXISTS, account.userName());
		}
		put(account, password, by.keys());
		save();
	}

	/** Removes an account; one cannot remove one's own, so a keyring never ends without accounts. */
	public void remove(Unlocked by, String userName) {
		Entry entry = entries.get(Account.normalizedUserName(userName));
		if (entry == null) {
			return;
		}
		checkMayAdminister(by, entry.account());
		if (entry.account().userName().equals(by.account().userName())) {
			throw new StoreException(Reason.NOT_ALLOWED, userName);
		}
		entries.remove(entry.account().userName());
		save();
	}

	/** Changes the password of the credentials' account, after checking the current one as a login does. */
	public void changePassword(Credentials current, char[] newPassword) {
		Unlocked unlocked = unlock(current);
		put(unlocked.account(), newPassword, unlocked.keys());
		save();
	}

	private void checkMayAdminister(Unlocked by, Account account) {
		if (!by.account().mayAdminister(account)) {
			throw new StoreException(Reason.NOT_ALLOWED, by.account().userName());
		}
	}

	private void put(Account account, char[] password, NodeKeys keys) {
		entries.put(account.userName(), entry(account, password, keys));
	}

	private Entry entry(Account account, char[] password, NodeKeys keys) {
		if (password.length < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(Messages.format("account.error.passwordShort", MIN_PASSWORD_LENGTH));
		}
		byte[] salt = PasswordKeys.random(PasswordKeys.SALT_BYTES);
		byte[] nonce = PasswordKeys.random(PasswordKeys.NONCE_BYTES);
		SecretKey kek = PasswordKeys.derive(password, salt, iterations);
		byte[] material = keys.encoded();
		byte[] wrapped = PasswordKeys.wrap(kek, nonce, associatedData(account, iterations), material);
		Arrays.fill(material, (byte) 0);
		return new Entry(account, iterations, salt, nonce, wrapped, 0, null);
	}

	private static String associatedData(Account account, int iterations) {
		return String.join("\n", FORMAT, account.userName(), account.country(), account.role().name(),
				Integer.toString(iterations));
	}

	private static StoreException loginFailed() {
		return new StoreException(Reason.LOGIN_FAILED, "");
	}

	private static Map<String, Entry> parse(String text) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		} catch (IOException e) {
			throw new IllegalArgumentException(e);
		}
		if (!FORMAT.equals(properties.getProperty("format"))) {
			throw new IllegalArgumentException("format");
		}
		TreeSet<String> names = new TreeSet<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith(PREFIX) && key.endsWith(".country")) {
				names.add(key.substring(PREFIX.length(), key.length() - ".country".length()));
			}
		}
		Map<String, Entry> entries = new LinkedHashMap<>();
		Base64.Decoder base64 = Base64.getDecoder();
		for (String name : names) {
			String at = PREFIX + name + ".";
			if (!PasswordKeys.KDF.equals(properties.getProperty(at + "kdf"))) {
				throw new IllegalArgumentException("kdf");
			}
			Account account = new Account(name, properties.getProperty(at + "country"),
					Role.valueOf(properties.getProperty(at + "role", "")));
			String lockedUntil = properties.getProperty(at + "lockedUntil", "");
			entries.put(account.userName(), new Entry(account,
					Integer.parseInt(properties.getProperty(at + "iterations", "")),
					base64.decode(properties.getProperty(at + "salt", "")),
					base64.decode(properties.getProperty(at + "nonce", "")),
					base64.decode(properties.getProperty(at + "keys", "")),
					Integer.parseInt(properties.getProperty(at + "failedAttempts", "0")),
					lockedUntil.isEmpty() ? null : Instant.parse(lockedUntil)));
		}
		if (entries.isEmpty()) {
			throw new IllegalArgumentException("no account");
		}
		return entries;
	}

	private String format() {
		Base64.Encoder base64 = Base64.getEncoder();
		StringBuilder text = new StringBuilder();
		text.append("# Enlace accounts of this data folder. Each account holds the folder's keys, encrypted with a key\n")
				.append("# derived from its password (PBKDF2-HMAC-SHA256, AES-256-GCM). Do not edit: a changed line\n")
				.append("# only makes that login fail.\n")
				.append("format=").append(FORMAT).append('\n');
		for (Entry entry : entries.values()) {
			String at = PREFIX + entry.account().userName() + ".";
			List<String> values = List.of(entry.account().country(), entry.account().role().name(), PasswordKeys.KDF,
					Integer.toString(entry.iterations()), base64.encodeToString(entry.salt()),
					base64.encodeToString(entry.nonce()), base64.encodeToString(entry.keys()),
					Integer.toString(entry.failedAttempts()),
					entry.lockedUntil() == null ? "" : entry.lockedUntil().toString());
			for (int i = 0; i < FIELDS.size(); i++) {
				text.append(at).append(FIELDS.get(i)).append('=').append(values.get(i)).append('\n');
			}
		}
		return text.toString();
	}

	/* Through a temporary file and a rename: a crash never leaves half a keyring. */
	private void save() {
		Path partial = file.resolveSibling(FILE_NAME + ".part");
		try {
			Files.writeString(partial, format(), StandardCharsets.UTF_8);
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new StoreException(Reason.NOT_WRITABLE, file.getParent().toString(), e);
		}
	}

	/* Counting failures must not turn a wrong password into a different error on a read-only folder. */
	private void saveQuietly() {
		try {
			save();
		} catch (StoreException e) {
			// The limit then holds for this process only.
		}
	}

	/** Copies a data folder's keyring into another folder (a backup, a restore). */
	public static void copy(Path fromFolder, Path toFolder) throws IOException {
		Files.copy(fromFolder.resolve(FILE_NAME), toFolder.resolve(FILE_NAME), StandardCopyOption.COPY_ATTRIBUTES);
	}

	/** Lists the accounts' names for messages and tools: never the secrets. */
	@Override
	public String toString() {
		return "Keyring" + new ArrayList<>(entries.keySet());
	}
}
