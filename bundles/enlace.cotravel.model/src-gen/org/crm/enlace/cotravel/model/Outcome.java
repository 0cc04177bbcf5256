/**
 */
package org.crm.enlace.cotravel.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Outcome</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getOutcome()
 * @model
 * @generated
 */
public enum Outcome implements Enumerator {
	/**
	 * The '<em><b>ALLOWED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLOWED_VALUE
	 * @generated
	 * @ordered
	 */
	ALLOWED(0, "ALLOWED", "ALLOWED"),

	/**
	 * The '<em><b>REFERRED TO CHILD PROTECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRED_TO_CHILD_PROTECTION_VALUE
	 * @generated
	 * @ordered
	 */
	REFERRED_TO_CHILD_PROTECTION(1, "REFERRED_TO_CHILD_PROTECTION", "REFERRED_TO_CHILD_PROTECTION"),

	/**
	 * The '<em><b>DENIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DENIED_VALUE
	 * @generated
	 * @ordered
	 */
	DENIED(2, "DENIED", "DENIED"),

	/**
	 * The '<em><b>UNDER FOLLOW UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_FOLLOW_UP_VALUE
	 * @generated
	 * @ordered
	 */
	UNDER_FOLLOW_UP(3, "UNDER_FOLLOW_UP", "UNDER_FOLLOW_UP");

	/**
	 * The '<em><b>ALLOWED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLOWED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALLOWED_VALUE = 0;

	/**
	 * The '<em><b>REFERRED TO CHILD PROTECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRED_TO_CHILD_PROTECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFERRED_TO_CHILD_PROTECTION_VALUE = 1;

	/**
	 * The '<em><b>DENIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DENIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DENIED_VALUE = 2;

	/**
	 * The '<em><b>UNDER FOLLOW UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_FOLLOW_UP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNDER_FOLLOW_UP_VALUE = 3;

	/**
	 * An array of all the '<em><b>Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Outcome[] VALUES_ARRAY =
		new Outcome[] {
			ALLOWED,
			REFERRED_TO_CHILD_PROTECTION,
			DENIED,
			UNDER_FOLLOW_UP,
		};

	/**
	 * A public read-only list of all the '<em><b>Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Outcome> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Outcome</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Outcome get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Outcome result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Outcome</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Outcome getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Outcome result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Outcome</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Outcome get(int value) {
		switch (value) {
			case ALLOWED_VALUE: return ALLOWED;
			case REFERRED_TO_CHILD_PROTECTION_VALUE: return REFERRED_TO_CHILD_PROTECTION;
			case DENIED_VALUE: return DENIED;
			case UNDER_FOLLOW_UP_VALUE: return UNDER_FOLLOW_UP;
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
	private Outcome(int value, String name, String literal) {
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
	
} //Outcome
