/**
 */
package org.crm.enlace.compliance.model.impl;

import java.time.LocalDate;

import org.crm.enlace.compliance.model.CompliancePackage;
import org.crm.enlace.compliance.model.SpaceApproval;

import org.crm.enlace.model.impl.RecordImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Space Approval</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.compliance.model.impl.SpaceApprovalImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.crm.enlace.compliance.model.impl.SpaceApprovalImpl#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.crm.enlace.compliance.model.impl.SpaceApprovalImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpaceApprovalImpl extends RecordImpl implements SpaceApproval {
	/**
	 * The default value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected static final String NETWORK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected String network = NETWORK_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate APPROVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate approvedOn = APPROVED_ON_EDEFAULT;

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
	protected SpaceApprovalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CompliancePackage.Literals.SPACE_APPROVAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetwork(String newNetwork) {
		String oldNetwork = network;
		network = newNetwork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CompliancePackage.SPACE_APPROVAL__NETWORK, oldNetwork, network));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedOn(LocalDate newApprovedOn) {
		LocalDate oldApprovedOn = approvedOn;
		approvedOn = newApprovedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CompliancePackage.SPACE_APPROVAL__APPROVED_ON, oldApprovedOn, approvedOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CompliancePackage.SPACE_APPROVAL__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CompliancePackage.SPACE_APPROVAL__NETWORK:
				return getNetwork();
			case CompliancePackage.SPACE_APPROVAL__APPROVED_ON:
				return getApprovedOn();
			case CompliancePackage.SPACE_APPROVAL__NOTE:
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
			case CompliancePackage.SPACE_APPROVAL__NETWORK:
				setNetwork((String)newValue);
				return;
			case CompliancePackage.SPACE_APPROVAL__APPROVED_ON:
				setApprovedOn((LocalDate)newValue);
				return;
			case CompliancePackage.SPACE_APPROVAL__NOTE:
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
			case CompliancePackage.SPACE_APPROVAL__NETWORK:
				setNetwork(NETWORK_EDEFAULT);
				return;
			case CompliancePackage.SPACE_APPROVAL__APPROVED_ON:
				setApprovedOn(APPROVED_ON_EDEFAULT);
				return;
			case CompliancePackage.SPACE_APPROVAL__NOTE:
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
			case CompliancePackage.SPACE_APPROVAL__NETWORK:
				return NETWORK_EDEFAULT == null ? network != null : !NETWORK_EDEFAULT.equals(network);
			case CompliancePackage.SPACE_APPROVAL__APPROVED_ON:
				return APPROVED_ON_EDEFAULT == null ? approvedOn != null : !APPROVED_ON_EDEFAULT.equals(approvedOn);
			case CompliancePackage.SPACE_APPROVAL__NOTE:
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
		result.append(" (network: ");
		result.append(network);
		result.append(", approvedOn: ");
		result.append(approvedOn);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //SpaceApprovalImpl
