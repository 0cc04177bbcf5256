/**
 */
package org.crm.enlace.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Organization Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.model.EnlacePackage#getOrganizationKind()
 * @model
 * @generated
 */
public enum OrganizationKind implements Enumerator {
	/**
	 * The '<em><b>MIGRATION AUTHORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATION_AUTHORITY_VALUE
	 * @generated
	 * @ordered
	 */
	MIGRATION_AUTHORITY(0, "MIGRATION_AUTHORITY", "MIGRATION_AUTHORITY"),

	/**
	 * The '<em><b>POLICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICE(1, "POLICE", "POLICE"),

	/**
	 * The '<em><b>PROSECUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROSECUTION_VALUE
	 * @generated
	 * @ordered
	 */
	PROSECUTION(2, "PROSECUTION", "PROSECUTION"),

	/**
	 * The '<em><b>CHILD PROTECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_PROTECTION_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD_PROTECTION(3, "CHILD_PROTECTION", "CHILD_PROTECTION"),

	/**
	 * The '<em><b>FOREIGN AFFAIRS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOREIGN_AFFAIRS_VALUE
	 * @generated
	 * @ordered
	 */
	FOREIGN_AFFAIRS(4, "FOREIGN_AFFAIRS", "FOREIGN_AFFAIRS"),

	/**
	 * The '<em><b>VICTIM SERVICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICTIM_SERVICES_VALUE
	 * @generated
	 * @ordered
	 */
	VICTIM_SERVICES(5, "VICTIM_SERVICES", "VICTIM_SERVICES"),

	/**
	 * The '<em><b>INTERNATIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNATIONAL(6, "INTERNATIONAL", "INTERNATIONAL"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>MIGRATION AUTHORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATION_AUTHORITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MIGRATION_AUTHORITY_VALUE = 0;

	/**
	 * The '<em><b>POLICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICE_VALUE = 1;

	/**
	 * The '<em><b>PROSECUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROSECUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROSECUTION_VALUE = 2;

	/**
	 * The '<em><b>CHILD PROTECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_PROTECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_PROTECTION_VALUE = 3;

	/**
	 * The '<em><b>FOREIGN AFFAIRS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOREIGN_AFFAIRS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOREIGN_AFFAIRS_VALUE = 4;

	/**
	 * The '<em><b>VICTIM SERVICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICTIM_SERVICES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VICTIM_SERVICES_VALUE = 5;

	/**
	 * The '<em><b>INTERNATIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERNATIONAL_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganizationKind[] VALUES_ARRAY =
		new OrganizationKind[] {
			MIGRATION_AUTHORITY,
			POLICE,
			PROSECUTION,
			CHILD_PROTECTION,
			FOREIGN_AFFAIRS,
			VICTIM_SERVICES,
			INTERNATIONAL,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganizationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(int value) {
		switch (value) {
			case MIGRATION_AUTHORITY_VALUE: return MIGRATION_AUTHORITY;
			case POLICE_VALUE: return POLICE;
			case PROSECUTION_VALUE: return PROSECUTION;
			case CHILD_PROTECTION_VALUE: return CHILD_PROTECTION;
			case FOREIGN_AFFAIRS_VALUE: return FOREIGN_AFFAIRS;
			case VICTIM_SERVICES_VALUE: return VICTIM_SERVICES;
			case INTERNATIONAL_VALUE: return INTERNATIONAL;
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
	private OrganizationKind(int value, String name, String literal) {
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
	
} //OrganizationKind
