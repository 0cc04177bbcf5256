/**
 */
package org.crm.enlace.cotravel.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.cotravel.model.ClaimedRelationship;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.CoTravelPackage;
import org.crm.enlace.cotravel.model.Direction;
import org.crm.enlace.cotravel.model.Evidence;
import org.crm.enlace.cotravel.model.FollowUpAction;
import org.crm.enlace.cotravel.model.Outcome;
import org.crm.enlace.cotravel.model.TravelMode;
import org.crm.enlace.cotravel.model.TravellingAdult;
import org.crm.enlace.cotravel.model.TravellingChild;

import org.crm.enlace.model.impl.RecordImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Alert</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getCrossingId <em>Crossing Id</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getAirportCode <em>Airport Code</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getPlaceName <em>Place Name</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getCarrier <em>Carrier</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getFlightOrRoute <em>Flight Or Route</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getAdults <em>Adults</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getObservations <em>Observations</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl#getFollowUps <em>Follow Ups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CoTravelAlertImpl extends RecordImpl implements CoTravelAlert {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected String time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrossingId() <em>Crossing Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossingId()
	 * @generated
	 * @ordered
	 */
	protected static final String CROSSING_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCrossingId() <em>Crossing Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossingId()
	 * @generated
	 * @ordered
	 */
	protected String crossingId = CROSSING_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAirportCode() <em>Airport Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAirportCode()
	 * @generated
	 * @ordered
	 */
	protected static final String AIRPORT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAirportCode() <em>Airport Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAirportCode()
	 * @generated
	 * @ordered
	 */
	protected String airportCode = AIRPORT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlaceName() <em>Place Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaceName()
	 * @generated
	 * @ordered
	 */
	protected static final String PLACE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlaceName() <em>Place Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaceName()
	 * @generated
	 * @ordered
	 */
	protected String placeName = PLACE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.ENTRY;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final TravelMode MODE_EDEFAULT = TravelMode.AIR;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected TravelMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCarrier() <em>Carrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarrier()
	 * @generated
	 * @ordered
	 */
	protected static final String CARRIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCarrier() <em>Carrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarrier()
	 * @generated
	 * @ordered
	 */
	protected String carrier = CARRIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlightOrRoute() <em>Flight Or Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlightOrRoute()
	 * @generated
	 * @ordered
	 */
	protected static final String FLIGHT_OR_ROUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlightOrRoute() <em>Flight Or Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlightOrRoute()
	 * @generated
	 * @ordered
	 */
	protected String flightOrRoute = FLIGHT_OR_ROUTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAdults() <em>Adults</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdults()
	 * @generated
	 * @ordered
	 */
	protected EList<TravellingAdult> adults;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<TravellingChild> children;

	/**
	 * The cached value of the '{@link #getRelationships() <em>Relationships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationships()
	 * @generated
	 * @ordered
	 */
	protected EList<ClaimedRelationship> relationships;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<String> indicators;

	/**
	 * The default value of the '{@link #getObservations() <em>Observations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservations()
	 * @generated
	 * @ordered
	 */
	protected static final String OBSERVATIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservations() <em>Observations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservations()
	 * @generated
	 * @ordered
	 */
	protected String observations = OBSERVATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final Outcome OUTCOME_EDEFAULT = Outcome.ALLOWED;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected Outcome outcome = OUTCOME_EDEFAULT;

	/**
	 * This is true if the Outcome attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean outcomeESet;

	/**
	 * The cached value of the '{@link #getFollowUps() <em>Follow Ups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUps()
	 * @generated
	 * @ordered
	 */
	protected EList<FollowUpAction> followUps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CoTravelAlertImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoTravelPackage.Literals.CO_TRAVEL_ALERT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(String newTime) {
		String oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCrossingId() {
		return crossingId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrossingId(String newCrossingId) {
		String oldCrossingId = crossingId;
		crossingId = newCrossingId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__CROSSING_ID, oldCrossingId, crossingId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAirportCode() {
		return airportCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAirportCode(String newAirportCode) {
		String oldAirportCode = airportCode;
		airportCode = newAirportCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__AIRPORT_CODE, oldAirportCode, airportCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlaceName() {
		return placeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlaceName(String newPlaceName) {
		String oldPlaceName = placeName;
		placeName = newPlaceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__PLACE_NAME, oldPlaceName, placeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TravelMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(TravelMode newMode) {
		TravelMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCarrier() {
		return carrier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarrier(String newCarrier) {
		String oldCarrier = carrier;
		carrier = newCarrier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__CARRIER, oldCarrier, carrier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFlightOrRoute() {
		return flightOrRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlightOrRoute(String newFlightOrRoute) {
		String oldFlightOrRoute = flightOrRoute;
		flightOrRoute = newFlightOrRoute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__FLIGHT_OR_ROUTE, oldFlightOrRoute, flightOrRoute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TravellingAdult> getAdults() {
		if (adults == null) {
			adults = new EObjectContainmentEList<TravellingAdult>(TravellingAdult.class, this, CoTravelPackage.CO_TRAVEL_ALERT__ADULTS);
		}
		return adults;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TravellingChild> getChildren() {
		if (children == null) {
			children = new EObjectContainmentEList<TravellingChild>(TravellingChild.class, this, CoTravelPackage.CO_TRAVEL_ALERT__CHILDREN);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClaimedRelationship> getRelationships() {
		if (relationships == null) {
			relationships = new EObjectContainmentEList<ClaimedRelationship>(ClaimedRelationship.class, this, CoTravelPackage.CO_TRAVEL_ALERT__RELATIONSHIPS);
		}
		return relationships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, CoTravelPackage.CO_TRAVEL_ALERT__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIndicators() {
		if (indicators == null) {
			indicators = new EDataTypeUniqueEList<String>(String.class, this, CoTravelPackage.CO_TRAVEL_ALERT__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObservations() {
		return observations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservations(String newObservations) {
		String oldObservations = observations;
		observations = newObservations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__OBSERVATIONS, oldObservations, observations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(Outcome newOutcome) {
		Outcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		boolean oldOutcomeESet = outcomeESet;
		outcomeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CO_TRAVEL_ALERT__OUTCOME, oldOutcome, outcome, !oldOutcomeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOutcome() {
		Outcome oldOutcome = outcome;
		boolean oldOutcomeESet = outcomeESet;
		outcome = OUTCOME_EDEFAULT;
		outcomeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CoTravelPackage.CO_TRAVEL_ALERT__OUTCOME, oldOutcome, OUTCOME_EDEFAULT, oldOutcomeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOutcome() {
		return outcomeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FollowUpAction> getFollowUps() {
		if (followUps == null) {
			followUps = new EObjectContainmentEList<FollowUpAction>(FollowUpAction.class, this, CoTravelPackage.CO_TRAVEL_ALERT__FOLLOW_UPS);
		}
		return followUps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoTravelPackage.CO_TRAVEL_ALERT__ADULTS:
				return ((InternalEList<?>)getAdults()).basicRemove(otherEnd, msgs);
			case CoTravelPackage.CO_TRAVEL_ALERT__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case CoTravelPackage.CO_TRAVEL_ALERT__RELATIONSHIPS:
				return ((InternalEList<?>)getRelationships()).basicRemove(otherEnd, msgs);
			case CoTravelPackage.CO_TRAVEL_ALERT__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case CoTravelPackage.CO_TRAVEL_ALERT__FOLLOW_UPS:
				return ((InternalEList<?>)getFollowUps()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoTravelPackage.CO_TRAVEL_ALERT__DATE:
				return getDate();
			case CoTravelPackage.CO_TRAVEL_ALERT__TIME:
				return getTime();
			case CoTravelPackage.CO_TRAVEL_ALERT__COUNTRY:
				return getCountry();
			case CoTravelPackage.CO_TRAVEL_ALERT__CROSSING_ID:
				return getCrossingId();
			case CoTravelPackage.CO_TRAVEL_ALERT__AIRPORT_CODE:
				return getAirportCode();
			case CoTravelPackage.CO_TRAVEL_ALERT__PLACE_NAME:
				return getPlaceName();
			case CoTravelPackage.CO_TRAVEL_ALERT__DIRECTION:
				return getDirection();
			case CoTravelPackage.CO_TRAVEL_ALERT__MODE:
				return getMode();
			case CoTravelPackage.CO_TRAVEL_ALERT__CARRIER:
				return getCarrier();
			case CoTravelPackage.CO_TRAVEL_ALERT__FLIGHT_OR_ROUTE:
				return getFlightOrRoute();
			case CoTravelPackage.CO_TRAVEL_ALERT__ADULTS:
				return getAdults();
			case CoTravelPackage.CO_TRAVEL_ALERT__CHILDREN:
				return getChildren();
			case CoTravelPackage.CO_TRAVEL_ALERT__RELATIONSHIPS:
				return getRelationships();
			case CoTravelPackage.CO_TRAVEL_ALERT__EVIDENCE:
				return getEvidence();
			case CoTravelPackage.CO_TRAVEL_ALERT__INDICATORS:
				return getIndicators();
			case CoTravelPackage.CO_TRAVEL_ALERT__OBSERVATIONS:
				return getObservations();
			case CoTravelPackage.CO_TRAVEL_ALERT__OUTCOME:
				return getOutcome();
			case CoTravelPackage.CO_TRAVEL_ALERT__FOLLOW_UPS:
				return getFollowUps();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoTravelPackage.CO_TRAVEL_ALERT__DATE:
				setDate((LocalDate)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__TIME:
				setTime((String)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__COUNTRY:
				setCountry((String)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__CROSSING_ID:
				setCrossingId((String)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__AIRPORT_CODE:
				setAirportCode((String)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__PLACE_NAME:
				setPlaceName((String)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__MODE:
				setMode((TravelMode)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__CARRIER:
				setCarrier((String)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__FLIGHT_OR_ROUTE:
				setFlightOrRoute((String)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__ADULTS:
				getAdults().clear();
				getAdults().addAll((Collection<? extends TravellingAdult>)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends TravellingChild>)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__RELATIONSHIPS:
				getRelationships().clear();
				getRelationships().addAll((Collection<? extends ClaimedRelationship>)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends String>)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__OBSERVATIONS:
				setObservations((String)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__OUTCOME:
				setOutcome((Outcome)newValue);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__FOLLOW_UPS:
				getFollowUps().clear();
				getFollowUps().addAll((Collection<? extends FollowUpAction>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CoTravelPackage.CO_TRAVEL_ALERT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__CROSSING_ID:
				setCrossingId(CROSSING_ID_EDEFAULT);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__AIRPORT_CODE:
				setAirportCode(AIRPORT_CODE_EDEFAULT);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__PLACE_NAME:
				setPlaceName(PLACE_NAME_EDEFAULT);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__CARRIER:
				setCarrier(CARRIER_EDEFAULT);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__FLIGHT_OR_ROUTE:
				setFlightOrRoute(FLIGHT_OR_ROUTE_EDEFAULT);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__ADULTS:
				getAdults().clear();
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__CHILDREN:
				getChildren().clear();
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__RELATIONSHIPS:
				getRelationships().clear();
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__EVIDENCE:
				getEvidence().clear();
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__INDICATORS:
				getIndicators().clear();
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__OBSERVATIONS:
				setObservations(OBSERVATIONS_EDEFAULT);
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__OUTCOME:
				unsetOutcome();
				return;
			case CoTravelPackage.CO_TRAVEL_ALERT__FOLLOW_UPS:
				getFollowUps().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CoTravelPackage.CO_TRAVEL_ALERT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CoTravelPackage.CO_TRAVEL_ALERT__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case CoTravelPackage.CO_TRAVEL_ALERT__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case CoTravelPackage.CO_TRAVEL_ALERT__CROSSING_ID:
				return CROSSING_ID_EDEFAULT == null ? crossingId != null : !CROSSING_ID_EDEFAULT.equals(crossingId);
			case CoTravelPackage.CO_TRAVEL_ALERT__AIRPORT_CODE:
				return AIRPORT_CODE_EDEFAULT == null ? airportCode != null : !AIRPORT_CODE_EDEFAULT.equals(airportCode);
			case CoTravelPackage.CO_TRAVEL_ALERT__PLACE_NAME:
				return PLACE_NAME_EDEFAULT == null ? placeName != null : !PLACE_NAME_EDEFAULT.equals(placeName);
			case CoTravelPackage.CO_TRAVEL_ALERT__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case CoTravelPackage.CO_TRAVEL_ALERT__MODE:
				return mode != MODE_EDEFAULT;
			case CoTravelPackage.CO_TRAVEL_ALERT__CARRIER:
				return CARRIER_EDEFAULT == null ? carrier != null : !CARRIER_EDEFAULT.equals(carrier);
			case CoTravelPackage.CO_TRAVEL_ALERT__FLIGHT_OR_ROUTE:
				return FLIGHT_OR_ROUTE_EDEFAULT == null ? flightOrRoute != null : !FLIGHT_OR_ROUTE_EDEFAULT.equals(flightOrRoute);
			case CoTravelPackage.CO_TRAVEL_ALERT__ADULTS:
				return adults != null && !adults.isEmpty();
			case CoTravelPackage.CO_TRAVEL_ALERT__CHILDREN:
				return children != null && !children.isEmpty();
			case CoTravelPackage.CO_TRAVEL_ALERT__RELATIONSHIPS:
				return relationships != null && !relationships.isEmpty();
			case CoTravelPackage.CO_TRAVEL_ALERT__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case CoTravelPackage.CO_TRAVEL_ALERT__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case CoTravelPackage.CO_TRAVEL_ALERT__OBSERVATIONS:
				return OBSERVATIONS_EDEFAULT == null ? observations != null : !OBSERVATIONS_EDEFAULT.equals(observations);
			case CoTravelPackage.CO_TRAVEL_ALERT__OUTCOME:
				return isSetOutcome();
			case CoTravelPackage.CO_TRAVEL_ALERT__FOLLOW_UPS:
				return followUps != null && !followUps.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (date: ");
		result.append(date);
		result.append(", time: ");
		result.append(time);
		result.append(", country: ");
		result.append(country);
		result.append(", crossingId: ");
		result.append(crossingId);
		result.append(", airportCode: ");
		result.append(airportCode);
		result.append(", placeName: ");
		result.append(placeName);
		result.append(", direction: ");
		result.append(direction);
		result.append(", mode: ");
		result.append(mode);
		result.append(", carrier: ");
		result.append(carrier);
		result.append(", flightOrRoute: ");
		result.append(flightOrRoute);
		result.append(", indicators: ");
		result.append(indicators);
		result.append(", observations: ");
		result.append(observations);
		result.append(", outcome: ");
		if (outcomeESet) result.append(outcome); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //CoTravelAlertImpl
