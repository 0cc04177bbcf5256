package org.crm.enlace.core.access;

import java.util.Collection;
import java.util.Objects;

import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;

/**
 * Who may see and who may write a record. The user's organization is {@link CurrentUser#country()}: a member or
 * observer state's ISO code, or {@code XST} (Technical Secretariat) or {@code XOM} (IOM). The role plays no part.
 * <p>
 * <b>Seeing.</b> A user sees a record if and only if
 * <ul>
 * <li>the user's organization owns it; or</li>
 * <li>it is {@link Releasability#NETWORK NETWORK} and the user's organization is of the network (a member or observer
 * state, the Secretariat, IOM); or</li>
 * <li>it is {@link Releasability#ALL_MEMBERS ALL_MEMBERS} and the user's organization is a member state or the
 * Secretariat (observers and IOM see a record only when it is released to them by name); or</li>
 * <li>it is {@link Releasability#LISTED LISTED} and {@code releasableTo} names the user's organization; or</li>
 * <li>it is {@link Releasability#SECRETARIAT_ONLY SECRETARIAT_ONLY} and the user is of the Secretariat.</li>
 * </ul>
 * {@link Releasability#OWNER_ONLY OWNER_ONLY}, the default, leaves only the first case. A deleted record is seen
 * by its owner alone, and only when asked for deleted records. The record store applies this rule in its queries
 * (a read never returns a record the user may not see, whatever the caller asks) and to every version in a record's
 * history, each judged by its own releasability as well as the record's current one.
 * <p>
 * <b>Writing.</b> A user may create, change, delete or scrub only records owned by the user's own organization, and
 * may not give a record to another owner; the Secretariat's users write the records owned by {@code XST}. Reference
 * and demo data owned by every country are written by the system, through
 * {@link org.crm.enlace.core.store.RecordStoreFactory#openAfterSeeding}, and by nobody else.
 * <p>
 * <b>What it protects against.</b> Code running in the OSGi framework is trusted: any bundle could open the
 * database files itself. The rule keeps a mistake in a part, a view or an export from showing or changing what the
 * user may not; it is not a defence against a hostile bundle. That is why it is a plain function here, and the store
 * translates it into SQL.
 */
public final class AccessRule {

	private AccessRule() {
	}

	public static boolean maySee(CurrentUser user, Record record) {
		return maySee(user.country(), record.getOwnerCountry(), record.getReleasability(), record.getReleasableTo());
	}

	/**
	 * @param organization the user's organization
	 * @param owner        the record's owner
	 * @param releasableTo the organizations named by a LISTED record; ignored otherwise
	 */
	public static boolean maySee(String organization, String owner, Releasability releasability,
			Collection<String> releasableTo) {
		Objects.requireNonNull(organization, "organization");
		if (organization.equals(owner)) {
			return true;
		}
		return switch (releasability) {
		case NETWORK -> seesReleasedToNetwork(organization);
		case ALL_MEMBERS -> seesReleasedToAllMembers(organization);
		case LISTED -> releasableTo.contains(organization);
		case SECRETARIAT_ONLY -> seesReleasedToSecretariat(organization);
		case OWNER_ONLY -> false;
		};
	}

	/** Whether the organization's users see records released to the whole network: any organization of it. */
	public static boolean seesReleasedToNetwork(String organization) {
		return Standing.of(organization) != Standing.OTHER;
	}

	/** Whether the organization's users see records released to all members: members and the Secretariat. */
	public static boolean seesReleasedToAllMembers(String organization) {
		Standing standing = Standing.of(organization);
		return standing == Standing.MEMBER || standing == Standing.SECRETARIAT;
	}

	/** Whether the organization's users see records released to the Secretariat only. */
	public static boolean seesReleasedToSecretariat(String organization) {
		return Standing.of(organization) == Standing.SECRETARIAT;
	}

	public static boolean mayWrite(CurrentUser user, Record record) {
		return mayWrite(user.country(), record.getOwnerCountry());
	}

	/** Whether a user of {@code organization} may create, change, delete or scrub a record owned by {@code owner}. */
	public static boolean mayWrite(String organization, String owner) {
		return organization != null && organization.equals(owner);
	}
}
