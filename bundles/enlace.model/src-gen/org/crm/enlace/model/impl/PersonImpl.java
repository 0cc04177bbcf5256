/**
 */
package org.crm.enlace.model.impl;

import java.util.Collection;

import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Person;
import org.crm.enlace.model.PersonDocument;
import org.crm.enlace.model.Sex;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.impl.PersonImpl#getGivenNames <em>Given Names</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.PersonImpl#getFirstSurname <em>First Surname</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.PersonImpl#getSecondSurname <em>Second Surname</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.PersonImpl#getSurnameParticles <em>Surname Particles</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.PersonImpl#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.PersonImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.PersonImpl#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.PersonImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.PersonImpl#getMrzName <em>Mrz Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends MinimalEObjectImpl.Container implements Person {
	/**
	 * The default value of the '{@link #getGivenNames() <em>Given Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenNames()
	 * @generated
	 * @ordered
	 */
	protected static final String GIVEN_NAMES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenNames() <em>Given Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenNames()
	 * @generated
	 * @ordered
	 */
	protected String givenNames = GIVEN_NAMES_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstSurname() <em>First Surname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstSurname()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRST_SURNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstSurname() <em>First Surname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstSurname()
	 * @generated
	 * @ordered
	 */
	protected String firstSurname = FIRST_SURNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecondSurname() <em>Second Surname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondSurname()
	 * @generated
	 * @ordered
	 */
	protected static final String SECOND_SURNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecondSurname() <em>Second Surname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondSurname()
	 * @generated
	 * @ordered
	 */
	protected String secondSurname = SECOND_SURNAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSurnameParticles() <em>Surname Particles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurnameParticles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> surnameParticles;

	/**
	 * The default value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_OF_BIRTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected String dateOfBirth = DATE_OF_BIRTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_EDEFAULT = Sex.F;

	/**
	 * The cached value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected Sex sex = SEX_EDEFAULT;

	/**
	 * This is true if the Sex attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sexESet;

	/**
	 * The default value of the '{@link #getNationality() <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationality()
	 * @generated
	 * @ordered
	 */
	protected static final String NATIONALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNationality() <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationality()
	 * @generated
	 * @ordered
	 */
	protected String nationality = NATIONALITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<PersonDocument> documents;

	/**
	 * The default value of the '{@link #getMrzName() <em>Mrz Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrzName()
	 * @generated
	 * @ordered
	 */
	protected static final String MRZ_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMrzName() <em>Mrz Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrzName()
	 * @generated
	 * @ordered
	 */
	protected String mrzName = MRZ_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EnlacePackage.Literals.PERSON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGivenNames() {
		return givenNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenNames(String newGivenNames) {
		String oldGivenNames = givenNames;
		givenNames = newGivenNames;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.PERSON__GIVEN_NAMES, oldGivenNames, givenNames));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirstSurname() {
		return firstSurname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstSurname(String newFirstSurname) {
		String oldFirstSurname = firstSurname;
		firstSurname = newFirstSurname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.PERSON__FIRST_SURNAME, oldFirstSurname, firstSurname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecondSurname() {
		return secondSurname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecondSurname(String newSecondSurname) {
		String oldSecondSurname = secondSurname;
		secondSurname = newSecondSurname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.PERSON__SECOND_SURNAME, oldSecondSurname, secondSurname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSurnameParticles() {
		if (surnameParticles == null) {
			surnameParticles = new EDataTypeUniqueEList<String>(String.class, this, EnlacePackage.PERSON__SURNAME_PARTICLES);
		}
		return surnameParticles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDateOfBirth() {
		return dateOfBirth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateOfBirth(String newDateOfBirth) {
		String oldDateOfBirth = dateOfBirth;
		dateOfBirth = newDateOfBirth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.PERSON__DATE_OF_BIRTH, oldDateOfBirth, dateOfBirth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSex() {
		return sex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSex(Sex newSex) {
		Sex oldSex = sex;
		sex = newSex == null ? SEX_EDEFAULT : newSex;
		boolean oldSexESet = sexESet;
		sexESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.PERSON__SEX, oldSex, sex, !oldSexESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSex() {
		Sex oldSex = sex;
		boolean oldSexESet = sexESet;
		sex = SEX_EDEFAULT;
		sexESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, EnlacePackage.PERSON__SEX, oldSex, SEX_EDEFAULT, oldSexESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSex() {
		return sexESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNationality() {
		return nationality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNationality(String newNationality) {
		String oldNationality = nationality;
		nationality = newNationality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.PERSON__NATIONALITY, oldNationality, nationality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PersonDocument> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<PersonDocument>(PersonDocument.class, this, EnlacePackage.PERSON__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMrzName() {
		return mrzName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMrzName(String newMrzName) {
		String oldMrzName = mrzName;
		mrzName = newMrzName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.PERSON__MRZ_NAME, oldMrzName, mrzName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EnlacePackage.PERSON__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
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
			case EnlacePackage.PERSON__GIVEN_NAMES:
				return getGivenNames();
			case EnlacePackage.PERSON__FIRST_SURNAME:
				return getFirstSurname();
			case EnlacePackage.PERSON__SECOND_SURNAME:
				return getSecondSurname();
			case EnlacePackage.PERSON__SURNAME_PARTICLES:
				return getSurnameParticles();
			case EnlacePackage.PERSON__DATE_OF_BIRTH:
				return getDateOfBirth();
			case EnlacePackage.PERSON__SEX:
				return getSex();
			case EnlacePackage.PERSON__NATIONALITY:
				return getNationality();
			case EnlacePackage.PERSON__DOCUMENTS:
				return getDocuments();
			case EnlacePackage.PERSON__MRZ_NAME:
				return getMrzName();
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
			case EnlacePackage.PERSON__GIVEN_NAMES:
				setGivenNames((String)newValue);
				return;
			case EnlacePackage.PERSON__FIRST_SURNAME:
				setFirstSurname((String)newValue);
				return;
			case EnlacePackage.PERSON__SECOND_SURNAME:
				setSecondSurname((String)newValue);
				return;
			case EnlacePackage.PERSON__SURNAME_PARTICLES:
				getSurnameParticles().clear();
				getSurnameParticles().addAll((Collection<? extends String>)newValue);
				return;
			case EnlacePackage.PERSON__DATE_OF_BIRTH:
				setDateOfBirth((String)newValue);
				return;
			case EnlacePackage.PERSON__SEX:
				setSex((Sex)newValue);
				return;
			case EnlacePackage.PERSON__NATIONALITY:
				setNationality((String)newValue);
				return;
			case EnlacePackage.PERSON__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends PersonDocument>)newValue);
				return;
			case EnlacePackage.PERSON__MRZ_NAME:
				setMrzName((String)newValue);
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
			case EnlacePackage.PERSON__GIVEN_NAMES:
				setGivenNames(GIVEN_NAMES_EDEFAULT);
				return;
			case EnlacePackage.PERSON__FIRST_SURNAME:
				setFirstSurname(FIRST_SURNAME_EDEFAULT);
				return;
			case EnlacePackage.PERSON__SECOND_SURNAME:
				setSecondSurname(SECOND_SURNAME_EDEFAULT);
				return;
			case EnlacePackage.PERSON__SURNAME_PARTICLES:
				getSurnameParticles().clear();
				return;
			case EnlacePackage.PERSON__DATE_OF_BIRTH:
				setDateOfBirth(DATE_OF_BIRTH_EDEFAULT);
				return;
			case EnlacePackage.PERSON__SEX:
				unsetSex();
				return;
			case EnlacePackage.PERSON__NATIONALITY:
				setNationality(NATIONALITY_EDEFAULT);
				return;
			case EnlacePackage.PERSON__DOCUMENTS:
				getDocuments().clear();
				return;
			case EnlacePackage.PERSON__MRZ_NAME:
				setMrzName(MRZ_NAME_EDEFAULT);
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
			case EnlacePackage.PERSON__GIVEN_NAMES:
				return GIVEN_NAMES_EDEFAULT == null ? givenNames != null : !GIVEN_NAMES_EDEFAULT.equals(givenNames);
			case EnlacePackage.PERSON__FIRST_SURNAME:
				return FIRST_SURNAME_EDEFAULT == null ? firstSurname != null : !FIRST_SURNAME_EDEFAULT.equals(firstSurname);
			case EnlacePackage.PERSON__SECOND_SURNAME:
				return SECOND_SURNAME_EDEFAULT == null ? secondSurname != null : !SECOND_SURNAME_EDEFAULT.equals(secondSurname);
			case EnlacePackage.PERSON__SURNAME_PARTICLES:
				return surnameParticles != null && !surnameParticles.isEmpty();
			case EnlacePackage.PERSON__DATE_OF_BIRTH:
				return DATE_OF_BIRTH_EDEFAULT == null ? dateOfBirth != null : !DATE_OF_BIRTH_EDEFAULT.equals(dateOfBirth);
			case EnlacePackage.PERSON__SEX:
				return isSetSex();
			case EnlacePackage.PERSON__NATIONALITY:
				return NATIONALITY_EDEFAULT == null ? nationality != null : !NATIONALITY_EDEFAULT.equals(nationality);
			case EnlacePackage.PERSON__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case EnlacePackage.PERSON__MRZ_NAME:
				return MRZ_NAME_EDEFAULT == null ? mrzName != null : !MRZ_NAME_EDEFAULT.equals(mrzName);
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
		result.append(" (givenNames: ");
		result.append(givenNames);
		result.append(", firstSurname: ");
		result.append(firstSurname);
		result.append(", secondSurname: ");
		result.append(secondSurname);
		result.append(", surnameParticles: ");
		result.append(surnameParticles);
		result.append(", dateOfBirth: ");
		result.append(dateOfBirth);
		result.append(", sex: ");
		if (sexESet) result.append(sex); else result.append("<unset>");
		result.append(", nationality: ");
		result.append(nationality);
		result.append(", mrzName: ");
		result.append(mrzName);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
