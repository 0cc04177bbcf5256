/**
 */
package org.crm.enlace.specimens.model.impl;

import org.crm.enlace.model.EnlacePackage;

import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DetectionPlace;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentFormat;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.DocumentType;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.FalseDocumentKind;
import org.crm.enlace.specimens.model.HolderAgeValidity;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensFactory;
import org.crm.enlace.specimens.model.SpecimensPackage;

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
public class SpecimensPackageImpl extends EPackageImpl implements SpecimensPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentSpecimenEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass holderAgeValidityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass specimenPageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pageImageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass calloutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass falseDocumentAlertEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum documentCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum documentTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum documentFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lightEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum falseDocumentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum detectionPlaceEEnum = null;

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
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SpecimensPackageImpl() {
		super(eNS_URI, SpecimensFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link SpecimensPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SpecimensPackage init() {
		if (isInited) return (SpecimensPackage)EPackage.Registry.INSTANCE.getEPackage(SpecimensPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSpecimensPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SpecimensPackageImpl theSpecimensPackage = registeredSpecimensPackage instanceof SpecimensPackageImpl ? (SpecimensPackageImpl)registeredSpecimensPackage : new SpecimensPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EnlacePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theSpecimensPackage.createPackageContents();

		// Initialize created meta-data
		theSpecimensPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSpecimensPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SpecimensPackage.eNS_URI, theSpecimensPackage);
		return theSpecimensPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocumentSpecimen() {
		return documentSpecimenEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_DocumentCode() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_IssuingState() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_Category() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_DocumentType() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_DocumentName() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_Series() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_FirstIssued() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_StillValid() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_WithdrawnOn() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_Format() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_PageCount() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_Material() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentSpecimen_Validities() {
		return (EReference)documentSpecimenEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentSpecimen_ProcedureId() {
		return (EAttribute)documentSpecimenEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentSpecimen_Pages() {
		return (EReference)documentSpecimenEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHolderAgeValidity() {
		return holderAgeValidityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolderAgeValidity_FromAge() {
		return (EAttribute)holderAgeValidityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolderAgeValidity_ToAge() {
		return (EAttribute)holderAgeValidityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolderAgeValidity_ValidityMonths() {
		return (EAttribute)holderAgeValidityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpecimenPage() {
		return specimenPageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecimenPage_Number() {
		return (EAttribute)specimenPageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecimenPage_Label() {
		return (EAttribute)specimenPageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpecimenPage_Images() {
		return (EReference)specimenPageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpecimenPage_Callouts() {
		return (EReference)specimenPageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPageImage() {
		return pageImageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPageImage_Light() {
		return (EAttribute)pageImageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPageImage_AttachmentId() {
		return (EAttribute)pageImageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPageImage_Width() {
		return (EAttribute)pageImageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPageImage_Height() {
		return (EAttribute)pageImageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCallout() {
		return calloutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_Number() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCallout_Image() {
		return (EReference)calloutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_X() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_Y() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_Width() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_Height() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_FeatureCode() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_Light() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_DescriptionEs() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_DescriptionEn() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFalseDocumentAlert() {
		return falseDocumentAlertEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFalseDocumentAlert_Kind() {
		return (EAttribute)falseDocumentAlertEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFalseDocumentAlert_SpecimenId() {
		return (EAttribute)falseDocumentAlertEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFalseDocumentAlert_Images() {
		return (EReference)falseDocumentAlertEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFalseDocumentAlert_Deviations() {
		return (EReference)falseDocumentAlertEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFalseDocumentAlert_PlaceKind() {
		return (EAttribute)falseDocumentAlertEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFalseDocumentAlert_Place() {
		return (EAttribute)falseDocumentAlertEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFalseDocumentAlert_DetectedOn() {
		return (EAttribute)falseDocumentAlertEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFalseDocumentAlert_Note() {
		return (EAttribute)falseDocumentAlertEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDocumentCategory() {
		return documentCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDocumentType() {
		return documentTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDocumentFormat() {
		return documentFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLight() {
		return lightEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFalseDocumentKind() {
		return falseDocumentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDetectionPlace() {
		return detectionPlaceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpecimensFactory getSpecimensFactory() {
		return (SpecimensFactory)getEFactoryInstance();
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
		documentSpecimenEClass = createEClass(DOCUMENT_SPECIMEN);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__DOCUMENT_CODE);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__ISSUING_STATE);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__CATEGORY);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__DOCUMENT_TYPE);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__DOCUMENT_NAME);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__SERIES);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__FIRST_ISSUED);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__STILL_VALID);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__WITHDRAWN_ON);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__FORMAT);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__PAGE_COUNT);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__MATERIAL);
		createEReference(documentSpecimenEClass, DOCUMENT_SPECIMEN__VALIDITIES);
		createEAttribute(documentSpecimenEClass, DOCUMENT_SPECIMEN__PROCEDURE_ID);
		createEReference(documentSpecimenEClass, DOCUMENT_SPECIMEN__PAGES);

		holderAgeValidityEClass = createEClass(HOLDER_AGE_VALIDITY);
		createEAttribute(holderAgeValidityEClass, HOLDER_AGE_VALIDITY__FROM_AGE);
		createEAttribute(holderAgeValidityEClass, HOLDER_AGE_VALIDITY__TO_AGE);
		createEAttribute(holderAgeValidityEClass, HOLDER_AGE_VALIDITY__VALIDITY_MONTHS);

		specimenPageEClass = createEClass(SPECIMEN_PAGE);
		createEAttribute(specimenPageEClass, SPECIMEN_PAGE__NUMBER);
		createEAttribute(specimenPageEClass, SPECIMEN_PAGE__LABEL);
		createEReference(specimenPageEClass, SPECIMEN_PAGE__IMAGES);
		createEReference(specimenPageEClass, SPECIMEN_PAGE__CALLOUTS);

		pageImageEClass = createEClass(PAGE_IMAGE);
		createEAttribute(pageImageEClass, PAGE_IMAGE__LIGHT);
		createEAttribute(pageImageEClass, PAGE_IMAGE__ATTACHMENT_ID);
		createEAttribute(pageImageEClass, PAGE_IMAGE__WIDTH);
		createEAttribute(pageImageEClass, PAGE_IMAGE__HEIGHT);

		calloutEClass = createEClass(CALLOUT);
		createEAttribute(calloutEClass, CALLOUT__NUMBER);
		createEReference(calloutEClass, CALLOUT__IMAGE);
		createEAttribute(calloutEClass, CALLOUT__X);
		createEAttribute(calloutEClass, CALLOUT__Y);
		createEAttribute(calloutEClass, CALLOUT__WIDTH);
		createEAttribute(calloutEClass, CALLOUT__HEIGHT);
		createEAttribute(calloutEClass, CALLOUT__FEATURE_CODE);
		createEAttribute(calloutEClass, CALLOUT__LIGHT);
		createEAttribute(calloutEClass, CALLOUT__DESCRIPTION_ES);
		createEAttribute(calloutEClass, CALLOUT__DESCRIPTION_EN);

		falseDocumentAlertEClass = createEClass(FALSE_DOCUMENT_ALERT);
		createEAttribute(falseDocumentAlertEClass, FALSE_DOCUMENT_ALERT__KIND);
		createEAttribute(falseDocumentAlertEClass, FALSE_DOCUMENT_ALERT__SPECIMEN_ID);
		createEReference(falseDocumentAlertEClass, FALSE_DOCUMENT_ALERT__IMAGES);
		createEReference(falseDocumentAlertEClass, FALSE_DOCUMENT_ALERT__DEVIATIONS);
		createEAttribute(falseDocumentAlertEClass, FALSE_DOCUMENT_ALERT__PLACE_KIND);
		createEAttribute(falseDocumentAlertEClass, FALSE_DOCUMENT_ALERT__PLACE);
		createEAttribute(falseDocumentAlertEClass, FALSE_DOCUMENT_ALERT__DETECTED_ON);
		createEAttribute(falseDocumentAlertEClass, FALSE_DOCUMENT_ALERT__NOTE);

		// Create enums
		documentCategoryEEnum = createEEnum(DOCUMENT_CATEGORY);
		documentTypeEEnum = createEEnum(DOCUMENT_TYPE);
		documentFormatEEnum = createEEnum(DOCUMENT_FORMAT);
		lightEEnum = createEEnum(LIGHT);
		falseDocumentKindEEnum = createEEnum(FALSE_DOCUMENT_KIND);
		detectionPlaceEEnum = createEEnum(DETECTION_PLACE);
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
		documentSpecimenEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		falseDocumentAlertEClass.getESuperTypes().add(theEnlacePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(documentSpecimenEClass, DocumentSpecimen.class, "DocumentSpecimen", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocumentSpecimen_DocumentCode(), ecorePackage.getEString(), "documentCode", null, 1, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_IssuingState(), ecorePackage.getEString(), "issuingState", null, 1, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_Category(), this.getDocumentCategory(), "category", null, 1, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_DocumentType(), this.getDocumentType(), "documentType", null, 0, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_DocumentName(), ecorePackage.getEString(), "documentName", null, 0, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_Series(), ecorePackage.getEString(), "series", null, 0, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_FirstIssued(), theEnlacePackage.getLocalDate(), "firstIssued", null, 0, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_StillValid(), ecorePackage.getEBoolean(), "stillValid", "true", 0, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_WithdrawnOn(), theEnlacePackage.getLocalDate(), "withdrawnOn", null, 0, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_Format(), this.getDocumentFormat(), "format", null, 0, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_PageCount(), ecorePackage.getEInt(), "pageCount", null, 0, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_Material(), ecorePackage.getEString(), "material", null, 0, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentSpecimen_Validities(), this.getHolderAgeValidity(), null, "validities", null, 0, -1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentSpecimen_ProcedureId(), ecorePackage.getEString(), "procedureId", null, 0, 1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentSpecimen_Pages(), this.getSpecimenPage(), null, "pages", null, 0, -1, DocumentSpecimen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(holderAgeValidityEClass, HolderAgeValidity.class, "HolderAgeValidity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHolderAgeValidity_FromAge(), ecorePackage.getEInt(), "fromAge", null, 0, 1, HolderAgeValidity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHolderAgeValidity_ToAge(), ecorePackage.getEIntegerObject(), "toAge", null, 0, 1, HolderAgeValidity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHolderAgeValidity_ValidityMonths(), ecorePackage.getEInt(), "validityMonths", null, 1, 1, HolderAgeValidity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(specimenPageEClass, SpecimenPage.class, "SpecimenPage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpecimenPage_Number(), ecorePackage.getEInt(), "number", null, 0, 1, SpecimenPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpecimenPage_Label(), ecorePackage.getEString(), "label", null, 0, 1, SpecimenPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpecimenPage_Images(), this.getPageImage(), null, "images", null, 0, -1, SpecimenPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpecimenPage_Callouts(), this.getCallout(), null, "callouts", null, 0, -1, SpecimenPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pageImageEClass, PageImage.class, "PageImage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPageImage_Light(), this.getLight(), "light", null, 1, 1, PageImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPageImage_AttachmentId(), ecorePackage.getEString(), "attachmentId", null, 1, 1, PageImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPageImage_Width(), ecorePackage.getEInt(), "width", null, 0, 1, PageImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPageImage_Height(), ecorePackage.getEInt(), "height", null, 0, 1, PageImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(calloutEClass, Callout.class, "Callout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCallout_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCallout_Image(), this.getPageImage(), null, "image", null, 1, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallout_X(), ecorePackage.getEInt(), "x", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallout_Y(), ecorePackage.getEInt(), "y", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallout_Width(), ecorePackage.getEInt(), "width", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallout_Height(), ecorePackage.getEInt(), "height", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallout_FeatureCode(), ecorePackage.getEString(), "featureCode", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallout_Light(), this.getLight(), "light", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallout_DescriptionEs(), ecorePackage.getEString(), "descriptionEs", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallout_DescriptionEn(), ecorePackage.getEString(), "descriptionEn", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(falseDocumentAlertEClass, FalseDocumentAlert.class, "FalseDocumentAlert", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFalseDocumentAlert_Kind(), this.getFalseDocumentKind(), "kind", null, 1, 1, FalseDocumentAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFalseDocumentAlert_SpecimenId(), ecorePackage.getEString(), "specimenId", null, 0, 1, FalseDocumentAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFalseDocumentAlert_Images(), this.getPageImage(), null, "images", null, 0, -1, FalseDocumentAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFalseDocumentAlert_Deviations(), this.getCallout(), null, "deviations", null, 0, -1, FalseDocumentAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFalseDocumentAlert_PlaceKind(), this.getDetectionPlace(), "placeKind", null, 0, 1, FalseDocumentAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFalseDocumentAlert_Place(), ecorePackage.getEString(), "place", null, 0, 1, FalseDocumentAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFalseDocumentAlert_DetectedOn(), theEnlacePackage.getLocalDate(), "detectedOn", null, 0, 1, FalseDocumentAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFalseDocumentAlert_Note(), ecorePackage.getEString(), "note", null, 0, 1, FalseDocumentAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(documentCategoryEEnum, DocumentCategory.class, "DocumentCategory");
		addEEnumLiteral(documentCategoryEEnum, DocumentCategory.PASSPORT);
		addEEnumLiteral(documentCategoryEEnum, DocumentCategory.IDENTITY_CARD);
		addEEnumLiteral(documentCategoryEEnum, DocumentCategory.VISA);
		addEEnumLiteral(documentCategoryEEnum, DocumentCategory.RESIDENCE_PERMIT);
		addEEnumLiteral(documentCategoryEEnum, DocumentCategory.BORDER_CROSSING_CARD);
		addEEnumLiteral(documentCategoryEEnum, DocumentCategory.CIVIL_STATUS_DOCUMENT);
		addEEnumLiteral(documentCategoryEEnum, DocumentCategory.MINOR_TRAVEL_PERMIT);

		initEEnum(documentTypeEEnum, DocumentType.class, "DocumentType");
		addEEnumLiteral(documentTypeEEnum, DocumentType.ORDINARY);
		addEEnumLiteral(documentTypeEEnum, DocumentType.DIPLOMATIC);
		addEEnumLiteral(documentTypeEEnum, DocumentType.SERVICE);
		addEEnumLiteral(documentTypeEEnum, DocumentType.EMERGENCY);
		addEEnumLiteral(documentTypeEEnum, DocumentType.OTHER);

		initEEnum(documentFormatEEnum, DocumentFormat.class, "DocumentFormat");
		addEEnumLiteral(documentFormatEEnum, DocumentFormat.TD1);
		addEEnumLiteral(documentFormatEEnum, DocumentFormat.TD2);
		addEEnumLiteral(documentFormatEEnum, DocumentFormat.TD3);
		addEEnumLiteral(documentFormatEEnum, DocumentFormat.MRV_A);
		addEEnumLiteral(documentFormatEEnum, DocumentFormat.MRV_B);
		addEEnumLiteral(documentFormatEEnum, DocumentFormat.ID1);
		addEEnumLiteral(documentFormatEEnum, DocumentFormat.OTHER);

		initEEnum(lightEEnum, Light.class, "Light");
		addEEnumLiteral(lightEEnum, Light.VISIBLE);
		addEEnumLiteral(lightEEnum, Light.UV_365);
		addEEnumLiteral(lightEEnum, Light.IR);
		addEEnumLiteral(lightEEnum, Light.TRANSMITTED);

		initEEnum(falseDocumentKindEEnum, FalseDocumentKind.class, "FalseDocumentKind");
		addEEnumLiteral(falseDocumentKindEEnum, FalseDocumentKind.COUNTERFEIT);
		addEEnumLiteral(falseDocumentKindEEnum, FalseDocumentKind.FORGERY);
		addEEnumLiteral(falseDocumentKindEEnum, FalseDocumentKind.FRAUDULENTLY_OBTAINED_GENUINE);
		addEEnumLiteral(falseDocumentKindEEnum, FalseDocumentKind.IMPOSTOR);

		initEEnum(detectionPlaceEEnum, DetectionPlace.class, "DetectionPlace");
		addEEnumLiteral(detectionPlaceEEnum, DetectionPlace.LAND_BORDER);
		addEEnumLiteral(detectionPlaceEEnum, DetectionPlace.AIRPORT);
		addEEnumLiteral(detectionPlaceEEnum, DetectionPlace.SEAPORT);
		addEEnumLiteral(detectionPlaceEEnum, DetectionPlace.INLAND);

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
		  (getDocumentSpecimen_DocumentCode(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getDocumentSpecimen_IssuingState(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getDocumentSpecimen_Category(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getFalseDocumentAlert_SpecimenId(),
		   source,
		   new String[] {
		   });
	}

} //SpecimensPackageImpl
