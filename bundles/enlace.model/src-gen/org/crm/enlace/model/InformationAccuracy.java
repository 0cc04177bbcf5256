/**
 */
package org.crm.enlace.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Information Accuracy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Evaluation of a piece of information (4x4 system used by Europol); literals 1 to 4.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.model.EnlacePackage#getInformationAccuracy()
 * @model
 * @generated
 */
public enum InformationAccuracy implements Enumerator {
	/**
	 * The '<em><b>ACCURACY 1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Known to be true without reservation.
	 * <!-- end-model-doc -->
	 * @see #ACCURACY_1_VALUE
	 * @generated
	 * @ordered
	 */
	ACCURACY_1(0, "ACCURACY_1", "1"),

	/**
	 * The '<em><b>ACCURACY 2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Known personally to the source but not to the official passing it on.
	 * <!-- end-model-doc -->
	 * @see #ACCURACY_2_VALUE
	 * @generated
	 * @ordered
	 */
	ACCURACY_2(1, "ACCURACY_2", "2"),

	/**
	 * The '<em><b>ACCURACY 3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not known personally to the source but corroborated by information already recorded.
	 * <!-- end-model-doc -->
	 * @see #ACCURACY_3_VALUE
	 * @generated
	 * @ordered
	 */
	ACCURACY_3(2, "ACCURACY_3", "3"),

	/**
	 * The '<em><b>ACCURACY 4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not known personally to the source and cannot be corroborated.
	 * <!-- end-model-doc -->
	 * @see #ACCURACY_4_VALUE
	 * @generated
	 * @ordered
	 */
	ACCURACY_4(3, "ACCURACY_4", "4");

	/**
	 * The '<em><b>ACCURACY 1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Known to be true without reservation.
	 * <!-- end-model-doc -->
	 * @see #ACCURACY_1
	 * @model literal="1"
	 * @generated
	 * @ordered
	 */
	public static final int ACCURACY_1_VALUE = 0;

	/**
	 * The '<em><b>ACCURACY 2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Known personally to the source but not to the official passing it on.
	 * <!-- end-model-doc -->
	 * @see #ACCURACY_2
	 * @model literal="2"
	 * @generated
	 * @ordered
	 */
	public static final int ACCURACY_2_VALUE = 1;

	/**
	 * The '<em><b>ACCURACY 3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not known personally to the source but corroborated by information already recorded.
	 * <!-- end-model-doc -->
	 * @see #ACCURACY_3
	 * @model literal="3"
	 * @generated
	 * @ordered
	 */
	public static final int ACCURACY_3_VALUE = 2;

	/**
	 * The '<em><b>ACCURACY 4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not known personally to the source and cannot be corroborated.
	 * <!-- end-model-doc -->
	 * @see #ACCURACY_4
	 * @model literal="4"
	 * @generated
	 * @ordered
	 */
	public static final int ACCURACY_4_VALUE = 3;

	/**
	 * An array of all the '<em><b>Information Accuracy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InformationAccuracy[] VALUES_ARRAY =
		new InformationAccuracy[] {
			ACCURACY_1,
			ACCURACY_2,
			ACCURACY_3,
			ACCURACY_4,
		};

	/**
	 * A public read-only list of all the '<em><b>Information Accuracy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InformationAccuracy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Information Accuracy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InformationAccuracy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InformationAccuracy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Information Accuracy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InformationAccuracy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InformationAccuracy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Information Accuracy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InformationAccuracy get(int value) {
		switch (value) {
			case ACCURACY_1_VALUE: return ACCURACY_1;
			case ACCURACY_2_VALUE: return ACCURACY_2;
			case ACCURACY_3_VALUE: return ACCURACY_3;
			case ACCURACY_4_VALUE: return ACCURACY_4;
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
	private InformationAccuracy(int value, String name, String literal) {
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
	
} //InformationAccuracy
