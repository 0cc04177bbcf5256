/**
 */
package org.crm.enlace.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.InformationAccuracy;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.OrganizationKind;
import org.crm.enlace.model.Person;
import org.crm.enlace.model.PersonDocument;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Sex;
import org.crm.enlace.model.SourceReliability;
import org.crm.enlace.model.Tlp;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EnlacePackageImpl extends EPackageImpl implements EnlacePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass countryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organizationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum handlingCodeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tlpEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum releasabilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sourceReliabilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum informationAccuracyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum provenanceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum countryStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organizationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contactRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sexEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType partialDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.crm.enlace.model.EnlacePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EnlacePackageImpl() {
		super(eNS_URI, EnlaceFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link EnlacePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EnlacePackage init() {
		if (isInited) return (EnlacePackage)EPackage.Registry.INSTANCE.getEPackage(EnlacePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEnlacePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EnlacePackageImpl theEnlacePackage = registeredEnlacePackage instanceof EnlacePackageImpl ? (EnlacePackageImpl)registeredEnlacePackage : new EnlacePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theEnlacePackage.createPackageContents();

		// Initialize created meta-data
		theEnlacePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theEnlacePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EnlacePackage.eNS_URI, theEnlacePackage);
		return theEnlacePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecord() {
		return recordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Id() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_OwnerCountry() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_CreatedAt() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_CreatedBy() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_ModifiedAt() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_ModifiedBy() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Version() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Author() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_HandlingCode() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Tlp() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Releasability() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_ReleasableTo() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_SourceReliability() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_InformationAccuracy() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_ProvenanceKind() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Provenance() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_RetentionUntil() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCountry() {
		return countryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountry_Code() {
		return (EAttribute)countryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountry_NameEs() {
		return (EAttribute)countryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountry_NameEn() {
		return (EAttribute)countryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountry_NameFr() {
		return (EAttribute)countryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountry_Status() {
		return (EAttribute)countryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganization() {
		return organizationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Acronym() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Name() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Country() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Kind() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Mandate() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactPoint() {
		return contactPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_Country() {
		return (EAttribute)contactPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_Role() {
		return (EAttribute)contactPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_FullName() {
		return (EAttribute)contactPointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_Title() {
		return (EAttribute)contactPointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_Agency() {
		return (EAttribute)contactPointEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_Email() {
		return (EAttribute)contactPointEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_Phones() {
		return (EAttribute)contactPointEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_WorkingLanguages() {
		return (EAttribute)contactPointEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_ValidFrom() {
		return (EAttribute)contactPointEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_ValidTo() {
		return (EAttribute)contactPointEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_LastVerifiedOn() {
		return (EAttribute)contactPointEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_GivenNames() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_FirstSurname() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_SecondSurname() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_SurnameParticles() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_DateOfBirth() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Sex() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Nationality() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Documents() {
		return (EReference)personEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_MrzName() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersonDocument() {
		return personDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersonDocument_Type() {
		return (EAttribute)personDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersonDocument_Number() {
		return (EAttribute)personDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersonDocument_IssuingState() {
		return (EAttribute)personDocumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersonDocument_Expiry() {
		return (EAttribute)personDocumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHandlingCode() {
		return handlingCodeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTlp() {
		return tlpEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReleasability() {
		return releasabilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSourceReliability() {
		return sourceReliabilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInformationAccuracy() {
		return informationAccuracyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProvenanceKind() {
		return provenanceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCountryStatus() {
		return countryStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganizationKind() {
		return organizationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContactRole() {
		return contactRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSex() {
		return sexEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPartialDate() {
		return partialDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnlaceFactory getEnlaceFactory() {
		return (EnlaceFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		recordEClass = createEClass(RECORD);
		createEAttribute(recordEClass, RECORD__ID);
		createEAttribute(recordEClass, RECORD__OWNER_COUNTRY);
		createEAttribute(recordEClass, RECORD__CREATED_AT);
		createEAttribute(recordEClass, RECORD__CREATED_BY);
		createEAttribute(recordEClass, RECORD__MODIFIED_AT);
		createEAttribute(recordEClass, RECORD__MODIFIED_BY);
		createEAttribute(recordEClass, RECORD__VERSION);
		createEAttribute(recordEClass, RECORD__AUTHOR);
		createEAttribute(recordEClass, RECORD__HANDLING_CODE);
		createEAttribute(recordEClass, RECORD__TLP);
		createEAttribute(recordEClass, RECORD__RELEASABILITY);
		createEAttribute(recordEClass, RECORD__RELEASABLE_TO);
		createEAttribute(recordEClass, RECORD__SOURCE_RELIABILITY);
		createEAttribute(recordEClass, RECORD__INFORMATION_ACCURACY);
		createEAttribute(recordEClass, RECORD__PROVENANCE_KIND);
		createEAttribute(recordEClass, RECORD__PROVENANCE);
		createEAttribute(recordEClass, RECORD__RETENTION_UNTIL);

		countryEClass = createEClass(COUNTRY);
		createEAttribute(countryEClass, COUNTRY__CODE);
		createEAttribute(countryEClass, COUNTRY__NAME_ES);
		createEAttribute(countryEClass, COUNTRY__NAME_EN);
		createEAttribute(countryEClass, COUNTRY__NAME_FR);
		createEAttribute(countryEClass, COUNTRY__STATUS);

		organizationEClass = createEClass(ORGANIZATION);
		createEAttribute(organizationEClass, ORGANIZATION__ACRONYM);
		createEAttribute(organizationEClass, ORGANIZATION__NAME);
		createEAttribute(organizationEClass, ORGANIZATION__COUNTRY);
		createEAttribute(organizationEClass, ORGANIZATION__KIND);
		createEAttribute(organizationEClass, ORGANIZATION__MANDATE);

		contactPointEClass = createEClass(CONTACT_POINT);
		createEAttribute(contactPointEClass, CONTACT_POINT__COUNTRY);
		createEAttribute(contactPointEClass, CONTACT_POINT__ROLE);
		createEAttribute(contactPointEClass, CONTACT_POINT__FULL_NAME);
		createEAttribute(contactPointEClass, CONTACT_POINT__TITLE);
		createEAttribute(contactPointEClass, CONTACT_POINT__AGENCY);
		createEAttribute(contactPointEClass, CONTACT_POINT__EMAIL);
		createEAttribute(contactPointEClass, CONTACT_POINT__PHONES);
		createEAttribute(contactPointEClass, CONTACT_POINT__WORKING_LANGUAGES);
		createEAttribute(contactPointEClass, CONTACT_POINT__VALID_FROM);
		createEAttribute(contactPointEClass, CONTACT_POINT__VALID_TO);
		createEAttribute(contactPointEClass, CONTACT_POINT__LAST_VERIFIED_ON);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__GIVEN_NAMES);
		createEAttribute(personEClass, PERSON__FIRST_SURNAME);
		createEAttribute(personEClass, PERSON__SECOND_SURNAME);
		createEAttribute(personEClass, PERSON__SURNAME_PARTICLES);
		createEAttribute(personEClass, PERSON__DATE_OF_BIRTH);
		createEAttribute(personEClass, PERSON__SEX);
		createEAttribute(personEClass, PERSON__NATIONALITY);
		createEReference(personEClass, PERSON__DOCUMENTS);
		createEAttribute(personEClass, PERSON__MRZ_NAME);

		personDocumentEClass = createEClass(PERSON_DOCUMENT);
		createEAttribute(personDocumentEClass, PERSON_DOCUMENT__TYPE);
		createEAttribute(personDocumentEClass, PERSON_DOCUMENT__NUMBER);
		createEAttribute(personDocumentEClass, PERSON_DOCUMENT__ISSUING_STATE);
		createEAttribute(personDocumentEClass, PERSON_DOCUMENT__EXPIRY);

		// Create enums
		handlingCodeEEnum = createEEnum(HANDLING_CODE);
		tlpEEnum = createEEnum(TLP);
		releasabilityEEnum = createEEnum(RELEASABILITY);
		sourceReliabilityEEnum = createEEnum(SOURCE_RELIABILITY);
		informationAccuracyEEnum = createEEnum(INFORMATION_ACCURACY);
		provenanceKindEEnum = createEEnum(PROVENANCE_KIND);
		countryStatusEEnum = createEEnum(COUNTRY_STATUS);
		organizationKindEEnum = createEEnum(ORGANIZATION_KIND);
		contactRoleEEnum = createEEnum(CONTACT_ROLE);
		sexEEnum = createEEnum(SEX);

		// Create data types
		partialDateEDataType = createEDataType(PARTIAL_DATE);
		localDateEDataType = createEDataType(LOCAL_DATE);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		countryEClass.getESuperTypes().add(this.getRecord());
		organizationEClass.getESuperTypes().add(this.getRecord());
		contactPointEClass.getESuperTypes().add(this.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(recordEClass, org.crm.enlace.model.Record.class, "Record", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecord_Id(), ecorePackage.getEString(), "id", null, 1, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_OwnerCountry(), ecorePackage.getEString(), "ownerCountry", null, 1, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_CreatedBy(), ecorePackage.getEString(), "createdBy", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_ModifiedAt(), this.getInstant(), "modifiedAt", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_ModifiedBy(), ecorePackage.getEString(), "modifiedBy", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_Version(), ecorePackage.getEInt(), "version", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_Author(), ecorePackage.getEString(), "author", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_HandlingCode(), this.getHandlingCode(), "handlingCode", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_Tlp(), this.getTlp(), "tlp", "RED", 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_Releasability(), this.getReleasability(), "releasability", "OWNER_ONLY", 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_ReleasableTo(), ecorePackage.getEString(), "releasableTo", null, 0, -1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_SourceReliability(), this.getSourceReliability(), "sourceReliability", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_InformationAccuracy(), this.getInformationAccuracy(), "informationAccuracy", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_ProvenanceKind(), this.getProvenanceKind(), "provenanceKind", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_Provenance(), ecorePackage.getEString(), "provenance", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_RetentionUntil(), this.getLocalDate(), "retentionUntil", null, 0, 1, org.crm.enlace.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(countryEClass, Country.class, "Country", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCountry_Code(), ecorePackage.getEString(), "code", null, 1, 1, Country.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountry_NameEs(), ecorePackage.getEString(), "nameEs", null, 0, 1, Country.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountry_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, Country.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountry_NameFr(), ecorePackage.getEString(), "nameFr", null, 0, 1, Country.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountry_Status(), this.getCountryStatus(), "status", null, 0, 1, Country.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organizationEClass, Organization.class, "Organization", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganization_Acronym(), ecorePackage.getEString(), "acronym", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Name(), ecorePackage.getEString(), "name", null, 1, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Country(), ecorePackage.getEString(), "country", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Kind(), this.getOrganizationKind(), "kind", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Mandate(), ecorePackage.getEString(), "mandate", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactPointEClass, ContactPoint.class, "ContactPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactPoint_Country(), ecorePackage.getEString(), "country", null, 1, 1, ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_Role(), this.getContactRole(), "role", null, 0, 1, ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_FullName(), ecorePackage.getEString(), "fullName", null, 0, 1, ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_Title(), ecorePackage.getEString(), "title", null, 0, 1, ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_Agency(), ecorePackage.getEString(), "agency", null, 0, 1, ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_Email(), ecorePackage.getEString(), "email", null, 0, 1, ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_Phones(), ecorePackage.getEString(), "phones", null, 0, -1, ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_WorkingLanguages(), ecorePackage.getEString(), "workingLanguages", null, 0, -1, ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_ValidFrom(), this.getLocalDate(), "validFrom", null, 0, 1, ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_ValidTo(), this.getLocalDate(), "validTo", null, 0, 1, ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_LastVerifiedOn(), this.getLocalDate(), "lastVerifiedOn", null, 0, 1, ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_GivenNames(), ecorePackage.getEString(), "givenNames", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_FirstSurname(), ecorePackage.getEString(), "firstSurname", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_SecondSurname(), ecorePackage.getEString(), "secondSurname", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_SurnameParticles(), ecorePackage.getEString(), "surnameParticles", null, 0, -1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_DateOfBirth(), this.getPartialDate(), "dateOfBirth", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Sex(), this.getSex(), "sex", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Nationality(), ecorePackage.getEString(), "nationality", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Documents(), this.getPersonDocument(), null, "documents", null, 0, -1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_MrzName(), ecorePackage.getEString(), "mrzName", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personDocumentEClass, PersonDocument.class, "PersonDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPersonDocument_Type(), ecorePackage.getEString(), "type", null, 0, 1, PersonDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersonDocument_Number(), ecorePackage.getEString(), "number", null, 0, 1, PersonDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersonDocument_IssuingState(), ecorePackage.getEString(), "issuingState", null, 0, 1, PersonDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersonDocument_Expiry(), this.getLocalDate(), "expiry", null, 0, 1, PersonDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(handlingCodeEEnum, HandlingCode.class, "HandlingCode");
		addEEnumLiteral(handlingCodeEEnum, HandlingCode.H0);
		addEEnumLiteral(handlingCodeEEnum, HandlingCode.H1);
		addEEnumLiteral(handlingCodeEEnum, HandlingCode.H2);
		addEEnumLiteral(handlingCodeEEnum, HandlingCode.H3);

		initEEnum(tlpEEnum, Tlp.class, "Tlp");
		addEEnumLiteral(tlpEEnum, Tlp.CLEAR);
		addEEnumLiteral(tlpEEnum, Tlp.GREEN);
		addEEnumLiteral(tlpEEnum, Tlp.AMBER);
		addEEnumLiteral(tlpEEnum, Tlp.AMBER_STRICT);
		addEEnumLiteral(tlpEEnum, Tlp.RED);

		initEEnum(releasabilityEEnum, Releasability.class, "Releasability");
		addEEnumLiteral(releasabilityEEnum, Releasability.NETWORK);
		addEEnumLiteral(releasabilityEEnum, Releasability.ALL_MEMBERS);
		addEEnumLiteral(releasabilityEEnum, Releasability.LISTED);
		addEEnumLiteral(releasabilityEEnum, Releasability.SECRETARIAT_ONLY);
		addEEnumLiteral(releasabilityEEnum, Releasability.OWNER_ONLY);

		initEEnum(sourceReliabilityEEnum, SourceReliability.class, "SourceReliability");
		addEEnumLiteral(sourceReliabilityEEnum, SourceReliability.A);
		addEEnumLiteral(sourceReliabilityEEnum, SourceReliability.B);
		addEEnumLiteral(sourceReliabilityEEnum, SourceReliability.C);
		addEEnumLiteral(sourceReliabilityEEnum, SourceReliability.X);

		initEEnum(informationAccuracyEEnum, InformationAccuracy.class, "InformationAccuracy");
		addEEnumLiteral(informationAccuracyEEnum, InformationAccuracy.ACCURACY_1);
		addEEnumLiteral(informationAccuracyEEnum, InformationAccuracy.ACCURACY_2);
		addEEnumLiteral(informationAccuracyEEnum, InformationAccuracy.ACCURACY_3);
		addEEnumLiteral(informationAccuracyEEnum, InformationAccuracy.ACCURACY_4);

		initEEnum(provenanceKindEEnum, ProvenanceKind.class, "ProvenanceKind");
		addEEnumLiteral(provenanceKindEEnum, ProvenanceKind.DOCUMENT);
		addEEnumLiteral(provenanceKindEEnum, ProvenanceKind.SOURCE_SYSTEM);
		addEEnumLiteral(provenanceKindEEnum, ProvenanceKind.IMPORT);
		addEEnumLiteral(provenanceKindEEnum, ProvenanceKind.MANUAL_ENTRY);

		initEEnum(countryStatusEEnum, CountryStatus.class, "CountryStatus");
		addEEnumLiteral(countryStatusEEnum, CountryStatus.MEMBER);
		addEEnumLiteral(countryStatusEEnum, CountryStatus.OBSERVER);

		initEEnum(organizationKindEEnum, OrganizationKind.class, "OrganizationKind");
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.MIGRATION_AUTHORITY);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.POLICE);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.PROSECUTION);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.CHILD_PROTECTION);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.FOREIGN_AFFAIRS);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.VICTIM_SERVICES);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.INTERNATIONAL);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.OTHER);

		initEEnum(contactRoleEEnum, ContactRole.class, "ContactRole");
		addEEnumLiteral(contactRoleEEnum, ContactRole.PERMANENT);
		addEEnumLiteral(contactRoleEEnum, ContactRole.ALTERNATE);

		initEEnum(sexEEnum, Sex.class, "Sex");
		addEEnumLiteral(sexEEnum, Sex.F);
		addEEnumLiteral(sexEEnum, Sex.M);
		addEEnumLiteral(sexEEnum, Sex.X);

		// Initialize data types
		initEDataType(partialDateEDataType, String.class, "PartialDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://crm-enlace.org/exchange
		createExchangeAnnotations();
		// http://crm-enlace.org/store/index
		createIndexAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://crm-enlace.org/exchange</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExchangeAnnotations() {
		String source = "http://crm-enlace.org/exchange";
		addAnnotation
		  (getRecord_OwnerCountry(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
		addAnnotation
		  (getRecord_ReleasableTo(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
		addAnnotation
		  (getCountry_Code(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
		addAnnotation
		  (getOrganization_Country(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
		addAnnotation
		  (getContactPoint_Country(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
		addAnnotation
		  (getPerson_Nationality(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
		addAnnotation
		  (getPersonDocument_IssuingState(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
		addAnnotation
		  (partialDateEDataType,
		   source,
		   new String[] {
			   "format", "partial-date"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://crm-enlace.org/store/index</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createIndexAnnotations() {
		String source = "http://crm-enlace.org/store/index";
		addAnnotation
		  (getCountry_Code(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getContactPoint_Country(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getContactPoint_Role(),
		   source,
		   new String[] {
		   });
	}

} //EnlacePackageImpl
