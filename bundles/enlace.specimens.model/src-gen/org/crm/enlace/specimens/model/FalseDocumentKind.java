/**
 */
package org.crm.enlace.specimens.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>False Document Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.specimens.model.SpecimensPackage#getFalseDocumentKind()
 * @model
 * @generated
 */
public enum FalseDocumentKind implements Enumerator {
	/**
	 * The '<em><b>COUNTERFEIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reproduction of a genuine document.
	 * <!-- end-model-doc -->
	 * @see #COUNTERFEIT_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTERFEIT(0, "COUNTERFEIT", "COUNTERFEIT"),

	/**
	 * The '<em><b>FORGERY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A genuine document altered.
	 * <!-- end-model-doc -->
	 * @see #FORGERY_VALUE
	 * @generated
	 * @ordered
	 */
	FORGERY(1, "FORGERY", "FORGERY"),

	/**
	 * The '<em><b>FRAUDULENTLY OBTAINED GENUINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRAUDULENTLY_OBTAINED_GENUINE_VALUE
	 * @generated
	 * @ordered
	 */
	FRAUDULENTLY_OBTAINED_GENUINE(2, "FRAUDULENTLY_OBTAINED_GENUINE", "FRAUDULENTLY_OBTAINED_GENUINE"),

	/**
	 * The '<em><b>IMPOSTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A genuine document used by someone who is not its holder.
	 * <!-- end-model-doc -->
	 * @see #IMPOSTOR_VALUE
	 * @generated
	 * @ordered
	 */
	IMPOSTOR(3, "IMPOSTOR", "IMPOSTOR");

	/**
	 * The '<em><b>COUNTERFEIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reproduction of a genuine document.
	 * <!-- end-model-doc -->
	 * @see #COUNTERFEIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNTERFEIT_VALUE = 0;

	/**
	 * The '<em><b>FORGERY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A genuine document altered.
	 * <!-- end-model-doc -->
	 * @see #FORGERY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORGERY_VALUE = 1;

	/**
	 * The '<em><b>FRAUDULENTLY OBTAINED GENUINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRAUDULENTLY_OBTAINED_GENUINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FRAUDULENTLY_OBTAINED_GENUINE_VALUE = 2;

	/**
	 * The '<em><b>IMPOSTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A genuine document used by someone who is not its holder.
	 * <!-- end-model-doc -->
	 * @see #IMPOSTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPOSTOR_VALUE = 3;

	/**
	 * An array of all the '<em><b>False Document Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FalseDocumentKind[] VALUES_ARRAY =
		new FalseDocumentKind[] {
			COUNTERFEIT,
			FORGERY,
			FRAUDULENTLY_OBTAINED_GENUINE,
			IMPOSTOR,
		};

	/**
	 * A public read-only list of all the '<em><b>False Document Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FalseDocumentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>False Document Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FalseDocumentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FalseDocumentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>False Document Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FalseDocumentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FalseDocumentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>False Document Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FalseDocumentKind get(int value) {
		switch (value) {
			case COUNTERFEIT_VALUE: return COUNTERFEIT;
			case FORGERY_VALUE: return FORGERY;
			case FRAUDULENTLY_OBTAINED_GENUINE_VALUE: return FRAUDULENTLY_OBTAINED_GENUINE;
			case IMPOSTOR_VALUE: return IMPOSTOR;
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
	private FalseDocumentKind(int value, String name, String literal) {
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
	
} //FalseDocumentKind
