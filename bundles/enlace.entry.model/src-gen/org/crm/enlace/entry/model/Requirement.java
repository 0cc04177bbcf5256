/**
 */
package org.crm.enlace.entry.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Requirement</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a traveller needs to be admitted.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.entry.model.EntryPackage#getRequirement()
 * @model
 * @generated
 */
public enum Requirement implements Enumerator {
	/**
	 * The '<em><b>VISA REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A visa obtained before travel (from a consulate).
	 * <!-- end-model-doc -->
	 * @see #VISA_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	VISA_REQUIRED(0, "VISA_REQUIRED", "VISA_REQUIRED"),

	/**
	 * The '<em><b>EVISA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A visa applied for and issued online.
	 * <!-- end-model-doc -->
	 * @see #EVISA_VALUE
	 * @generated
	 * @ordered
	 */
	EVISA(1, "E_VISA", "E_VISA"),

	/**
	 * The '<em><b>ETA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An electronic travel authorization (such as the United States' ESTA or Canada's eTA).
	 * <!-- end-model-doc -->
	 * @see #ETA_VALUE
	 * @generated
	 * @ordered
	 */
	ETA(2, "ETA", "ETA"),

	/**
	 * The '<em><b>VISA ON ARRIVAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISA_ON_ARRIVAL_VALUE
	 * @generated
	 * @ordered
	 */
	VISA_ON_ARRIVAL(3, "VISA_ON_ARRIVAL", "VISA_ON_ARRIVAL"),

	/**
	 * The '<em><b>VISA FREE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No visa, for at most maxStayDays when given.
	 * <!-- end-model-doc -->
	 * @see #VISA_FREE_VALUE
	 * @generated
	 * @ordered
	 */
	VISA_FREE(4, "VISA_FREE", "VISA_FREE"),

	/**
	 * The '<em><b>NATIONAL ID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entry on the national identity card, as between the CA-4 countries (Convenio Centroamericano de Libre Movilidad, 2006).
	 * <!-- end-model-doc -->
	 * @see #NATIONAL_ID_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_ID(5, "NATIONAL_ID", "NATIONAL_ID"),

	/**
	 * The '<em><b>NO ADMISSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_ADMISSION_VALUE
	 * @generated
	 * @ordered
	 */
	NO_ADMISSION(6, "NO_ADMISSION", "NO_ADMISSION"),

	/**
	 * The '<em><b>OWN COUNTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nationals entering their own country.
	 * <!-- end-model-doc -->
	 * @see #OWN_COUNTRY_VALUE
	 * @generated
	 * @ordered
	 */
	OWN_COUNTRY(7, "OWN_COUNTRY", "OWN_COUNTRY");

	/**
	 * The '<em><b>VISA REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A visa obtained before travel (from a consulate).
	 * <!-- end-model-doc -->
	 * @see #VISA_REQUIRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISA_REQUIRED_VALUE = 0;

	/**
	 * The '<em><b>EVISA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A visa applied for and issued online.
	 * <!-- end-model-doc -->
	 * @see #EVISA
	 * @model name="E_VISA"
	 * @generated
	 * @ordered
	 */
	public static final int EVISA_VALUE = 1;

	/**
	 * The '<em><b>ETA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An electronic travel authorization (such as the United States' ESTA or Canada's eTA).
	 * <!-- end-model-doc -->
	 * @see #ETA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ETA_VALUE = 2;

	/**
	 * The '<em><b>VISA ON ARRIVAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISA_ON_ARRIVAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISA_ON_ARRIVAL_VALUE = 3;

	/**
	 * The '<em><b>VISA FREE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No visa, for at most maxStayDays when given.
	 * <!-- end-model-doc -->
	 * @see #VISA_FREE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISA_FREE_VALUE = 4;

	/**
	 * The '<em><b>NATIONAL ID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entry on the national identity card, as between the CA-4 countries (Convenio Centroamericano de Libre Movilidad, 2006).
	 * <!-- end-model-doc -->
	 * @see #NATIONAL_ID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_ID_VALUE = 5;

	/**
	 * The '<em><b>NO ADMISSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_ADMISSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_ADMISSION_VALUE = 6;

	/**
	 * The '<em><b>OWN COUNTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nationals entering their own country.
	 * <!-- end-model-doc -->
	 * @see #OWN_COUNTRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OWN_COUNTRY_VALUE = 7;

	/**
	 * An array of all the '<em><b>Requirement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Requirement[] VALUES_ARRAY =
		new Requirement[] {
			VISA_REQUIRED,
			EVISA,
			ETA,
			VISA_ON_ARRIVAL,
			VISA_FREE,
			NATIONAL_ID,
			NO_ADMISSION,
			OWN_COUNTRY,
		};

	/**
	 * A public read-only list of all the '<em><b>Requirement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Requirement> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Requirement</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Requirement get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Requirement result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Requirement</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Requirement getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Requirement result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Requirement</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Requirement get(int value) {
		switch (value) {
			case VISA_REQUIRED_VALUE: return VISA_REQUIRED;
			case EVISA_VALUE: return EVISA;
			case ETA_VALUE: return ETA;
			case VISA_ON_ARRIVAL_VALUE: return VISA_ON_ARRIVAL;
			case VISA_FREE_VALUE: return VISA_FREE;
			case NATIONAL_ID_VALUE: return NATIONAL_ID;
			case NO_ADMISSION_VALUE: return NO_ADMISSION;
			case OWN_COUNTRY_VALUE: return OWN_COUNTRY;
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
	private Requirement(int value, String name, String literal) {
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
	
} //Requirement
