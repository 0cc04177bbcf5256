/**
 */
package org.crm.enlace.procedures.model.impl;

import org.crm.enlace.model.EnlacePackage;

import org.crm.enlace.procedures.model.AgeValidity;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.procedures.model.Fee;
import org.crm.enlace.procedures.model.ProceduresFactory;
import org.crm.enlace.procedures.model.ProceduresPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
public class ProceduresPackageImpl extends EPackageImpl implements ProceduresPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentProcedureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass feeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ageValidityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum documentKindEEnum = null;

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
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ProceduresPackageImpl() {
		super(eNS_URI, ProceduresFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ProceduresPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ProceduresPackage init() {
		if (isInited) return (ProceduresPackage)EPackage.Registry.INSTANCE.getEPackage(ProceduresPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredProceduresPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ProceduresPackageImpl theProceduresPackage = registeredProceduresPackage instanceof ProceduresPackageImpl ? (ProceduresPackageImpl)registeredProceduresPackage : new ProceduresPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EnlacePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theProceduresPackage.createPackageContents();

		// Initialize created meta-data
		theProceduresPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theProceduresPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ProceduresPackage.eNS_URI, theProceduresPackage);
		return theProceduresPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocumentProcedure() {
		return documentProcedureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentProcedure_IssuingCountry() {
		return (EAttribute)documentProcedureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentProcedure_DocumentKind() {
		return (EAttribute)documentProcedureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentProcedure_DocumentName() {
		return (EAttribute)documentProcedureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentProcedure_IssuingAuthority() {
		return (EAttribute)documentProcedureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentProcedure_Requirements() {
		return (EAttribute)documentProcedureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentProcedure_BreederDocuments() {
		return (EAttribute)documentProcedureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentProcedure_Fees() {
		return (EReference)documentProcedureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentProcedure_ProcessingTime() {
		return (EAttribute)documentProcedureEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentProcedure_Validities() {
		return (EReference)documentProcedureEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentProcedure_FraudSeen() {
		return (EAttribute)documentProcedureEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentProcedure_SpecimenIds() {
		return (EAttribute)documentProcedureEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFee() {
		return feeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFee_Amount() {
		return (EAttribute)feeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFee_Currency() {
		return (EAttribute)feeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFee_AppliesTo() {
		return (EAttribute)feeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgeValidity() {
		return ageValidityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgeValidity_FromAge() {
		return (EAttribute)ageValidityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgeValidity_ToAge() {
		return (EAttribute)ageValidityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgeValidity_ValidityMonths() {
		return (EAttribute)ageValidityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDocumentKind() {
		return documentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProceduresFactory getProceduresFactory() {
		return (ProceduresFactory)getEFactoryInstance();
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
		documentProcedureEClass = createEClass(DOCUMENT_PROCEDURE);
		createEAttribute(documentProcedureEClass, DOCUMENT_PROCEDURE__ISSUING_COUNTRY);
		createEAttribute(documentProcedureEClass, DOCUMENT_PROCEDURE__DOCUMENT_KIND);
		createEAttribute(documentProcedureEClass, DOCUMENT_PROCEDURE__DOCUMENT_NAME);
		createEAttribute(documentProcedureEClass, DOCUMENT_PROCEDURE__ISSUING_AUTHORITY);
		createEAttribute(documentProcedureEClass, DOCUMENT_PROCEDURE__REQUIREMENTS);
		createEAttribute(documentProcedureEClass, DOCUMENT_PROCEDURE__BREEDER_DOCUMENTS);
		createEReference(documentProcedureEClass, DOCUMENT_PROCEDURE__FEES);
		createEAttribute(documentProcedureEClass, DOCUMENT_PROCEDURE__PROCESSING_TIME);
		createEReference(documentProcedureEClass, DOCUMENT_PROCEDURE__VALIDITIES);
		createEAttribute(documentProcedureEClass, DOCUMENT_PROCEDURE__FRAUD_SEEN);
		createEAttribute(documentProcedureEClass, DOCUMENT_PROCEDURE__SPECIMEN_IDS);

		feeEClass = createEClass(FEE);
		createEAttribute(feeEClass, FEE__AMOUNT);
		createEAttribute(feeEClass, FEE__CURRENCY);
		createEAttribute(feeEClass, FEE__APPLIES_TO);

		ageValidityEClass = createEClass(AGE_VALIDITY);
		createEAttribute(ageValidityEClass, AGE_VALIDITY__FROM_AGE);
		createEAttribute(ageValidityEClass, AGE_VALIDITY__TO_AGE);
		createEAttribute(ageValidityEClass, AGE_VALIDITY__VALIDITY_MONTHS);

		// Create enums
		documentKindEEnum = createEEnum(DOCUMENT_KIND);
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

		// Obtain other dependent packages
		EnlacePackage theEnlacePackage = (EnlacePackage)EPackage.Registry.INSTANCE.getEPackage(EnlacePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		documentProcedureEClass.getESuperTypes().add(theEnlacePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(documentProcedureEClass, DocumentProcedure.class, "DocumentProcedure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocumentProcedure_IssuingCountry(), ecorePackage.getEString(), "issuingCountry", null, 1, 1, DocumentProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentProcedure_DocumentKind(), this.getDocumentKind(), "documentKind", null, 1, 1, DocumentProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentProcedure_DocumentName(), ecorePackage.getEString(), "documentName", null, 0, 1, DocumentProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentProcedure_IssuingAuthority(), ecorePackage.getEString(), "issuingAuthority", null, 0, 1, DocumentProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentProcedure_Requirements(), ecorePackage.getEString(), "requirements", null, 0, -1, DocumentProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentProcedure_BreederDocuments(), ecorePackage.getEString(), "breederDocuments", null, 0, -1, DocumentProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentProcedure_Fees(), this.getFee(), null, "fees", null, 0, -1, DocumentProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentProcedure_ProcessingTime(), ecorePackage.getEString(), "processingTime", null, 0, 1, DocumentProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentProcedure_Validities(), this.getAgeValidity(), null, "validities", null, 0, -1, DocumentProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentProcedure_FraudSeen(), ecorePackage.getEString(), "fraudSeen", null, 0, -1, DocumentProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentProcedure_SpecimenIds(), ecorePackage.getEString(), "specimenIds", null, 0, -1, DocumentProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(feeEClass, Fee.class, "Fee", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFee_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 1, 1, Fee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFee_Currency(), ecorePackage.getEString(), "currency", null, 1, 1, Fee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFee_AppliesTo(), ecorePackage.getEString(), "appliesTo", null, 0, 1, Fee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ageValidityEClass, AgeValidity.class, "AgeValidity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgeValidity_FromAge(), ecorePackage.getEInt(), "fromAge", null, 0, 1, AgeValidity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgeValidity_ToAge(), ecorePackage.getEIntegerObject(), "toAge", null, 0, 1, AgeValidity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgeValidity_ValidityMonths(), ecorePackage.getEInt(), "validityMonths", null, 1, 1, AgeValidity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(documentKindEEnum, DocumentKind.class, "DocumentKind");
		addEEnumLiteral(documentKindEEnum, DocumentKind.PASSPORT);
		addEEnumLiteral(documentKindEEnum, DocumentKind.NATIONAL_ID_CARD);
		addEEnumLiteral(documentKindEEnum, DocumentKind.BIRTH_CERTIFICATE);
		addEEnumLiteral(documentKindEEnum, DocumentKind.MINOR_TRAVEL_PERMIT);
		addEEnumLiteral(documentKindEEnum, DocumentKind.RESIDENCE_PERMIT);
		addEEnumLiteral(documentKindEEnum, DocumentKind.OTHER);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://crm-enlace.org/store/index
		createIndexAnnotations();
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
		  (getDocumentProcedure_IssuingCountry(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getDocumentProcedure_DocumentKind(),
		   source,
		   new String[] {
		   });
	}

} //ProceduresPackageImpl
