/**
 */
package org.crm.enlace.specimens.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Light</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.specimens.model.SpecimensPackage#getLight()
 * @model
 * @generated
 */
public enum Light implements Enumerator {
	/**
	 * The '<em><b>VISIBLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISIBLE_VALUE
	 * @generated
	 * @ordered
	 */
	VISIBLE(0, "VISIBLE", "VISIBLE"),

	/**
	 * The '<em><b>UV 365</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ultraviolet at 365 nm.
	 * <!-- end-model-doc -->
	 * @see #UV_365_VALUE
	 * @generated
	 * @ordered
	 */
	UV_365(1, "UV_365", "UV_365"),

	/**
	 * The '<em><b>IR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IR_VALUE
	 * @generated
	 * @ordered
	 */
	IR(2, "IR", "IR"),

	/**
	 * The '<em><b>TRANSMITTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSMITTED_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSMITTED(3, "TRANSMITTED", "TRANSMITTED");

	/**
	 * The '<em><b>VISIBLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISIBLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISIBLE_VALUE = 0;

	/**
	 * The '<em><b>UV 365</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ultraviolet at 365 nm.
	 * <!-- end-model-doc -->
	 * @see #UV_365
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UV_365_VALUE = 1;

	/**
	 * The '<em><b>IR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IR_VALUE = 2;

	/**
	 * The '<em><b>TRANSMITTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSMITTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSMITTED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Light</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Light[] VALUES_ARRAY =
		new Light[] {
			VISIBLE,
			UV_365,
			IR,
			TRANSMITTED,
		};

	/**
	 * A public read-only list of all the '<em><b>Light</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Light> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Light</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Light get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Light result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Light</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Light getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Light result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Light</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Light get(int value) {
		switch (value) {
			case VISIBLE_VALUE: return VISIBLE;
			case UV_365_VALUE: return UV_365;
			case IR_VALUE: return IR;
			case TRANSMITTED_VALUE: return TRANSMITTED;
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
	private Light(int value, String name, String literal) {
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
	
} //Light
