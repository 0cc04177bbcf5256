/**
 */
package org.crm.enlace.model.impl;

import java.time.Instant;

import org.crm.enlace.model.EnlacePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getOwnerCountry <em>Owner Country</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getModifiedAt <em>Modified At</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getModifiedBy <em>Modified By</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class RecordImpl extends MinimalEObjectImpl.Container implements org.crm.enlace.model.Record {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerCountry() <em>Owner Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerCountry() <em>Owner Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerCountry()
	 * @generated
	 * @ordered
	 */
	protected String ownerCountry = OWNER_COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected String createdBy = CREATED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getModifiedAt() <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant MODIFIED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModifiedAt() <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant modifiedAt = MODIFIED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getModifiedBy() <em>Modified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String MODIFIED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModifiedBy() <em>Modified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedBy()
	 * @generated
	 * @ordered
	 */
	protected String modifiedBy = MODIFIED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EnlacePackage.Literals.RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerCountry() {
		return ownerCountry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerCountry(String newOwnerCountry) {
		String oldOwnerCountry = ownerCountry;
		ownerCountry = newOwnerCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__OWNER_COUNTRY, oldOwnerCountry, ownerCountry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreatedBy() {
		return createdBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedBy(String newCreatedBy) {
		String oldCreatedBy = createdBy;
		createdBy = newCreatedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__CREATED_BY, oldCreatedBy, createdBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getModifiedAt() {
		return modifiedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModifiedAt(Instant newModifiedAt) {
		Instant oldModifiedAt = modifiedAt;
		modifiedAt = newModifiedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__MODIFIED_AT, oldModifiedAt, modifiedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModifiedBy() {
		return modifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModifiedBy(String newModifiedBy) {
		String oldModifiedBy = modifiedBy;
		modifiedBy = newModifiedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__MODIFIED_BY, oldModifiedBy, modifiedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EnlacePackage.RECORD__ID:
				return getId();
			case EnlacePackage.RECORD__OWNER_COUNTRY:
				return getOwnerCountry();
			case EnlacePackage.RECORD__CREATED_AT:
				return getCreatedAt();
			case EnlacePackage.RECORD__CREATED_BY:
				return getCreatedBy();
			case EnlacePackage.RECORD__MODIFIED_AT:
				return getModifiedAt();
			case EnlacePackage.RECORD__MODIFIED_BY:
				return getModifiedBy();
			case EnlacePackage.RECORD__VERSION:
				return getVersion();
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
			case EnlacePackage.RECORD__ID:
				setId((String)newValue);
				return;
			case EnlacePackage.RECORD__OWNER_COUNTRY:
				setOwnerCountry((String)newValue);
				return;
			case EnlacePackage.RECORD__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case EnlacePackage.RECORD__CREATED_BY:
				setCreatedBy((String)newValue);
				return;
			case EnlacePackage.RECORD__MODIFIED_AT:
				setModifiedAt((Instant)newValue);
				return;
			case EnlacePackage.RECORD__MODIFIED_BY:
				setModifiedBy((String)newValue);
				return;
			case EnlacePackage.RECORD__VERSION:
				setVersion((Integer)newValue);
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
			case EnlacePackage.RECORD__ID:
				setId(ID_EDEFAULT);
				return;
			case EnlacePackage.RECORD__OWNER_COUNTRY:
				setOwnerCountry(OWNER_COUNTRY_EDEFAULT);
				return;
			case EnlacePackage.RECORD__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case EnlacePackage.RECORD__CREATED_BY:
				setCreatedBy(CREATED_BY_EDEFAULT);
				return;
			case EnlacePackage.RECORD__MODIFIED_AT:
				setModifiedAt(MODIFIED_AT_EDEFAULT);
				return;
			case EnlacePackage.RECORD__MODIFIED_BY:
				setModifiedBy(MODIFIED_BY_EDEFAULT);
				return;
			case EnlacePackage.RECORD__VERSION:
				setVersion(VERSION_EDEFAULT);
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
			case EnlacePackage.RECORD__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case EnlacePackage.RECORD__OWNER_COUNTRY:
				return OWNER_COUNTRY_EDEFAULT == null ? ownerCountry != null : !OWNER_COUNTRY_EDEFAULT.equals(ownerCountry);
			case EnlacePackage.RECORD__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case EnlacePackage.RECORD__CREATED_BY:
				return CREATED_BY_EDEFAULT == null ? createdBy != null : !CREATED_BY_EDEFAULT.equals(createdBy);
			case EnlacePackage.RECORD__MODIFIED_AT:
				return MODIFIED_AT_EDEFAULT == null ? modifiedAt != null : !MODIFIED_AT_EDEFAULT.equals(modifiedAt);
			case EnlacePackage.RECORD__MODIFIED_BY:
				return MODIFIED_BY_EDEFAULT == null ? modifiedBy != null : !MODIFIED_BY_EDEFAULT.equals(modifiedBy);
			case EnlacePackage.RECORD__VERSION:
				return version != VERSION_EDEFAULT;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", ownerCountry: ");
		result.append(ownerCountry);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", createdBy: ");
		result.append(createdBy);
		result.append(", modifiedAt: ");
		result.append(modifiedAt);
		result.append(", modifiedBy: ");
		result.append(modifiedBy);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //RecordImpl
