/**
 */
package org.crm.enlace.training.model.impl;

import org.crm.enlace.model.impl.RecordImpl;

import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingTarget;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingTargetImpl#getProgrammeId <em>Programme Id</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingTargetImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingTargetImpl#getOfficials <em>Officials</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingTargetImpl extends RecordImpl implements TrainingTarget {
	/**
	 * The default value of the '{@link #getProgrammeId() <em>Programme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgrammeId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROGRAMME_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProgrammeId() <em>Programme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgrammeId()
	 * @generated
	 * @ordered
	 */
	protected String programmeId = PROGRAMME_ID_EDEFAULT;

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
	 * The default value of the '{@link #getOfficials() <em>Officials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfficials()
	 * @generated
	 * @ordered
	 */
	protected static final int OFFICIALS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOfficials() <em>Officials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfficials()
	 * @generated
	 * @ordered
	 */
	protected int officials = OFFICIALS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TrainingPackage.Literals.TRAINING_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProgrammeId() {
		return programmeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgrammeId(String newProgrammeId) {
		String oldProgrammeId = programmeId;
		programmeId = newProgrammeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_TARGET__PROGRAMME_ID, oldProgrammeId, programmeId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_TARGET__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOfficials() {
		return officials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfficials(int newOfficials) {
		int oldOfficials = officials;
		officials = newOfficials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_TARGET__OFFICIALS, oldOfficials, officials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TrainingPackage.TRAINING_TARGET__PROGRAMME_ID:
				return getProgrammeId();
			case TrainingPackage.TRAINING_TARGET__COUNTRY:
				return getCountry();
			case TrainingPackage.TRAINING_TARGET__OFFICIALS:
				return getOfficials();
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
			case TrainingPackage.TRAINING_TARGET__PROGRAMME_ID:
				setProgrammeId((String)newValue);
				return;
			case TrainingPackage.TRAINING_TARGET__COUNTRY:
				setCountry((String)newValue);
				return;
			case TrainingPackage.TRAINING_TARGET__OFFICIALS:
				setOfficials((Integer)newValue);
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
			case TrainingPackage.TRAINING_TARGET__PROGRAMME_ID:
				setProgrammeId(PROGRAMME_ID_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_TARGET__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_TARGET__OFFICIALS:
				setOfficials(OFFICIALS_EDEFAULT);
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
			case TrainingPackage.TRAINING_TARGET__PROGRAMME_ID:
				return PROGRAMME_ID_EDEFAULT == null ? programmeId != null : !PROGRAMME_ID_EDEFAULT.equals(programmeId);
			case TrainingPackage.TRAINING_TARGET__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case TrainingPackage.TRAINING_TARGET__OFFICIALS:
				return officials != OFFICIALS_EDEFAULT;
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
		result.append(" (programmeId: ");
		result.append(programmeId);
		result.append(", country: ");
		result.append(country);
		result.append(", officials: ");
		result.append(officials);
		result.append(')');
		return result.toString();
	}

} //TrainingTargetImpl
