/**
 */
package org.crm.enlace.campaigns.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a campaign reaches people.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getChannel()
 * @model
 * @generated
 */
public enum Channel implements Enumerator {
	/**
	 * The '<em><b>RADIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RADIO_VALUE
	 * @generated
	 * @ordered
	 */
	RADIO(0, "RADIO", "RADIO"),

	/**
	 * The '<em><b>TELEVISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TELEVISION_VALUE
	 * @generated
	 * @ordered
	 */
	TELEVISION(1, "TELEVISION", "TELEVISION"),

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_MEDIA(2, "SOCIAL_MEDIA", "SOCIAL_MEDIA"),

	/**
	 * The '<em><b>POSTERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTERS_VALUE
	 * @generated
	 * @ordered
	 */
	POSTERS(3, "POSTERS", "POSTERS"),

	/**
	 * The '<em><b>COMMUNITY EVENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_EVENTS_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_EVENTS(4, "COMMUNITY_EVENTS", "COMMUNITY_EVENTS"),

	/**
	 * The '<em><b>PRESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESS_VALUE
	 * @generated
	 * @ordered
	 */
	PRESS(5, "PRESS", "PRESS"),

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
	 * The '<em><b>RADIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RADIO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RADIO_VALUE = 0;

	/**
	 * The '<em><b>TELEVISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TELEVISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TELEVISION_VALUE = 1;

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MEDIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_MEDIA_VALUE = 2;

	/**
	 * The '<em><b>POSTERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POSTERS_VALUE = 3;

	/**
	 * The '<em><b>COMMUNITY EVENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_EVENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_EVENTS_VALUE = 4;

	/**
	 * The '<em><b>PRESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESS_VALUE = 5;

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
	 * An array of all the '<em><b>Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Channel[] VALUES_ARRAY =
		new Channel[] {
			RADIO,
			TELEVISION,
			SOCIAL_MEDIA,
			POSTERS,
			COMMUNITY_EVENTS,
			PRESS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Channel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Channel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Channel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel get(int value) {
		switch (value) {
			case RADIO_VALUE: return RADIO;
			case TELEVISION_VALUE: return TELEVISION;
			case SOCIAL_MEDIA_VALUE: return SOCIAL_MEDIA;
			case POSTERS_VALUE: return POSTERS;
			case COMMUNITY_EVENTS_VALUE: return COMMUNITY_EVENTS;
			case PRESS_VALUE: return PRESS;
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
	private Channel(int value, String name, String literal) {
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
	
} //Channel
