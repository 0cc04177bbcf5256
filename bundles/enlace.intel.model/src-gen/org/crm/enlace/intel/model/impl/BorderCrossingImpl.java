/**
 */
package org.crm.enlace.intel.model.impl;

import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.CrossingKind;
import org.crm.enlace.intel.model.CrossingStatus;
import org.crm.enlace.intel.model.IntelPackage;

import org.crm.enlace.model.impl.RecordImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Border Crossing</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.intel.model.impl.BorderCrossingImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.BorderCrossingImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.BorderCrossingImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.BorderCrossingImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.BorderCrossingImpl#getOtherCountry <em>Other Country</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.BorderCrossingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.BorderCrossingImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.BorderCrossingImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BorderCrossingImpl extends RecordImpl implements BorderCrossing {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getOtherCountry() <em>Other Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String OTHER_COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOtherCountry() <em>Other Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherCountry()
	 * @generated
	 * @ordered
	 */
	protected String otherCountry = OTHER_COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CrossingKind KIND_EDEFAULT = CrossingKind.LAND;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CrossingKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CrossingStatus STATUS_EDEFAULT = CrossingStatus.OFFICIAL;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CrossingStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BorderCrossingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntelPackage.Literals.BORDER_CROSSING;
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.BORDER_CROSSING__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.BORDER_CROSSING__COUNTRY, oldCountry, country));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.BORDER_CROSSING__LATITUDE, oldLatitude, latitude));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.BORDER_CROSSING__LONGITUDE, oldLongitude, longitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOtherCountry() {
		return otherCountry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherCountry(String newOtherCountry) {
		String oldOtherCountry = otherCountry;
		otherCountry = newOtherCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.BORDER_CROSSING__OTHER_COUNTRY, oldOtherCountry, otherCountry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrossingKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CrossingKind newKind) {
		CrossingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.BORDER_CROSSING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrossingStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CrossingStatus newStatus) {
		CrossingStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.BORDER_CROSSING__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.BORDER_CROSSING__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntelPackage.BORDER_CROSSING__NAME:
				return getName();
			case IntelPackage.BORDER_CROSSING__COUNTRY:
				return getCountry();
			case IntelPackage.BORDER_CROSSING__LATITUDE:
				return getLatitude();
			case IntelPackage.BORDER_CROSSING__LONGITUDE:
				return getLongitude();
			case IntelPackage.BORDER_CROSSING__OTHER_COUNTRY:
				return getOtherCountry();
			case IntelPackage.BORDER_CROSSING__KIND:
				return getKind();
			case IntelPackage.BORDER_CROSSING__STATUS:
				return getStatus();
			case IntelPackage.BORDER_CROSSING__NOTE:
				return getNote();
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
			case IntelPackage.BORDER_CROSSING__NAME:
				setName((String)newValue);
				return;
			case IntelPackage.BORDER_CROSSING__COUNTRY:
				setCountry((String)newValue);
				return;
			case IntelPackage.BORDER_CROSSING__LATITUDE:
				setLatitude((Double)newValue);
				return;
			case IntelPackage.BORDER_CROSSING__LONGITUDE:
				setLongitude((Double)newValue);
				return;
			case IntelPackage.BORDER_CROSSING__OTHER_COUNTRY:
				setOtherCountry((String)newValue);
				return;
			case IntelPackage.BORDER_CROSSING__KIND:
				setKind((CrossingKind)newValue);
				return;
			case IntelPackage.BORDER_CROSSING__STATUS:
				setStatus((CrossingStatus)newValue);
				return;
			case IntelPackage.BORDER_CROSSING__NOTE:
				setNote((String)newValue);
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
			case IntelPackage.BORDER_CROSSING__NAME:
				setName(NAME_EDEFAULT);
				return;
			case IntelPackage.BORDER_CROSSING__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case IntelPackage.BORDER_CROSSING__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case IntelPackage.BORDER_CROSSING__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case IntelPackage.BORDER_CROSSING__OTHER_COUNTRY:
				setOtherCountry(OTHER_COUNTRY_EDEFAULT);
				return;
			case IntelPackage.BORDER_CROSSING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case IntelPackage.BORDER_CROSSING__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case IntelPackage.BORDER_CROSSING__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case IntelPackage.BORDER_CROSSING__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case IntelPackage.BORDER_CROSSING__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case IntelPackage.BORDER_CROSSING__LATITUDE:
				return latitude != LATITUDE_EDEFAULT;
			case IntelPackage.BORDER_CROSSING__LONGITUDE:
				return longitude != LONGITUDE_EDEFAULT;
			case IntelPackage.BORDER_CROSSING__OTHER_COUNTRY:
				return OTHER_COUNTRY_EDEFAULT == null ? otherCountry != null : !OTHER_COUNTRY_EDEFAULT.equals(otherCountry);
			case IntelPackage.BORDER_CROSSING__KIND:
				return kind != KIND_EDEFAULT;
			case IntelPackage.BORDER_CROSSING__STATUS:
				return status != STATUS_EDEFAULT;
			case IntelPackage.BORDER_CROSSING__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", country: ");
		result.append(country);
		result.append(", latitude: ");
		result.append(latitude);
		result.append(", longitude: ");
		result.append(longitude);
		result.append(", otherCountry: ");
		result.append(otherCountry);
		result.append(", kind: ");
		result.append(kind);
		result.append(", status: ");
		result.append(status);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //BorderCrossingImpl
