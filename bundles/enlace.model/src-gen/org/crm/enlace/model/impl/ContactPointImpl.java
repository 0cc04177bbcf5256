/**
 */
package org.crm.enlace.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlacePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact Point</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.impl.ContactPointImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.ContactPointImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.ContactPointImpl#getFullName <em>Full Name</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.ContactPointImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.ContactPointImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.ContactPointImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.ContactPointImpl#getPhones <em>Phones</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.ContactPointImpl#getWorkingLanguages <em>Working Languages</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.ContactPointImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.ContactPointImpl#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.ContactPointImpl#getLastVerifiedOn <em>Last Verified On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactPointImpl extends RecordImpl implements ContactPoint {
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
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final ContactRole ROLE_EDEFAULT = ContactRole.PERMANENT;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected ContactRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFullName() <em>Full Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullName()
	 * @generated
	 * @ordered
	 */
	protected static final String FULL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFullName() <em>Full Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullName()
	 * @generated
	 * @ordered
	 */
	protected String fullName = FULL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgency() <em>Agency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected static final String AGENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgency() <em>Agency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected String agency = AGENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhones() <em>Phones</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhones()
	 * @generated
	 * @ordered
	 */
	protected EList<String> phones;

	/**
	 * The cached value of the '{@link #getWorkingLanguages() <em>Working Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> workingLanguages;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validTo = VALID_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastVerifiedOn() <em>Last Verified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastVerifiedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_VERIFIED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastVerifiedOn() <em>Last Verified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastVerifiedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastVerifiedOn = LAST_VERIFIED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactPointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EnlacePackage.Literals.CONTACT_POINT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.CONTACT_POINT__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(ContactRole newRole) {
		ContactRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.CONTACT_POINT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFullName() {
		return fullName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFullName(String newFullName) {
		String oldFullName = fullName;
		fullName = newFullName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.CONTACT_POINT__FULL_NAME, oldFullName, fullName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.CONTACT_POINT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgency() {
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgency(String newAgency) {
		String oldAgency = agency;
		agency = newAgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.CONTACT_POINT__AGENCY, oldAgency, agency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.CONTACT_POINT__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPhones() {
		if (phones == null) {
			phones = new EDataTypeUniqueEList<String>(String.class, this, EnlacePackage.CONTACT_POINT__PHONES);
		}
		return phones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWorkingLanguages() {
		if (workingLanguages == null) {
			workingLanguages = new EDataTypeUniqueEList<String>(String.class, this, EnlacePackage.CONTACT_POINT__WORKING_LANGUAGES);
		}
		return workingLanguages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(LocalDate newValidFrom) {
		LocalDate oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.CONTACT_POINT__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidTo() {
		return validTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidTo(LocalDate newValidTo) {
		LocalDate oldValidTo = validTo;
		validTo = newValidTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.CONTACT_POINT__VALID_TO, oldValidTo, validTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastVerifiedOn() {
		return lastVerifiedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastVerifiedOn(LocalDate newLastVerifiedOn) {
		LocalDate oldLastVerifiedOn = lastVerifiedOn;
		lastVerifiedOn = newLastVerifiedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.CONTACT_POINT__LAST_VERIFIED_ON, oldLastVerifiedOn, lastVerifiedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EnlacePackage.CONTACT_POINT__COUNTRY:
				return getCountry();
			case EnlacePackage.CONTACT_POINT__ROLE:
				return getRole();
			case EnlacePackage.CONTACT_POINT__FULL_NAME:
				return getFullName();
			case EnlacePackage.CONTACT_POINT__TITLE:
				return getTitle();
			case EnlacePackage.CONTACT_POINT__AGENCY:
				return getAgency();
			case EnlacePackage.CONTACT_POINT__EMAIL:
				return getEmail();
			case EnlacePackage.CONTACT_POINT__PHONES:
				return getPhones();
			case EnlacePackage.CONTACT_POINT__WORKING_LANGUAGES:
				return getWorkingLanguages();
			case EnlacePackage.CONTACT_POINT__VALID_FROM:
				return getValidFrom();
			case EnlacePackage.CONTACT_POINT__VALID_TO:
				return getValidTo();
			case EnlacePackage.CONTACT_POINT__LAST_VERIFIED_ON:
				return getLastVerifiedOn();
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
			case EnlacePackage.CONTACT_POINT__COUNTRY:
				setCountry((String)newValue);
				return;
			case EnlacePackage.CONTACT_POINT__ROLE:
				setRole((ContactRole)newValue);
				return;
			case EnlacePackage.CONTACT_POINT__FULL_NAME:
				setFullName((String)newValue);
				return;
			case EnlacePackage.CONTACT_POINT__TITLE:
				setTitle((String)newValue);
				return;
			case EnlacePackage.CONTACT_POINT__AGENCY:
				setAgency((String)newValue);
				return;
			case EnlacePackage.CONTACT_POINT__EMAIL:
				setEmail((String)newValue);
				return;
			case EnlacePackage.CONTACT_POINT__PHONES:
				getPhones().clear();
				getPhones().addAll((Collection<? extends String>)newValue);
				return;
			case EnlacePackage.CONTACT_POINT__WORKING_LANGUAGES:
				getWorkingLanguages().clear();
				getWorkingLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case EnlacePackage.CONTACT_POINT__VALID_FROM:
				setValidFrom((LocalDate)newValue);
				return;
			case EnlacePackage.CONTACT_POINT__VALID_TO:
				setValidTo((LocalDate)newValue);
				return;
			case EnlacePackage.CONTACT_POINT__LAST_VERIFIED_ON:
				setLastVerifiedOn((LocalDate)newValue);
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
			case EnlacePackage.CONTACT_POINT__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case EnlacePackage.CONTACT_POINT__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case EnlacePackage.CONTACT_POINT__FULL_NAME:
				setFullName(FULL_NAME_EDEFAULT);
				return;
			case EnlacePackage.CONTACT_POINT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case EnlacePackage.CONTACT_POINT__AGENCY:
				setAgency(AGENCY_EDEFAULT);
				return;
			case EnlacePackage.CONTACT_POINT__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case EnlacePackage.CONTACT_POINT__PHONES:
				getPhones().clear();
				return;
			case EnlacePackage.CONTACT_POINT__WORKING_LANGUAGES:
				getWorkingLanguages().clear();
				return;
			case EnlacePackage.CONTACT_POINT__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case EnlacePackage.CONTACT_POINT__VALID_TO:
				setValidTo(VALID_TO_EDEFAULT);
				return;
			case EnlacePackage.CONTACT_POINT__LAST_VERIFIED_ON:
				setLastVerifiedOn(LAST_VERIFIED_ON_EDEFAULT);
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
			case EnlacePackage.CONTACT_POINT__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case EnlacePackage.CONTACT_POINT__ROLE:
				return role != ROLE_EDEFAULT;
			case EnlacePackage.CONTACT_POINT__FULL_NAME:
				return FULL_NAME_EDEFAULT == null ? fullName != null : !FULL_NAME_EDEFAULT.equals(fullName);
			case EnlacePackage.CONTACT_POINT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case EnlacePackage.CONTACT_POINT__AGENCY:
				return AGENCY_EDEFAULT == null ? agency != null : !AGENCY_EDEFAULT.equals(agency);
			case EnlacePackage.CONTACT_POINT__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case EnlacePackage.CONTACT_POINT__PHONES:
				return phones != null && !phones.isEmpty();
			case EnlacePackage.CONTACT_POINT__WORKING_LANGUAGES:
				return workingLanguages != null && !workingLanguages.isEmpty();
			case EnlacePackage.CONTACT_POINT__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case EnlacePackage.CONTACT_POINT__VALID_TO:
				return VALID_TO_EDEFAULT == null ? validTo != null : !VALID_TO_EDEFAULT.equals(validTo);
			case EnlacePackage.CONTACT_POINT__LAST_VERIFIED_ON:
				return LAST_VERIFIED_ON_EDEFAULT == null ? lastVerifiedOn != null : !LAST_VERIFIED_ON_EDEFAULT.equals(lastVerifiedOn);
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
		result.append(" (country: ");
		result.append(country);
		result.append(", role: ");
		result.append(role);
		result.append(", fullName: ");
		result.append(fullName);
		result.append(", title: ");
		result.append(title);
		result.append(", agency: ");
		result.append(agency);
		result.append(", email: ");
		result.append(email);
		result.append(", phones: ");
		result.append(phones);
		result.append(", workingLanguages: ");
		result.append(workingLanguages);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validTo: ");
		result.append(validTo);
		result.append(", lastVerifiedOn: ");
		result.append(lastVerifiedOn);
		result.append(')');
		return result.toString();
	}

} //ContactPointImpl
