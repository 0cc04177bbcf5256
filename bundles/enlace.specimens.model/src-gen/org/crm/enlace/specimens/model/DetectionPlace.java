/**
 */
package org.crm.enlace.specimens.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Detection Place</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDetectionPlace()
 * @model
 * @generated
 */
public enum DetectionPlace implements Enumerator {
	/**
	 * The '<em><b>LAND BORDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAND_BORDER_VALUE
	 * @generated
	 * @ordered
	 */
	LAND_BORDER(0, "LAND_BORDER", "LAND_BORDER"),

	/**
	 * The '<em><b>AIRPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AIRPORT_VALUE
	 * @generated
	 * @ordered
	 */
	AIRPORT(1, "AIRPORT", "AIRPORT"),

	/**
	 * The '<em><b>SEAPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEAPORT_VALUE
	 * @generated
	 * @ordered
	 */
	SEAPORT(2, "SEAPORT", "SEAPORT"),

	/**
	 * The '<em><b>INLAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In the country: a consulate, a migration office, a police check.
	 * <!-- end-model-doc -->
	 * @see #INLAND_VALUE
	 * @generated
	 * @ordered
	 */
	INLAND(3, "INLAND", "INLAND");

	/**
	 * The '<em><b>LAND BORDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAND_BORDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAND_BORDER_VALUE = 0;

	/**
	 * The '<em><b>AIRPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AIRPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AIRPORT_VALUE = 1;

	/**
	 * The '<em><b>SEAPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEAPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEAPORT_VALUE = 2;

	/**
	 * The '<em><b>INLAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In the country: a consulate, a migration office, a police check.
	 * <!-- end-model-doc -->
	 * @see #INLAND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INLAND_VALUE = 3;

	/**
	 * An array of all the '<em><b>Detection Place</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DetectionPlace[] VALUES_ARRAY =
		new DetectionPlace[] {
			LAND_BORDER,
			AIRPORT,
			SEAPORT,
			INLAND,
		};

	/**
	 * A public read-only list of all the '<em><b>Detection Place</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DetectionPlace> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Detection Place</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DetectionPlace get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DetectionPlace result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Detection Place</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DetectionPlace getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DetectionPlace result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Detection Place</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DetectionPlace get(int value) {
		switch (value) {
			case LAND_BORDER_VALUE: return LAND_BORDER;
			case AIRPORT_VALUE: return AIRPORT;
			case SEAPORT_VALUE: return SEAPORT;
			case INLAND_VALUE: return INLAND;
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
	private DetectionPlace(int value, String name, String literal) {
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
	
} //DetectionPlace
