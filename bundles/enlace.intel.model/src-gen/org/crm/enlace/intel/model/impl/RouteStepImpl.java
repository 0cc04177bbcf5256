/**
 */
package org.crm.enlace.intel.model.impl;

import org.crm.enlace.intel.model.IntelPackage;
import org.crm.enlace.intel.model.RouteStep;
import org.crm.enlace.intel.model.StepKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Route Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.intel.model.impl.RouteStepImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.RouteStepImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.RouteStepImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.RouteStepImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.RouteStepImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.RouteStepImpl#getTransportToNext <em>Transport To Next</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RouteStepImpl extends MinimalEObjectImpl.Container implements RouteStep {
	/**
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final String PLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected String place = PLACE_EDEFAULT;

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
	 * The default value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected static final double LATITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected double latitude = LATITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected static final double LONGITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected double longitude = LONGITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final StepKind KIND_EDEFAULT = StepKind.ORIGIN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected StepKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransportToNext() <em>Transport To Next</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransportToNext()
	 * @generated
	 * @ordered
	 */
	protected static final String TRANSPORT_TO_NEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTransportToNext() <em>Transport To Next</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransportToNext()
	 * @generated
	 * @ordered
	 */
	protected String transportToNext = TRANSPORT_TO_NEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RouteStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntelPackage.Literals.ROUTE_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(String newPlace) {
		String oldPlace = place;
		place = newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.ROUTE_STEP__PLACE, oldPlace, place));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.ROUTE_STEP__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLatitude() {
		return latitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatitude(double newLatitude) {
		double oldLatitude = latitude;
		latitude = newLatitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.ROUTE_STEP__LATITUDE, oldLatitude, latitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLongitude() {
		return longitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLongitude(double newLongitude) {
		double oldLongitude = longitude;
		longitude = newLongitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.ROUTE_STEP__LONGITUDE, oldLongitude, longitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(StepKind newKind) {
		StepKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.ROUTE_STEP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTransportToNext() {
		return transportToNext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransportToNext(String newTransportToNext) {
		String oldTransportToNext = transportToNext;
		transportToNext = newTransportToNext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.ROUTE_STEP__TRANSPORT_TO_NEXT, oldTransportToNext, transportToNext));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntelPackage.ROUTE_STEP__PLACE:
				return getPlace();
			case IntelPackage.ROUTE_STEP__COUNTRY:
				return getCountry();
			case IntelPackage.ROUTE_STEP__LATITUDE:
				return getLatitude();
			case IntelPackage.ROUTE_STEP__LONGITUDE:
				return getLongitude();
			case IntelPackage.ROUTE_STEP__KIND:
				return getKind();
			case IntelPackage.ROUTE_STEP__TRANSPORT_TO_NEXT:
				return getTransportToNext();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case IntelPackage.ROUTE_STEP__PLACE:
				setPlace((String)newValue);
				return;
			case IntelPackage.ROUTE_STEP__COUNTRY:
				setCountry((String)newValue);
				return;
			case IntelPackage.ROUTE_STEP__LATITUDE:
				setLatitude((Double)newValue);
				return;
			case IntelPackage.ROUTE_STEP__LONGITUDE:
				setLongitude((Double)newValue);
				return;
			case IntelPackage.ROUTE_STEP__KIND:
				setKind((StepKind)newValue);
				return;
			case IntelPackage.ROUTE_STEP__TRANSPORT_TO_NEXT:
				setTransportToNext((String)newValue);
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
			case IntelPackage.ROUTE_STEP__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case IntelPackage.ROUTE_STEP__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case IntelPackage.ROUTE_STEP__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case IntelPackage.ROUTE_STEP__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case IntelPackage.ROUTE_STEP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case IntelPackage.ROUTE_STEP__TRANSPORT_TO_NEXT:
				setTransportToNext(TRANSPORT_TO_NEXT_EDEFAULT);
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
			case IntelPackage.ROUTE_STEP__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case IntelPackage.ROUTE_STEP__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case IntelPackage.ROUTE_STEP__LATITUDE:
				return latitude != LATITUDE_EDEFAULT;
			case IntelPackage.ROUTE_STEP__LONGITUDE:
				return longitude != LONGITUDE_EDEFAULT;
			case IntelPackage.ROUTE_STEP__KIND:
				return kind != KIND_EDEFAULT;
			case IntelPackage.ROUTE_STEP__TRANSPORT_TO_NEXT:
				return TRANSPORT_TO_NEXT_EDEFAULT == null ? transportToNext != null : !TRANSPORT_TO_NEXT_EDEFAULT.equals(transportToNext);
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
		result.append(" (place: ");
		result.append(place);
		result.append(", country: ");
		result.append(country);
		result.append(", latitude: ");
		result.append(latitude);
		result.append(", longitude: ");
		result.append(longitude);
		result.append(", kind: ");
		result.append(kind);
		result.append(", transportToNext: ");
		result.append(transportToNext);
		result.append(')');
		return result.toString();
	}

} //RouteStepImpl
