/**
 */
package org.crm.enlace.plan.model.impl;

import org.crm.enlace.plan.model.EvidenceLink;
import org.crm.enlace.plan.model.PlanPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.impl.EvidenceLinkImpl#getRecordType <em>Record Type</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.EvidenceLinkImpl#getRecordId <em>Record Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceLinkImpl extends MinimalEObjectImpl.Container implements EvidenceLink {
	/**
	 * The default value of the '{@link #getRecordType() <em>Record Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordType()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORD_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordType() <em>Record Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordType()
	 * @generated
	 * @ordered
	 */
	protected String recordType = RECORD_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordId() <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordId()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordId() <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordId()
	 * @generated
	 * @ordered
	 */
	protected String recordId = RECORD_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.EVIDENCE_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordType() {
		return recordType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordType(String newRecordType) {
		String oldRecordType = recordType;
		recordType = newRecordType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EVIDENCE_LINK__RECORD_TYPE, oldRecordType, recordType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordId() {
		return recordId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordId(String newRecordId) {
		String oldRecordId = recordId;
		recordId = newRecordId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EVIDENCE_LINK__RECORD_ID, oldRecordId, recordId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.EVIDENCE_LINK__RECORD_TYPE:
				return getRecordType();
			case PlanPackage.EVIDENCE_LINK__RECORD_ID:
				return getRecordId();
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
			case PlanPackage.EVIDENCE_LINK__RECORD_TYPE:
				setRecordType((String)newValue);
				return;
			case PlanPackage.EVIDENCE_LINK__RECORD_ID:
				setRecordId((String)newValue);
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
			case PlanPackage.EVIDENCE_LINK__RECORD_TYPE:
				setRecordType(RECORD_TYPE_EDEFAULT);
				return;
			case PlanPackage.EVIDENCE_LINK__RECORD_ID:
				setRecordId(RECORD_ID_EDEFAULT);
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
			case PlanPackage.EVIDENCE_LINK__RECORD_TYPE:
				return RECORD_TYPE_EDEFAULT == null ? recordType != null : !RECORD_TYPE_EDEFAULT.equals(recordType);
			case PlanPackage.EVIDENCE_LINK__RECORD_ID:
				return RECORD_ID_EDEFAULT == null ? recordId != null : !RECORD_ID_EDEFAULT.equals(recordId);
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
		result.append(" (recordType: ");
		result.append(recordType);
		result.append(", recordId: ");
		result.append(recordId);
		result.append(')');
		return result.toString();
	}

} //EvidenceLinkImpl
