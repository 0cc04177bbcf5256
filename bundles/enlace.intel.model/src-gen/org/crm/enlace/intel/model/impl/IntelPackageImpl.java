/**
 */
package org.crm.enlace.intel.model.impl;

import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.CrossingKind;
import org.crm.enlace.intel.model.CrossingStatus;
import org.crm.enlace.intel.model.IntelFactory;
import org.crm.enlace.intel.model.IntelPackage;
import org.crm.enlace.intel.model.Modality;
import org.crm.enlace.intel.model.RouteStep;
import org.crm.enlace.intel.model.SmugglerProfile;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.model.StepKind;
import org.crm.enlace.intel.model.VocabularyTerm;

import org.crm.enlace.model.EnlacePackage;

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
public class IntelPackageImpl extends EPackageImpl implements IntelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass smugglingReportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass routeStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass smugglerProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vocabularyTermEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass borderCrossingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum crossingKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum crossingStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum modalityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepKindEEnum = null;

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
	 * @see org.crm.enlace.intel.model.IntelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private IntelPackageImpl() {
		super(eNS_URI, IntelFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link IntelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static IntelPackage init() {
		if (isInited) return (IntelPackage)EPackage.Registry.INSTANCE.getEPackage(IntelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredIntelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		IntelPackageImpl theIntelPackage = registeredIntelPackage instanceof IntelPackageImpl ? (IntelPackageImpl)registeredIntelPackage : new IntelPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EnlacePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theIntelPackage.createPackageContents();

		// Initialize created meta-data
		theIntelPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theIntelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(IntelPackage.eNS_URI, theIntelPackage);
		return theIntelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSmugglingReport() {
		return smugglingReportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglingReport_Title() {
		return (EAttribute)smugglingReportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglingReport_Summary() {
		return (EAttribute)smugglingReportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglingReport_ObservedFrom() {
		return (EAttribute)smugglingReportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglingReport_ObservedTo() {
		return (EAttribute)smugglingReportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglingReport_Countries() {
		return (EAttribute)smugglingReportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglingReport_Modality() {
		return (EAttribute)smugglingReportEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglingReport_ModusOperandi() {
		return (EAttribute)smugglingReportEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSmugglingReport_Route() {
		return (EReference)smugglingReportEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSmugglingReport_Profiles() {
		return (EReference)smugglingReportEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglingReport_LinkedReports() {
		return (EAttribute)smugglingReportEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRouteStep() {
		return routeStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRouteStep_Place() {
		return (EAttribute)routeStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRouteStep_Country() {
		return (EAttribute)routeStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRouteStep_Latitude() {
		return (EAttribute)routeStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRouteStep_Longitude() {
		return (EAttribute)routeStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRouteStep_Kind() {
		return (EAttribute)routeStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRouteStep_TransportToNext() {
		return (EAttribute)routeStepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSmugglerProfile() {
		return smugglerProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglerProfile_Characteristics() {
		return (EAttribute)smugglerProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglerProfile_Roles() {
		return (EAttribute)smugglerProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglerProfile_Nationalities() {
		return (EAttribute)smugglerProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglerProfile_AgeFrom() {
		return (EAttribute)smugglerProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglerProfile_AgeTo() {
		return (EAttribute)smugglerProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmugglerProfile_Names() {
		return (EAttribute)smugglerProfileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVocabularyTerm() {
		return vocabularyTermEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVocabularyTerm_Vocabulary() {
		return (EAttribute)vocabularyTermEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVocabularyTerm_Code() {
		return (EAttribute)vocabularyTermEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVocabularyTerm_LabelEs() {
		return (EAttribute)vocabularyTermEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVocabularyTerm_LabelEn() {
		return (EAttribute)vocabularyTermEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBorderCrossing() {
		return borderCrossingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBorderCrossing_Name() {
		return (EAttribute)borderCrossingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBorderCrossing_Country() {
		return (EAttribute)borderCrossingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBorderCrossing_Latitude() {
		return (EAttribute)borderCrossingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBorderCrossing_Longitude() {
		return (EAttribute)borderCrossingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBorderCrossing_OtherCountry() {
		return (EAttribute)borderCrossingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBorderCrossing_Kind() {
		return (EAttribute)borderCrossingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBorderCrossing_Status() {
		return (EAttribute)borderCrossingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBorderCrossing_Note() {
		return (EAttribute)borderCrossingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCrossingKind() {
		return crossingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCrossingStatus() {
		return crossingStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getModality() {
		return modalityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepKind() {
		return stepKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntelFactory getIntelFactory() {
		return (IntelFactory)getEFactoryInstance();
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
		smugglingReportEClass = createEClass(SMUGGLING_REPORT);
		createEAttribute(smugglingReportEClass, SMUGGLING_REPORT__TITLE);
		createEAttribute(smugglingReportEClass, SMUGGLING_REPORT__SUMMARY);
		createEAttribute(smugglingReportEClass, SMUGGLING_REPORT__OBSERVED_FROM);
		createEAttribute(smugglingReportEClass, SMUGGLING_REPORT__OBSERVED_TO);
		createEAttribute(smugglingReportEClass, SMUGGLING_REPORT__COUNTRIES);
		createEAttribute(smugglingReportEClass, SMUGGLING_REPORT__MODALITY);
		createEAttribute(smugglingReportEClass, SMUGGLING_REPORT__MODUS_OPERANDI);
		createEReference(smugglingReportEClass, SMUGGLING_REPORT__ROUTE);
		createEReference(smugglingReportEClass, SMUGGLING_REPORT__PROFILES);
		createEAttribute(smugglingReportEClass, SMUGGLING_REPORT__LINKED_REPORTS);

		routeStepEClass = createEClass(ROUTE_STEP);
		createEAttribute(routeStepEClass, ROUTE_STEP__PLACE);
		createEAttribute(routeStepEClass, ROUTE_STEP__COUNTRY);
		createEAttribute(routeStepEClass, ROUTE_STEP__LATITUDE);
		createEAttribute(routeStepEClass, ROUTE_STEP__LONGITUDE);
		createEAttribute(routeStepEClass, ROUTE_STEP__KIND);
		createEAttribute(routeStepEClass, ROUTE_STEP__TRANSPORT_TO_NEXT);

		smugglerProfileEClass = createEClass(SMUGGLER_PROFILE);
		createEAttribute(smugglerProfileEClass, SMUGGLER_PROFILE__CHARACTERISTICS);
		createEAttribute(smugglerProfileEClass, SMUGGLER_PROFILE__ROLES);
		createEAttribute(smugglerProfileEClass, SMUGGLER_PROFILE__NATIONALITIES);
		createEAttribute(smugglerProfileEClass, SMUGGLER_PROFILE__AGE_FROM);
		createEAttribute(smugglerProfileEClass, SMUGGLER_PROFILE__AGE_TO);
		createEAttribute(smugglerProfileEClass, SMUGGLER_PROFILE__NAMES);

		vocabularyTermEClass = createEClass(VOCABULARY_TERM);
		createEAttribute(vocabularyTermEClass, VOCABULARY_TERM__VOCABULARY);
		createEAttribute(vocabularyTermEClass, VOCABULARY_TERM__CODE);
		createEAttribute(vocabularyTermEClass, VOCABULARY_TERM__LABEL_ES);
		createEAttribute(vocabularyTermEClass, VOCABULARY_TERM__LABEL_EN);

		borderCrossingEClass = createEClass(BORDER_CROSSING);
		createEAttribute(borderCrossingEClass, BORDER_CROSSING__NAME);
		createEAttribute(borderCrossingEClass, BORDER_CROSSING__COUNTRY);
		createEAttribute(borderCrossingEClass, BORDER_CROSSING__LATITUDE);
		createEAttribute(borderCrossingEClass, BORDER_CROSSING__LONGITUDE);
		createEAttribute(borderCrossingEClass, BORDER_CROSSING__OTHER_COUNTRY);
		createEAttribute(borderCrossingEClass, BORDER_CROSSING__KIND);
		createEAttribute(borderCrossingEClass, BORDER_CROSSING__STATUS);
		createEAttribute(borderCrossingEClass, BORDER_CROSSING__NOTE);

		// Create enums
		crossingKindEEnum = createEEnum(CROSSING_KIND);
		crossingStatusEEnum = createEEnum(CROSSING_STATUS);
		modalityEEnum = createEEnum(MODALITY);
		stepKindEEnum = createEEnum(STEP_KIND);
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
		smugglingReportEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		vocabularyTermEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		borderCrossingEClass.getESuperTypes().add(theEnlacePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(smugglingReportEClass, SmugglingReport.class, "SmugglingReport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSmugglingReport_Title(), ecorePackage.getEString(), "title", null, 1, 1, SmugglingReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglingReport_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, SmugglingReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglingReport_ObservedFrom(), theEnlacePackage.getLocalDate(), "observedFrom", null, 0, 1, SmugglingReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglingReport_ObservedTo(), theEnlacePackage.getLocalDate(), "observedTo", null, 0, 1, SmugglingReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglingReport_Countries(), ecorePackage.getEString(), "countries", null, 0, -1, SmugglingReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglingReport_Modality(), this.getModality(), "modality", null, 0, 1, SmugglingReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglingReport_ModusOperandi(), ecorePackage.getEString(), "modusOperandi", null, 0, -1, SmugglingReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSmugglingReport_Route(), this.getRouteStep(), null, "route", null, 0, -1, SmugglingReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSmugglingReport_Profiles(), this.getSmugglerProfile(), null, "profiles", null, 0, -1, SmugglingReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglingReport_LinkedReports(), ecorePackage.getEString(), "linkedReports", null, 0, -1, SmugglingReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(routeStepEClass, RouteStep.class, "RouteStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRouteStep_Place(), ecorePackage.getEString(), "place", null, 0, 1, RouteStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRouteStep_Country(), ecorePackage.getEString(), "country", null, 0, 1, RouteStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRouteStep_Latitude(), ecorePackage.getEDouble(), "latitude", null, 0, 1, RouteStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRouteStep_Longitude(), ecorePackage.getEDouble(), "longitude", null, 0, 1, RouteStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRouteStep_Kind(), this.getStepKind(), "kind", null, 0, 1, RouteStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRouteStep_TransportToNext(), ecorePackage.getEString(), "transportToNext", null, 0, 1, RouteStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(smugglerProfileEClass, SmugglerProfile.class, "SmugglerProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSmugglerProfile_Characteristics(), ecorePackage.getEString(), "characteristics", null, 0, 1, SmugglerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglerProfile_Roles(), ecorePackage.getEString(), "roles", null, 0, -1, SmugglerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglerProfile_Nationalities(), ecorePackage.getEString(), "nationalities", null, 0, -1, SmugglerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglerProfile_AgeFrom(), ecorePackage.getEIntegerObject(), "ageFrom", null, 0, 1, SmugglerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglerProfile_AgeTo(), ecorePackage.getEIntegerObject(), "ageTo", null, 0, 1, SmugglerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmugglerProfile_Names(), ecorePackage.getEString(), "names", null, 0, -1, SmugglerProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vocabularyTermEClass, VocabularyTerm.class, "VocabularyTerm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVocabularyTerm_Vocabulary(), ecorePackage.getEString(), "vocabulary", null, 1, 1, VocabularyTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVocabularyTerm_Code(), ecorePackage.getEString(), "code", null, 1, 1, VocabularyTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVocabularyTerm_LabelEs(), ecorePackage.getEString(), "labelEs", null, 0, 1, VocabularyTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVocabularyTerm_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, VocabularyTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(borderCrossingEClass, BorderCrossing.class, "BorderCrossing", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBorderCrossing_Name(), ecorePackage.getEString(), "name", null, 1, 1, BorderCrossing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBorderCrossing_Country(), ecorePackage.getEString(), "country", null, 0, 1, BorderCrossing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBorderCrossing_Latitude(), ecorePackage.getEDouble(), "latitude", null, 0, 1, BorderCrossing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBorderCrossing_Longitude(), ecorePackage.getEDouble(), "longitude", null, 0, 1, BorderCrossing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBorderCrossing_OtherCountry(), ecorePackage.getEString(), "otherCountry", null, 0, 1, BorderCrossing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBorderCrossing_Kind(), this.getCrossingKind(), "kind", null, 0, 1, BorderCrossing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBorderCrossing_Status(), this.getCrossingStatus(), "status", null, 0, 1, BorderCrossing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBorderCrossing_Note(), ecorePackage.getEString(), "note", null, 0, 1, BorderCrossing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(crossingKindEEnum, CrossingKind.class, "CrossingKind");
		addEEnumLiteral(crossingKindEEnum, CrossingKind.LAND);
		addEEnumLiteral(crossingKindEEnum, CrossingKind.SEA);
		addEEnumLiteral(crossingKindEEnum, CrossingKind.AIR);
		addEEnumLiteral(crossingKindEEnum, CrossingKind.RIVER);

		initEEnum(crossingStatusEEnum, CrossingStatus.class, "CrossingStatus");
		addEEnumLiteral(crossingStatusEEnum, CrossingStatus.OFFICIAL);
		addEEnumLiteral(crossingStatusEEnum, CrossingStatus.IRREGULAR);

		initEEnum(modalityEEnum, Modality.class, "Modality");
		addEEnumLiteral(modalityEEnum, Modality.LAND);
		addEEnumLiteral(modalityEEnum, Modality.SEA);
		addEEnumLiteral(modalityEEnum, Modality.AIR);
		addEEnumLiteral(modalityEEnum, Modality.COMBINED);

		initEEnum(stepKindEEnum, StepKind.class, "StepKind");
		addEEnumLiteral(stepKindEEnum, StepKind.ORIGIN);
		addEEnumLiteral(stepKindEEnum, StepKind.TRANSIT);
		addEEnumLiteral(stepKindEEnum, StepKind.BORDER_CROSSING);
		addEEnumLiteral(stepKindEEnum, StepKind.DESTINATION);

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
		  (getSmugglingReport_Countries(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getSmugglingReport_Modality(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getSmugglingReport_ModusOperandi(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getVocabularyTerm_Vocabulary(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getVocabularyTerm_Code(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getBorderCrossing_Country(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getBorderCrossing_OtherCountry(),
		   source,
		   new String[] {
		   });
	}

} //IntelPackageImpl
