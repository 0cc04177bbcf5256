/**
 */
package org.crm.enlace.model.impl;

import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.OrganizationKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.impl.OrganizationImpl#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.OrganizationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.OrganizationImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.OrganizationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.OrganizationImpl#getMandate <em>Mandate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganizationImpl extends RecordImpl implements Organization {
	/**
	 * The default value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected static final String ACRONYM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected String acronym = ACRONYM_EDEFAULT;

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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OrganizationKind KIND_EDEFAULT = OrganizationKind.MIGRATION_AUTHORITY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OrganizationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMandate() <em>Mandate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandate()
	 * @generated
	 * @ordered
	 */
	protected static final String MANDATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMandate() <em>Mandate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandate()
	 * @generated
	 * @ordered
	 */
	protected String mandate = MANDATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganizationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EnlacePackage.Literals.ORGANIZATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcronym() {
		return acronym;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcronym(String newAcronym) {
		String oldAcronym = acronym;
		acronym = newAcronym;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.ORGANIZATION__ACRONYM, oldAcronym, acronym));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.ORGANIZATION__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.ORGANIZATION__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganizationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OrganizationKind newKind) {
		OrganizationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.ORGANIZATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMandate() {
		return mandate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMandate(String newMandate) {
		String oldMandate = mandate;
		mandate = newMandate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.ORGANIZATION__MANDATE, oldMandate, mandate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EnlacePackage.ORGANIZATION__ACRONYM:
				return getAcronym();
			case EnlacePackage.ORGANIZATION__NAME:
				return getName();
			case EnlacePackage.ORGANIZATION__COUNTRY:
				return getCountry();
			case EnlacePackage.ORGANIZATION__KIND:
				return getKind();
			case EnlacePackage.ORGANIZATION__MANDATE:
				return getMandate();
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
			case EnlacePackage.ORGANIZATION__ACRONYM:
				setAcronym((String)newValue);
				return;
			case EnlacePackage.ORGANIZATION__NAME:
				setName((String)newValue);
				return;
			case EnlacePackage.ORGANIZATION__COUNTRY:
				setCountry((String)newValue);
				return;
			case EnlacePackage.ORGANIZATION__KIND:
				setKind((OrganizationKind)newValue);
				return;
			case EnlacePackage.ORGANIZATION__MANDATE:
				setMandate((String)newValue);
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
			case EnlacePackage.ORGANIZATION__ACRONYM:
				setAcronym(ACRONYM_EDEFAULT);
				return;
			case EnlacePackage.ORGANIZATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EnlacePackage.ORGANIZATION__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case EnlacePackage.ORGANIZATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EnlacePackage.ORGANIZATION__MANDATE:
				setMandate(MANDATE_EDEFAULT);
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
			case EnlacePackage.ORGANIZATION__ACRONYM:
				return ACRONYM_EDEFAULT == null ? acronym != null : !ACRONYM_EDEFAULT.equals(acronym);
			case EnlacePackage.ORGANIZATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EnlacePackage.ORGANIZATION__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case EnlacePackage.ORGANIZATION__KIND:
				return kind != KIND_EDEFAULT;
			case EnlacePackage.ORGANIZATION__MANDATE:
				return MANDATE_EDEFAULT == null ? mandate != null : !MANDATE_EDEFAULT.equals(mandate);
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
		result.append(" (acronym: ");
		result.append(acronym);
		result.append(", name: ");
		result.append(name);
		result.append(", country: ");
		result.append(country);
		result.append(", kind: ");
		result.append(kind);
		result.append(", mandate: ");
		result.append(mandate);
		result.append(')');
		return result.toString();
	}

} //OrganizationImpl
