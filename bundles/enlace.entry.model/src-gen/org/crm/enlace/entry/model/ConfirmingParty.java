/**
 */
package org.crm.enlace.entry.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Confirming Party</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmingParty()
 * @model
 * @generated
 */
public enum ConfirmingParty implements Enumerator {
	/**
	 * The '<em><b>DESTINATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESTINATION_VALUE
	 * @generated
	 * @ordered
	 */
	DESTINATION(0, "DESTINATION", "DESTINATION"),

	/**
	 * The '<em><b>SECRETARIAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Technical Secretariat, on the destination's behalf.
	 * <!-- end-model-doc -->
	 * @see #SECRETARIAT_VALUE
	 * @generated
	 * @ordered
	 */
	SECRETARIAT(1, "SECRETARIAT", "SECRETARIAT");

	/**
	 * The '<em><b>DESTINATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESTINATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DESTINATION_VALUE = 0;

	/**
	 * The '<em><b>SECRETARIAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Technical Secretariat, on the destination's behalf.
	 * <!-- end-model-doc -->
	 * @see #SECRETARIAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECRETARIAT_VALUE = 1;

	/**
	 * An array of all the '<em><b>Confirming Party</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConfirmingParty[] VALUES_ARRAY =
		new ConfirmingParty[] {
			DESTINATION,
			SECRETARIAT,
		};

	/**
	 * A public read-only list of all the '<em><b>Confirming Party</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConfirmingParty> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Confirming Party</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConfirmingParty get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConfirmingParty result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Confirming Party</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConfirmingParty getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConfirmingParty result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Confirming Party</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConfirmingParty get(int value) {
		switch (value) {
			case DESTINATION_VALUE: return DESTINATION;
			case SECRETARIAT_VALUE: return SECRETARIAT;
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
	private ConfirmingParty(int value, String name, String literal) {
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
	
} //ConfirmingParty
