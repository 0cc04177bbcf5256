package org.crm.enlace.core.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.crm.enlace.core.i18n.Messages;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;

/**
 * A local account of a node: who logs in, the organization the user acts for (ISO 3166-1 alpha-3, or
 * {@link org.crm.enlace.core.country.Owners}' codes) and the role. The organization decides what the store shows the
 * user, the role the perspectives and what the user may administer.
 */
public record Account(String userName, String country, Role role) {

	private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

	/**
	 * @throws IllegalArgumentException naming the field when the user name (1-64 of a-z, 0-9, '.', '_', '-') or the
	 *                                  country code is malformed
	 */
	public Account {
		Objects.requireNonNull(role, "role");
		userName = normalizedUserName(userName);
		if (!USER_NAME.matcher(userName).matches()) {
			throw new IllegalArgumentException(Messages.format("account.error.userName"));
		}
		if (country == null || !COUNTRY.matcher(country).matches()) {
			throw new IllegalArgumentException(Messages.format("account.error.country"));
		}
	}

	/** User names are compared without case: "GTM.Analyst" logs in as "gtm.analyst". */
	public static String normalizedUserName(String userName) {
		return userName == null ? "" : userName.trim().toLowerCase(Locale.ROOT);
	}

	/** The user the store works for once this account has logged in. */
	public CurrentUser asCurrentUser() {
		return new CurrentUser(userName, country, role);
	}

	/** Secretariat staff administer every account of their node, a liaison officer those of the own country. */
	public boolean mayAdminister(Account other) {
		return switch (role) {
		case SECRETARIAT -> true;
		case LIAISON_OFFICER -> other.country().equals(country);
		default -> false;
		};
	}
}
