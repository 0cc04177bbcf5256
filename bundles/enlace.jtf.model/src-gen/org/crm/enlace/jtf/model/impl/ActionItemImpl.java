/**
 */
package org.crm.enlace.jtf.model.impl;

import java.time.LocalDate;

import org.crm.enlace.jtf.model.ActionItem;
import org.crm.enlace.jtf.model.ActionStatus;
import org.crm.enlace.jtf.model.JtfPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.jtf.model.impl.ActionItemImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.ActionItemImpl#getOwnerOrganization <em>Owner Organization</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.ActionItemImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.ActionItemImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionItemImpl extends MinimalEObjectImpl.Container implements ActionItem {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerOrganization() <em>Owner Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerOrganization()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_ORGANIZATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerOrganization() <em>Owner Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerOrganization()
	 * @generated
	 * @ordered
	 */
	protected String ownerOrganization = OWNER_ORGANIZATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JtfPackage.Literals.ACTION_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.ACTION_ITEM__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerOrganization() {
		return ownerOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerOrganization(String newOwnerOrganization) {
		String oldOwnerOrganization = ownerOrganization;
		ownerOrganization = newOwnerOrganization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.ACTION_ITEM__OWNER_ORGANIZATION, oldOwnerOrganization, ownerOrganization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.ACTION_ITEM__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus) {
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.ACTION_ITEM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JtfPackage.ACTION_ITEM__DESCRIPTION:
				return getDescription();
			case JtfPackage.ACTION_ITEM__OWNER_ORGANIZATION:
				return getOwnerOrganization();
			case JtfPackage.ACTION_ITEM__DUE_DATE:
				return getDueDate();
			case JtfPackage.ACTION_ITEM__STATUS:
				return getStatus();
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
			case JtfPackage.ACTION_ITEM__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case JtfPackage.ACTION_ITEM__OWNER_ORGANIZATION:
				setOwnerOrganization((String)newValue);
				return;
			case JtfPackage.ACTION_ITEM__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case JtfPackage.ACTION_ITEM__STATUS:
				setStatus((ActionStatus)newValue);
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
			case JtfPackage.ACTION_ITEM__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case JtfPackage.ACTION_ITEM__OWNER_ORGANIZATION:
				setOwnerOrganization(OWNER_ORGANIZATION_EDEFAULT);
				return;
			case JtfPackage.ACTION_ITEM__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case JtfPackage.ACTION_ITEM__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case JtfPackage.ACTION_ITEM__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case JtfPackage.ACTION_ITEM__OWNER_ORGANIZATION:
				return OWNER_ORGANIZATION_EDEFAULT == null ? ownerOrganization != null : !OWNER_ORGANIZATION_EDEFAULT.equals(ownerOrganization);
			case JtfPackage.ACTION_ITEM__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case JtfPackage.ACTION_ITEM__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (description: ");
		result.append(description);
		result.append(", ownerOrganization: ");
		result.append(ownerOrganization);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ActionItemImpl
