/**
 */
package org.crm.enlace.procedures.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Document Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of document the work plan names. An enum, not data: the compliance board requires passport, national identity card and minors' travel permit of every member, which only a fixed set can name; a country's own name for its document goes into documentName, anything else is OTHER.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentKind()
 * @model
 * @generated
 */
public enum DocumentKind implements Enumerator {
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
	 * The '<em><b>NATIONAL ID CARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_ID_CARD_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_ID_CARD(1, "NATIONAL_ID_CARD", "NATIONAL_ID_CARD"),

	/**
	 * The '<em><b>BIRTH CERTIFICATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRTH_CERTIFICATE_VALUE
	 * @generated
	 * @ordered
	 */
	BIRTH_CERTIFICATE(2, "BIRTH_CERTIFICATE", "BIRTH_CERTIFICATE"),

	/**
	 * The '<em><b>MINOR TRAVEL PERMIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A permit for minors to travel, such as Mexico's Formato SAM or Costa Rica's exit permit for minors.
	 * <!-- end-model-doc -->
	 * @see #MINOR_TRAVEL_PERMIT_VALUE
	 * @generated
	 * @ordered
	 */
	MINOR_TRAVEL_PERMIT(3, "MINOR_TRAVEL_PERMIT", "MINOR_TRAVEL_PERMIT"),

	/**
	 * The '<em><b>RESIDENCE PERMIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENCE_PERMIT_VALUE
	 * @generated
	 * @ordered
	 */
	RESIDENCE_PERMIT(4, "RESIDENCE_PERMIT", "RESIDENCE_PERMIT"),

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
	 * The '<em><b>NATIONAL ID CARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_ID_CARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_ID_CARD_VALUE = 1;

	/**
	 * The '<em><b>BIRTH CERTIFICATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRTH_CERTIFICATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BIRTH_CERTIFICATE_VALUE = 2;

	/**
	 * The '<em><b>MINOR TRAVEL PERMIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A permit for minors to travel, such as Mexico's Formato SAM or Costa Rica's exit permit for minors.
	 * <!-- end-model-doc -->
	 * @see #MINOR_TRAVEL_PERMIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINOR_TRAVEL_PERMIT_VALUE = 3;

	/**
	 * The '<em><b>RESIDENCE PERMIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENCE_PERMIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESIDENCE_PERMIT_VALUE = 4;

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
	 * An array of all the '<em><b>Document Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DocumentKind[] VALUES_ARRAY =
		new DocumentKind[] {
			PASSPORT,
			NATIONAL_ID_CARD,
			BIRTH_CERTIFICATE,
			MINOR_TRAVEL_PERMIT,
			RESIDENCE_PERMIT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Document Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DocumentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Document Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DocumentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Document Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DocumentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Document Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentKind get(int value) {
		switch (value) {
			case PASSPORT_VALUE: return PASSPORT;
			case NATIONAL_ID_CARD_VALUE: return NATIONAL_ID_CARD;
			case BIRTH_CERTIFICATE_VALUE: return BIRTH_CERTIFICATE;
			case MINOR_TRAVEL_PERMIT_VALUE: return MINOR_TRAVEL_PERMIT;
			case RESIDENCE_PERMIT_VALUE: return RESIDENCE_PERMIT;
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
	private DocumentKind(int value, String name, String literal) {
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
	
} //DocumentKind
