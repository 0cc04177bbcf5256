/**
 */
package org.crm.enlace.entry.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Exception Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.entry.model.EntryPackage#getExceptionKind()
 * @model
 * @generated
 */
public enum ExceptionKind implements Enumerator {
	/**
	 * The '<em><b>US VISA OR RESIDENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Holders of a valid visa or residence permit of the United States.
	 * <!-- end-model-doc -->
	 * @see #US_VISA_OR_RESIDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	US_VISA_OR_RESIDENCE(0, "US_VISA_OR_RESIDENCE", "US_VISA_OR_RESIDENCE"),

	/**
	 * The '<em><b>CANADIAN VISA OR RESIDENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANADIAN_VISA_OR_RESIDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	CANADIAN_VISA_OR_RESIDENCE(1, "CANADIAN_VISA_OR_RESIDENCE", "CANADIAN_VISA_OR_RESIDENCE"),

	/**
	 * The '<em><b>SCHENGEN VISA OR RESIDENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHENGEN_VISA_OR_RESIDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	SCHENGEN_VISA_OR_RESIDENCE(2, "SCHENGEN_VISA_OR_RESIDENCE", "SCHENGEN_VISA_OR_RESIDENCE"),

	/**
	 * The '<em><b>TRANSIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSIT_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSIT(3, "TRANSIT", "TRANSIT"),

	/**
	 * The '<em><b>DIPLOMATIC OR OFFICIAL PASSPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIPLOMATIC_OR_OFFICIAL_PASSPORT_VALUE
	 * @generated
	 * @ordered
	 */
	DIPLOMATIC_OR_OFFICIAL_PASSPORT(4, "DIPLOMATIC_OR_OFFICIAL_PASSPORT", "DIPLOMATIC_OR_OFFICIAL_PASSPORT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER");

	/**
	 * The '<em><b>US VISA OR RESIDENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Holders of a valid visa or residence permit of the United States.
	 * <!-- end-model-doc -->
	 * @see #US_VISA_OR_RESIDENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int US_VISA_OR_RESIDENCE_VALUE = 0;

	/**
	 * The '<em><b>CANADIAN VISA OR RESIDENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANADIAN_VISA_OR_RESIDENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CANADIAN_VISA_OR_RESIDENCE_VALUE = 1;

	/**
	 * The '<em><b>SCHENGEN VISA OR RESIDENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHENGEN_VISA_OR_RESIDENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHENGEN_VISA_OR_RESIDENCE_VALUE = 2;

	/**
	 * The '<em><b>TRANSIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSIT_VALUE = 3;

	/**
	 * The '<em><b>DIPLOMATIC OR OFFICIAL PASSPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIPLOMATIC_OR_OFFICIAL_PASSPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIPLOMATIC_OR_OFFICIAL_PASSPORT_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Exception Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ExceptionKind[] VALUES_ARRAY =
		new ExceptionKind[] {
			US_VISA_OR_RESIDENCE,
			CANADIAN_VISA_OR_RESIDENCE,
			SCHENGEN_VISA_OR_RESIDENCE,
			TRANSIT,
			DIPLOMATIC_OR_OFFICIAL_PASSPORT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Exception Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ExceptionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Exception Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExceptionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExceptionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Exception Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExceptionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExceptionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Exception Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExceptionKind get(int value) {
		switch (value) {
			case US_VISA_OR_RESIDENCE_VALUE: return US_VISA_OR_RESIDENCE;
			case CANADIAN_VISA_OR_RESIDENCE_VALUE: return CANADIAN_VISA_OR_RESIDENCE;
			case SCHENGEN_VISA_OR_RESIDENCE_VALUE: return SCHENGEN_VISA_OR_RESIDENCE;
			case TRANSIT_VALUE: return TRANSIT;
			case DIPLOMATIC_OR_OFFICIAL_PASSPORT_VALUE: return DIPLOMATIC_OR_OFFICIAL_PASSPORT;
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
	private ExceptionKind(int value, String name, String literal) {
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
	
} //ExceptionKind
