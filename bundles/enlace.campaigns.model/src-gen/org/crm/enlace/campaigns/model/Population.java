/**
 */
package org.crm.enlace.campaigns.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Population</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Who a statistics cell counts.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getPopulation()
 * @model
 * @generated
 */
public enum Population implements Enumerator {
	/**
	 * The '<em><b>TRAFFICKING VICTIM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identified victims of trafficking in persons.
	 * <!-- end-model-doc -->
	 * @see #TRAFFICKING_VICTIM_VALUE
	 * @generated
	 * @ordered
	 */
	TRAFFICKING_VICTIM(0, "TRAFFICKING_VICTIM", "TRAFFICKING_VICTIM"),

	/**
	 * The '<em><b>VULNERABLE SMUGGLED MIGRANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Smuggled migrants in situations of vulnerability.
	 * <!-- end-model-doc -->
	 * @see #VULNERABLE_SMUGGLED_MIGRANT_VALUE
	 * @generated
	 * @ordered
	 */
	VULNERABLE_SMUGGLED_MIGRANT(1, "VULNERABLE_SMUGGLED_MIGRANT", "VULNERABLE_SMUGGLED_MIGRANT");

	/**
	 * The '<em><b>TRAFFICKING VICTIM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identified victims of trafficking in persons.
	 * <!-- end-model-doc -->
	 * @see #TRAFFICKING_VICTIM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAFFICKING_VICTIM_VALUE = 0;

	/**
	 * The '<em><b>VULNERABLE SMUGGLED MIGRANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Smuggled migrants in situations of vulnerability.
	 * <!-- end-model-doc -->
	 * @see #VULNERABLE_SMUGGLED_MIGRANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VULNERABLE_SMUGGLED_MIGRANT_VALUE = 1;

	/**
	 * An array of all the '<em><b>Population</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Population[] VALUES_ARRAY =
		new Population[] {
			TRAFFICKING_VICTIM,
			VULNERABLE_SMUGGLED_MIGRANT,
		};

	/**
	 * A public read-only list of all the '<em><b>Population</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Population> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Population</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Population get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Population result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Population</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Population getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Population result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Population</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Population get(int value) {
		switch (value) {
			case TRAFFICKING_VICTIM_VALUE: return TRAFFICKING_VICTIM;
			case VULNERABLE_SMUGGLED_MIGRANT_VALUE: return VULNERABLE_SMUGGLED_MIGRANT;
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
	private Population(int value, String name, String literal) {
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
	
} //Population
