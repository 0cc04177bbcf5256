package org.crm.enlace.core.user;

import java.util.Objects;

/**
 * Who is working: user name, the country the user acts for (ISO 3166-1 alpha-3) and the role chosen at start.
 */
public record CurrentUser(String userName, String country, Role role) {

	public CurrentUser {
		Objects.requireNonNull(userName, "userName");
		Objects.requireNonNull(country, "country");
		Objects.requireNonNull(role, "role");
	}
}
