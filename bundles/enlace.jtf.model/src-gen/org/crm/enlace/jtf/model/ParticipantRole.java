/**
 */
package org.crm.enlace.jtf.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Participant Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.jtf.model.JtfPackage#getParticipantRole()
 * @model
 * @generated
 */
public enum ParticipantRole implements Enumerator {
	/**
	 * The '<em><b>CHAIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIR_VALUE
	 * @generated
	 * @ordered
	 */
	CHAIR(0, "CHAIR", "CHAIR"),

	/**
	 * The '<em><b>DELEGATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELEGATE_VALUE
	 * @generated
	 * @ordered
	 */
	DELEGATE(1, "DELEGATE", "DELEGATE"),

	/**
	 * The '<em><b>NETWORK REPRESENTATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_REPRESENTATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK_REPRESENTATIVE(2, "NETWORK_REPRESENTATIVE", "NETWORK_REPRESENTATIVE"),

	/**
	 * The '<em><b>SECRETARIAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETARIAT_VALUE
	 * @generated
	 * @ordered
	 */
	SECRETARIAT(3, "SECRETARIAT", "SECRETARIAT"),

	/**
	 * The '<em><b>OBSERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVER_VALUE
	 * @generated
	 * @ordered
	 */
	OBSERVER(4, "OBSERVER", "OBSERVER");

	/**
	 * The '<em><b>CHAIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHAIR_VALUE = 0;

	/**
	 * The '<em><b>DELEGATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELEGATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELEGATE_VALUE = 1;

	/**
	 * The '<em><b>NETWORK REPRESENTATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_REPRESENTATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_REPRESENTATIVE_VALUE = 2;

	/**
	 * The '<em><b>SECRETARIAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETARIAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECRETARIAT_VALUE = 3;

	/**
	 * The '<em><b>OBSERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OBSERVER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Participant Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ParticipantRole[] VALUES_ARRAY =
		new ParticipantRole[] {
			CHAIR,
			DELEGATE,
			NETWORK_REPRESENTATIVE,
			SECRETARIAT,
			OBSERVER,
		};

	/**
	 * A public read-only list of all the '<em><b>Participant Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ParticipantRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Participant Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParticipantRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ParticipantRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Participant Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParticipantRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ParticipantRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Participant Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParticipantRole get(int value) {
		switch (value) {
			case CHAIR_VALUE: return CHAIR;
			case DELEGATE_VALUE: return DELEGATE;
			case NETWORK_REPRESENTATIVE_VALUE: return NETWORK_REPRESENTATIVE;
			case SECRETARIAT_VALUE: return SECRETARIAT;
			case OBSERVER_VALUE: return OBSERVER;
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
	private ParticipantRole(int value, String name, String literal) {
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
	
} //ParticipantRole
