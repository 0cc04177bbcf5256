package org.crm.enlace.core.account;

import java.util.Objects;

/** What a successful login yields: the account, and the node's keys to open its data folder with. */
public record Unlocked(Account account, NodeKeys keys) {

	public Unlocked {
		Objects.requireNonNull(account, "account");
		Objects.requireNonNull(keys, "keys");
	}
}
