/**
 */
package org.crm.enlace.cotravel.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Adult Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getAdultRole()
 * @model
 * @generated
 */
public enum AdultRole implements Enumerator {
	/**
	 * The '<em><b>ACCOMPANYING ADULT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOMPANYING_ADULT_VALUE
	 * @generated
	 * @ordered
	 */
	ACCOMPANYING_ADULT(0, "ACCOMPANYING_ADULT", "ACCOMPANYING_ADULT"),

	/**
	 * The '<em><b>DRIVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIVER_VALUE
	 * @generated
	 * @ordered
	 */
	DRIVER(1, "DRIVER", "DRIVER"),

	/**
	 * The '<em><b>ESCORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Someone paid or sent to take the child across: an airline's or an agency's escort.
	 * <!-- end-model-doc -->
	 * @see #ESCORT_VALUE
	 * @generated
	 * @ordered
	 */
	ESCORT(2, "ESCORT", "ESCORT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(3, "OTHER", "OTHER");

	/**
	 * The '<em><b>ACCOMPANYING ADULT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOMPANYING_ADULT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCOMPANYING_ADULT_VALUE = 0;

	/**
	 * The '<em><b>DRIVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRIVER_VALUE = 1;

	/**
	 * The '<em><b>ESCORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Someone paid or sent to take the child across: an airline's or an agency's escort.
	 * <!-- end-model-doc -->
	 * @see #ESCORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ESCORT_VALUE = 2;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Adult Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AdultRole[] VALUES_ARRAY =
		new AdultRole[] {
			ACCOMPANYING_ADULT,
			DRIVER,
			ESCORT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Adult Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AdultRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Adult Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdultRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdultRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adult Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdultRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdultRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adult Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdultRole get(int value) {
		switch (value) {
			case ACCOMPANYING_ADULT_VALUE: return ACCOMPANYING_ADULT;
			case DRIVER_VALUE: return DRIVER;
			case ESCORT_VALUE: return ESCORT;
			case OTHER_VALUE: return OTHER;
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
	private AdultRole(int value, String name, String literal) {
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
	
} //AdultRole
