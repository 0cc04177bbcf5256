/**
 */
package org.crm.enlace.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Releasability</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Who may see a record. The owner always may; see the access rule in enlace.core (AccessRule).
 * <!-- end-model-doc -->
 * @see org.crm.enlace.model.EnlacePackage#getReleasability()
 * @model
 * @generated
 */
public enum Releasability implements Enumerator {
	/**
	 * The '<em><b>NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every organization of the network: member and observer states, the Technical Secretariat and IOM. For reference data every user needs (countries, agencies, vocabularies, the entry matrix); declared first as the widest, valued 4 because the other values were taken.
	 * <!-- end-model-doc -->
	 * @see #NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK(4, "NETWORK", "NETWORK"),

	/**
	 * The '<em><b>ALL MEMBERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every member country of the conference and the Technical Secretariat (not observers, not IOM).
	 * <!-- end-model-doc -->
	 * @see #ALL_MEMBERS_VALUE
	 * @generated
	 * @ordered
	 */
	ALL_MEMBERS(0, "ALL_MEMBERS", "ALL_MEMBERS"),

	/**
	 * The '<em><b>LISTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organizations in releasableTo.
	 * <!-- end-model-doc -->
	 * @see #LISTED_VALUE
	 * @generated
	 * @ordered
	 */
	LISTED(1, "LISTED", "LISTED"),

	/**
	 * The '<em><b>SECRETARIAT ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Technical Secretariat.
	 * <!-- end-model-doc -->
	 * @see #SECRETARIAT_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	SECRETARIAT_ONLY(2, "SECRETARIAT_ONLY", "SECRETARIAT_ONLY"),

	/**
	 * The '<em><b>OWNER ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nobody but the owner.
	 * <!-- end-model-doc -->
	 * @see #OWNER_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	OWNER_ONLY(3, "OWNER_ONLY", "OWNER_ONLY");

	/**
	 * The '<em><b>NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every organization of the network: member and observer states, the Technical Secretariat and IOM. For reference data every user needs (countries, agencies, vocabularies, the entry matrix); declared first as the widest, valued 4 because the other values were taken.
	 * <!-- end-model-doc -->
	 * @see #NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_VALUE = 4;

	/**
	 * The '<em><b>ALL MEMBERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every member country of the conference and the Technical Secretariat (not observers, not IOM).
	 * <!-- end-model-doc -->
	 * @see #ALL_MEMBERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALL_MEMBERS_VALUE = 0;

	/**
	 * The '<em><b>LISTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organizations in releasableTo.
	 * <!-- end-model-doc -->
	 * @see #LISTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LISTED_VALUE = 1;

	/**
	 * The '<em><b>SECRETARIAT ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Technical Secretariat.
	 * <!-- end-model-doc -->
	 * @see #SECRETARIAT_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECRETARIAT_ONLY_VALUE = 2;

	/**
	 * The '<em><b>OWNER ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nobody but the owner.
	 * <!-- end-model-doc -->
	 * @see #OWNER_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OWNER_ONLY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Releasability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Releasability[] VALUES_ARRAY =
		new Releasability[] {
			NETWORK,
			ALL_MEMBERS,
			LISTED,
			SECRETARIAT_ONLY,
			OWNER_ONLY,
		};

	/**
	 * A public read-only list of all the '<em><b>Releasability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Releasability> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Releasability</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Releasability get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Releasability result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Releasability</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Releasability getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Releasability result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Releasability</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Releasability get(int value) {
		switch (value) {
			case NETWORK_VALUE: return NETWORK;
			case ALL_MEMBERS_VALUE: return ALL_MEMBERS;
			case LISTED_VALUE: return LISTED;
			case SECRETARIAT_ONLY_VALUE: return SECRETARIAT_ONLY;
			case OWNER_ONLY_VALUE: return OWNER_ONLY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Releasability(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Releasability
