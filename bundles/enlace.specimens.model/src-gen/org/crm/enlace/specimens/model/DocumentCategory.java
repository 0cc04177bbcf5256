/**
 */
package org.crm.enlace.specimens.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Document Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentCategory()
 * @model
 * @generated
 */
public enum DocumentCategory implements Enumerator {
	/**
	 * The '<em><b>PASSPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PASSPORT_VALUE
	 * @generated
	 * @ordered
	 */
	PASSPORT(0, "PASSPORT", "PASSPORT"),

	/**
	 * The '<em><b>IDENTITY CARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDENTITY_CARD_VALUE
	 * @generated
	 * @ordered
	 */
	IDENTITY_CARD(1, "IDENTITY_CARD", "IDENTITY_CARD"),

	/**
	 * The '<em><b>VISA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISA_VALUE
	 * @generated
	 * @ordered
	 */
	VISA(2, "VISA", "VISA"),

	/**
	 * The '<em><b>RESIDENCE PERMIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENCE_PERMIT_VALUE
	 * @generated
	 * @ordered
	 */
	RESIDENCE_PERMIT(3, "RESIDENCE_PERMIT", "RESIDENCE_PERMIT"),

	/**
	 * The '<em><b>BORDER CROSSING CARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BORDER_CROSSING_CARD_VALUE
	 * @generated
	 * @ordered
	 */
	BORDER_CROSSING_CARD(4, "BORDER_CROSSING_CARD", "BORDER_CROSSING_CARD"),

	/**
	 * The '<em><b>CIVIL STATUS DOCUMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIVIL_STATUS_DOCUMENT_VALUE
	 * @generated
	 * @ordered
	 */
	CIVIL_STATUS_DOCUMENT(5, "CIVIL_STATUS_DOCUMENT", "CIVIL_STATUS_DOCUMENT"),

	/**
	 * The '<em><b>MINOR TRAVEL PERMIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINOR_TRAVEL_PERMIT_VALUE
	 * @generated
	 * @ordered
	 */
	MINOR_TRAVEL_PERMIT(6, "MINOR_TRAVEL_PERMIT", "MINOR_TRAVEL_PERMIT");

	/**
	 * The '<em><b>PASSPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PASSPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PASSPORT_VALUE = 0;

	/**
	 * The '<em><b>IDENTITY CARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDENTITY_CARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IDENTITY_CARD_VALUE = 1;

	/**
	 * The '<em><b>VISA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISA_VALUE = 2;

	/**
	 * The '<em><b>RESIDENCE PERMIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENCE_PERMIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESIDENCE_PERMIT_VALUE = 3;

	/**
	 * The '<em><b>BORDER CROSSING CARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BORDER_CROSSING_CARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BORDER_CROSSING_CARD_VALUE = 4;

	/**
	 * The '<em><b>CIVIL STATUS DOCUMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIVIL_STATUS_DOCUMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CIVIL_STATUS_DOCUMENT_VALUE = 5;

	/**
	 * The '<em><b>MINOR TRAVEL PERMIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINOR_TRAVEL_PERMIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINOR_TRAVEL_PERMIT_VALUE = 6;

	/**
	 * An array of all the '<em><b>Document Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DocumentCategory[] VALUES_ARRAY =
		new DocumentCategory[] {
			PASSPORT,
			IDENTITY_CARD,
			VISA,
			RESIDENCE_PERMIT,
			BORDER_CROSSING_CARD,
			CIVIL_STATUS_DOCUMENT,
			MINOR_TRAVEL_PERMIT,
		};

	/**
	 * A public read-only list of all the '<em><b>Document Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DocumentCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Document Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DocumentCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Document Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DocumentCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Document Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentCategory get(int value) {
		switch (value) {
			case PASSPORT_VALUE: return PASSPORT;
			case IDENTITY_CARD_VALUE: return IDENTITY_CARD;
			case VISA_VALUE: return VISA;
			case RESIDENCE_PERMIT_VALUE: return RESIDENCE_PERMIT;
			case BORDER_CROSSING_CARD_VALUE: return BORDER_CROSSING_CARD;
			case CIVIL_STATUS_DOCUMENT_VALUE: return CIVIL_STATUS_DOCUMENT;
			case MINOR_TRAVEL_PERMIT_VALUE: return MINOR_TRAVEL_PERMIT;
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
	private DocumentCategory(int value, String name, String literal) {
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
	
} //DocumentCategory
