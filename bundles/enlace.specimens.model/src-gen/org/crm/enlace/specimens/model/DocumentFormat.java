/**
 */
package org.crm.enlace.specimens.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Document Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The ICAO Doc 9303 size (TD1 is the ID-1 card size with an MRZ); ID1 for a card of that size without an MRZ.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentFormat()
 * @model
 * @generated
 */
public enum DocumentFormat implements Enumerator {
	/**
	 * The '<em><b>TD1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TD1_VALUE
	 * @generated
	 * @ordered
	 */
	TD1(0, "TD1", "TD1"),

	/**
	 * The '<em><b>TD2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TD2_VALUE
	 * @generated
	 * @ordered
	 */
	TD2(1, "TD2", "TD2"),

	/**
	 * The '<em><b>TD3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TD3_VALUE
	 * @generated
	 * @ordered
	 */
	TD3(2, "TD3", "TD3"),

	/**
	 * The '<em><b>MRV A</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MRV_A_VALUE
	 * @generated
	 * @ordered
	 */
	MRV_A(3, "MRV_A", "MRV_A"),

	/**
	 * The '<em><b>MRV B</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MRV_B_VALUE
	 * @generated
	 * @ordered
	 */
	MRV_B(4, "MRV_B", "MRV_B"),

	/**
	 * The '<em><b>ID1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ID1_VALUE
	 * @generated
	 * @ordered
	 */
	ID1(5, "ID1", "ID1"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER");

	/**
	 * The '<em><b>TD1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TD1
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TD1_VALUE = 0;

	/**
	 * The '<em><b>TD2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TD2
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TD2_VALUE = 1;

	/**
	 * The '<em><b>TD3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TD3
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TD3_VALUE = 2;

	/**
	 * The '<em><b>MRV A</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MRV_A
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MRV_A_VALUE = 3;

	/**
	 * The '<em><b>MRV B</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MRV_B
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MRV_B_VALUE = 4;

	/**
	 * The '<em><b>ID1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ID1
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ID1_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Document Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DocumentFormat[] VALUES_ARRAY =
		new DocumentFormat[] {
			TD1,
			TD2,
			TD3,
			MRV_A,
			MRV_B,
			ID1,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Document Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DocumentFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Document Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DocumentFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Document Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DocumentFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Document Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentFormat get(int value) {
		switch (value) {
			case TD1_VALUE: return TD1;
			case TD2_VALUE: return TD2;
			case TD3_VALUE: return TD3;
			case MRV_A_VALUE: return MRV_A;
			case MRV_B_VALUE: return MRV_B;
			case ID1_VALUE: return ID1;
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
	private DocumentFormat(int value, String name, String literal) {
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
	
} //DocumentFormat
