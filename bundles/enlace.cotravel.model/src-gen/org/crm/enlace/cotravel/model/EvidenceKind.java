/**
 */
package org.crm.enlace.cotravel.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Evidence Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getEvidenceKind()
 * @model
 * @generated
 */
public enum EvidenceKind implements Enumerator {
	/**
	 * The '<em><b>BIRTH CERTIFICATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRTH_CERTIFICATE_VALUE
	 * @generated
	 * @ordered
	 */
	BIRTH_CERTIFICATE(0, "BIRTH_CERTIFICATE", "BIRTH_CERTIFICATE"),

	/**
	 * The '<em><b>NOTARIZED CONSENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTARIZED_CONSENT_VALUE
	 * @generated
	 * @ordered
	 */
	NOTARIZED_CONSENT(1, "NOTARIZED_CONSENT", "NOTARIZED_CONSENT"),

	/**
	 * The '<em><b>FORMATO SAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mexico's form for the exit of minors (Formato de Salida de Menores).
	 * <!-- end-model-doc -->
	 * @see #FORMATO_SAM_VALUE
	 * @generated
	 * @ordered
	 */
	FORMATO_SAM(2, "FORMATO_SAM", "FORMATO_SAM"),

	/**
	 * The '<em><b>EXIT PERMIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXIT_PERMIT_VALUE
	 * @generated
	 * @ordered
	 */
	EXIT_PERMIT(3, "EXIT_PERMIT", "EXIT_PERMIT"),

	/**
	 * The '<em><b>JUDICIAL AUTHORIZATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUDICIAL_AUTHORIZATION_VALUE
	 * @generated
	 * @ordered
	 */
	JUDICIAL_AUTHORIZATION(4, "JUDICIAL_AUTHORIZATION", "JUDICIAL_AUTHORIZATION"),

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
	 * The '<em><b>BIRTH CERTIFICATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRTH_CERTIFICATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BIRTH_CERTIFICATE_VALUE = 0;

	/**
	 * The '<em><b>NOTARIZED CONSENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTARIZED_CONSENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOTARIZED_CONSENT_VALUE = 1;

	/**
	 * The '<em><b>FORMATO SAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mexico's form for the exit of minors (Formato de Salida de Menores).
	 * <!-- end-model-doc -->
	 * @see #FORMATO_SAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORMATO_SAM_VALUE = 2;

	/**
	 * The '<em><b>EXIT PERMIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXIT_PERMIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXIT_PERMIT_VALUE = 3;

	/**
	 * The '<em><b>JUDICIAL AUTHORIZATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUDICIAL_AUTHORIZATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JUDICIAL_AUTHORIZATION_VALUE = 4;

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
	 * An array of all the '<em><b>Evidence Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvidenceKind[] VALUES_ARRAY =
		new EvidenceKind[] {
			BIRTH_CERTIFICATE,
			NOTARIZED_CONSENT,
			FORMATO_SAM,
			EXIT_PERMIT,
			JUDICIAL_AUTHORIZATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Evidence Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvidenceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind get(int value) {
		switch (value) {
			case BIRTH_CERTIFICATE_VALUE: return BIRTH_CERTIFICATE;
			case NOTARIZED_CONSENT_VALUE: return NOTARIZED_CONSENT;
			case FORMATO_SAM_VALUE: return FORMATO_SAM;
			case EXIT_PERMIT_VALUE: return EXIT_PERMIT;
			case JUDICIAL_AUTHORIZATION_VALUE: return JUDICIAL_AUTHORIZATION;
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
	private EvidenceKind(int value, String name, String literal) {
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
	
} //EvidenceKind
