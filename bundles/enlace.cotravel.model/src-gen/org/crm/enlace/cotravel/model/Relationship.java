/**
 */
package org.crm.enlace.cotravel.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Relationship</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getRelationship()
 * @model
 * @generated
 */
public enum Relationship implements Enumerator {
	/**
	 * The '<em><b>PARENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT_VALUE
	 * @generated
	 * @ordered
	 */
	PARENT(0, "PARENT", "PARENT"),

	/**
	 * The '<em><b>GRANDPARENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANDPARENT_VALUE
	 * @generated
	 * @ordered
	 */
	GRANDPARENT(1, "GRANDPARENT", "GRANDPARENT"),

	/**
	 * The '<em><b>SIBLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIBLING_VALUE
	 * @generated
	 * @ordered
	 */
	SIBLING(2, "SIBLING", "SIBLING"),

	/**
	 * The '<em><b>OTHER RELATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_RELATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER_RELATIVE(3, "OTHER_RELATIVE", "OTHER_RELATIVE"),

	/**
	 * The '<em><b>LEGAL GUARDIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_GUARDIAN_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL_GUARDIAN(4, "LEGAL_GUARDIAN", "LEGAL_GUARDIAN"),

	/**
	 * The '<em><b>NONE CLAIMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_CLAIMED_VALUE
	 * @generated
	 * @ordered
	 */
	NONE_CLAIMED(5, "NONE_CLAIMED", "NONE_CLAIMED"),

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(6, "UNKNOWN", "UNKNOWN");

	/**
	 * The '<em><b>PARENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARENT_VALUE = 0;

	/**
	 * The '<em><b>GRANDPARENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANDPARENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GRANDPARENT_VALUE = 1;

	/**
	 * The '<em><b>SIBLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIBLING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIBLING_VALUE = 2;

	/**
	 * The '<em><b>OTHER RELATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_RELATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_RELATIVE_VALUE = 3;

	/**
	 * The '<em><b>LEGAL GUARDIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_GUARDIAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_GUARDIAN_VALUE = 4;

	/**
	 * The '<em><b>NONE CLAIMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_CLAIMED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_CLAIMED_VALUE = 5;

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 6;

	/**
	 * An array of all the '<em><b>Relationship</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Relationship[] VALUES_ARRAY =
		new Relationship[] {
			PARENT,
			GRANDPARENT,
			SIBLING,
			OTHER_RELATIVE,
			LEGAL_GUARDIAN,
			NONE_CLAIMED,
			UNKNOWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Relationship</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Relationship> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relationship</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relationship get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Relationship result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relationship getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Relationship result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relationship get(int value) {
		switch (value) {
			case PARENT_VALUE: return PARENT;
			case GRANDPARENT_VALUE: return GRANDPARENT;
			case SIBLING_VALUE: return SIBLING;
			case OTHER_RELATIVE_VALUE: return OTHER_RELATIVE;
			case LEGAL_GUARDIAN_VALUE: return LEGAL_GUARDIAN;
			case NONE_CLAIMED_VALUE: return NONE_CLAIMED;
			case UNKNOWN_VALUE: return UNKNOWN;
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
	private Relationship(int value, String name, String literal) {
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
	
} //Relationship
