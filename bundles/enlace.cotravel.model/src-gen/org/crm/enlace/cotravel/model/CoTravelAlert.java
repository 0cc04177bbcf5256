/**
 */
package org.crm.enlace.cotravel.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Alert</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One journey event at one place, owned by the reporting country: who travelled, with which children, what bond was claimed and shown, what the officer saw and decided.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getDate <em>Date</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getTime <em>Time</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getCrossingId <em>Crossing Id</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getAirportCode <em>Airport Code</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getPlaceName <em>Place Name</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getMode <em>Mode</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getCarrier <em>Carrier</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getFlightOrRoute <em>Flight Or Route</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getAdults <em>Adults</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getChildren <em>Children</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getObservations <em>Observations</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.CoTravelAlert#getFollowUps <em>Follow Ups</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert()
 * @model
 * @generated
 */
public interface CoTravelAlert extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day of the event, local to the place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Date()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The local time at the place, HH:MM (ISO 8601, 24 hours); a time at a booth is read on the booth's clock, so no time zone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Time()
	 * @model
	 * @generated
	 */
	String getTime();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the country where the event took place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Country()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Crossing Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Record id of the BorderCrossing (intel's gazetteer places) where it happened; none at an airport that is not in the gazetteer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crossing Id</em>' attribute.
	 * @see #setCrossingId(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_CrossingId()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCrossingId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getCrossingId <em>Crossing Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crossing Id</em>' attribute.
	 * @see #getCrossingId()
	 * @generated
	 */
	void setCrossingId(String value);

	/**
	 * Returns the value of the '<em><b>Airport Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The airport's IATA code (three letters), e.g. GUA.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Airport Code</em>' attribute.
	 * @see #setAirportCode(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_AirportCode()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getAirportCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getAirportCode <em>Airport Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Airport Code</em>' attribute.
	 * @see #getAirportCode()
	 * @generated
	 */
	void setAirportCode(String value);

	/**
	 * Returns the value of the '<em><b>Place Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The place's name as the officer knows it: the crossing's or the airport's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Place Name</em>' attribute.
	 * @see #setPlaceName(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_PlaceName()
	 * @model
	 * @generated
	 */
	String getPlaceName();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getPlaceName <em>Place Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place Name</em>' attribute.
	 * @see #getPlaceName()
	 * @generated
	 */
	void setPlaceName(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.cotravel.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.Direction
	 * @see #setDirection(Direction)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.cotravel.model.TravelMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.TravelMode
	 * @see #setMode(TravelMode)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Mode()
	 * @model
	 * @generated
	 */
	TravelMode getMode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.TravelMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(TravelMode value);

	/**
	 * Returns the value of the '<em><b>Carrier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The airline, bus or shipping company, or the vehicle (e.g. private car).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carrier</em>' attribute.
	 * @see #setCarrier(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Carrier()
	 * @model
	 * @generated
	 */
	String getCarrier();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getCarrier <em>Carrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carrier</em>' attribute.
	 * @see #getCarrier()
	 * @generated
	 */
	void setCarrier(String value);

	/**
	 * Returns the value of the '<em><b>Flight Or Route</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flight Or Route</em>' attribute.
	 * @see #setFlightOrRoute(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_FlightOrRoute()
	 * @model
	 * @generated
	 */
	String getFlightOrRoute();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getFlightOrRoute <em>Flight Or Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flight Or Route</em>' attribute.
	 * @see #getFlightOrRoute()
	 * @generated
	 */
	void setFlightOrRoute(String value);

	/**
	 * Returns the value of the '<em><b>Adults</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.cotravel.model.TravellingAdult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adults</em>' containment reference list.
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Adults()
	 * @model containment="true"
	 * @generated
	 */
	EList<TravellingAdult> getAdults();

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.cotravel.model.TravellingChild}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<TravellingChild> getChildren();

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.cotravel.model.ClaimedRelationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationships</em>' containment reference list.
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Relationships()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClaimedRelationship> getRelationships();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.cotravel.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes of the cotravel-indicator vocabulary (intel's VocabularyTerm records) the officer observed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' attribute list.
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Indicators()
	 * @model
	 * @generated
	 */
	EList<String> getIndicators();

	/**
	 * Returns the value of the '<em><b>Observations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observations</em>' attribute.
	 * @see #setObservations(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Observations()
	 * @model
	 * @generated
	 */
	String getObservations();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getObservations <em>Observations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observations</em>' attribute.
	 * @see #getObservations()
	 * @generated
	 */
	void setObservations(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.cotravel.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unset until decided.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.Outcome
	 * @see #isSetOutcome()
	 * @see #unsetOutcome()
	 * @see #setOutcome(Outcome)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_Outcome()
	 * @model unsettable="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	Outcome getOutcome();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.Outcome
	 * @see #isSetOutcome()
	 * @see #unsetOutcome()
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(Outcome value);

	/**
	 * Unsets the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOutcome()
	 * @see #getOutcome()
	 * @see #setOutcome(Outcome)
	 * @generated
	 */
	void unsetOutcome();

	/**
	 * Returns whether the value of the '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getOutcome <em>Outcome</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Outcome</em>' attribute is set.
	 * @see #unsetOutcome()
	 * @see #getOutcome()
	 * @see #setOutcome(Outcome)
	 * @generated
	 */
	boolean isSetOutcome();

	/**
	 * Returns the value of the '<em><b>Follow Ups</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.cotravel.model.FollowUpAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Ups</em>' containment reference list.
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getCoTravelAlert_FollowUps()
	 * @model containment="true"
	 * @generated
	 */
	EList<FollowUpAction> getFollowUps();

} // CoTravelAlert
