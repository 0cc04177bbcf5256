/**
 */
package org.crm.enlace.campaigns.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Age Group</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Age at identification.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getAgeGroup()
 * @model
 * @generated
 */
public enum AgeGroup implements Enumerator {
	/**
	 * The '<em><b>AGE UNDER 12</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_UNDER_12_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_UNDER_12(0, "AGE_UNDER_12", "AGE_UNDER_12"),

	/**
	 * The '<em><b>AGE 12 17</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_12_17_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_12_17(1, "AGE_12_17", "AGE_12_17"),

	/**
	 * The '<em><b>AGE 18 29</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_18_29_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_18_29(2, "AGE_18_29", "AGE_18_29"),

	/**
	 * The '<em><b>AGE 30 49</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_30_49_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_30_49(3, "AGE_30_49", "AGE_30_49"),

	/**
	 * The '<em><b>AGE 50 PLUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_50_PLUS_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_50_PLUS(4, "AGE_50_PLUS", "AGE_50_PLUS"),

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(5, "UNKNOWN", "UNKNOWN");

	/**
	 * The '<em><b>AGE UNDER 12</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_UNDER_12
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_UNDER_12_VALUE = 0;

	/**
	 * The '<em><b>AGE 12 17</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_12_17
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_12_17_VALUE = 1;

	/**
	 * The '<em><b>AGE 18 29</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_18_29
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_18_29_VALUE = 2;

	/**
	 * The '<em><b>AGE 30 49</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_30_49
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_30_49_VALUE = 3;

	/**
	 * The '<em><b>AGE 50 PLUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_50_PLUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_50_PLUS_VALUE = 4;

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 5;

	/**
	 * An array of all the '<em><b>Age Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AgeGroup[] VALUES_ARRAY =
		new AgeGroup[] {
			AGE_UNDER_12,
			AGE_12_17,
			AGE_18_29,
			AGE_30_49,
			AGE_50_PLUS,
			UNKNOWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Age Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AgeGroup> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Age Group</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgeGroup get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgeGroup result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Age Group</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgeGroup getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgeGroup result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Age Group</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgeGroup get(int value) {
		switch (value) {
			case AGE_UNDER_12_VALUE: return AGE_UNDER_12;
			case AGE_12_17_VALUE: return AGE_12_17;
			case AGE_18_29_VALUE: return AGE_18_29;
			case AGE_30_49_VALUE: return AGE_30_49;
			case AGE_50_PLUS_VALUE: return AGE_50_PLUS;
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
	private AgeGroup(int value, String name, String literal) {
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
	
} //AgeGroup
