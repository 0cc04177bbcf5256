/**
 */
package org.crm.enlace.plan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Timeline Anchor</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.plan.model.PlanPackage#getTimelineAnchor()
 * @model
 * @generated
 */
public enum TimelineAnchor implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>PLAN APPROVAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN_APPROVAL_VALUE
	 * @generated
	 * @ordered
	 */
	PLAN_APPROVAL(1, "PLAN_APPROVAL", "PLAN_APPROVAL"),

	/**
	 * The '<em><b>PRIVATE SPACE APPROVAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_SPACE_APPROVAL_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE_SPACE_APPROVAL(2, "PRIVATE_SPACE_APPROVAL", "PRIVATE_SPACE_APPROVAL");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>PLAN APPROVAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN_APPROVAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLAN_APPROVAL_VALUE = 1;

	/**
	 * The '<em><b>PRIVATE SPACE APPROVAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_SPACE_APPROVAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_SPACE_APPROVAL_VALUE = 2;

	/**
	 * An array of all the '<em><b>Timeline Anchor</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TimelineAnchor[] VALUES_ARRAY =
		new TimelineAnchor[] {
			NONE,
			PLAN_APPROVAL,
			PRIVATE_SPACE_APPROVAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Timeline Anchor</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TimelineAnchor> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Timeline Anchor</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimelineAnchor get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TimelineAnchor result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Timeline Anchor</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimelineAnchor getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TimelineAnchor result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Timeline Anchor</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimelineAnchor get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case PLAN_APPROVAL_VALUE: return PLAN_APPROVAL;
			case PRIVATE_SPACE_APPROVAL_VALUE: return PRIVATE_SPACE_APPROVAL;
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
	private TimelineAnchor(int value, String name, String literal) {
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
	
} //TimelineAnchor
