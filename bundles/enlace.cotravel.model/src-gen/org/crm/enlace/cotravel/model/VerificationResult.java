/**
 */
package org.crm.enlace.cotravel.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Verification Result</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getVerificationResult()
 * @model
 * @generated
 */
public enum VerificationResult implements Enumerator {
	/**
	 * The '<em><b>VERIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	VERIFIED(0, "VERIFIED", "VERIFIED"),

	/**
	 * The '<em><b>COULD NOT BE VERIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COULD_NOT_BE_VERIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	COULD_NOT_BE_VERIFIED(1, "COULD_NOT_BE_VERIFIED", "COULD_NOT_BE_VERIFIED"),

	/**
	 * The '<em><b>FOUND FALSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOUND_FALSE_VALUE
	 * @generated
	 * @ordered
	 */
	FOUND_FALSE(2, "FOUND_FALSE", "FOUND_FALSE"),

	/**
	 * The '<em><b>NOT PRESENTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_PRESENTED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_PRESENTED(3, "NOT_PRESENTED", "NOT_PRESENTED");

	/**
	 * The '<em><b>VERIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERIFIED_VALUE = 0;

	/**
	 * The '<em><b>COULD NOT BE VERIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COULD_NOT_BE_VERIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COULD_NOT_BE_VERIFIED_VALUE = 1;

	/**
	 * The '<em><b>FOUND FALSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOUND_FALSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOUND_FALSE_VALUE = 2;

	/**
	 * The '<em><b>NOT PRESENTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_PRESENTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_PRESENTED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Verification Result</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VerificationResult[] VALUES_ARRAY =
		new VerificationResult[] {
			VERIFIED,
			COULD_NOT_BE_VERIFIED,
			FOUND_FALSE,
			NOT_PRESENTED,
		};

	/**
	 * A public read-only list of all the '<em><b>Verification Result</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VerificationResult> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Verification Result</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationResult get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VerificationResult result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verification Result</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationResult getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VerificationResult result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verification Result</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationResult get(int value) {
		switch (value) {
			case VERIFIED_VALUE: return VERIFIED;
			case COULD_NOT_BE_VERIFIED_VALUE: return COULD_NOT_BE_VERIFIED;
			case FOUND_FALSE_VALUE: return FOUND_FALSE;
			case NOT_PRESENTED_VALUE: return NOT_PRESENTED;
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
	private VerificationResult(int value, String name, String literal) {
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
	
} //VerificationResult
