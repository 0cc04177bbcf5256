/**
 */
package org.crm.enlace.compliance.model.impl;

import org.crm.enlace.compliance.model.ComplianceFactory;
import org.crm.enlace.compliance.model.CompliancePackage;
import org.crm.enlace.compliance.model.SpaceApproval;

import org.crm.enlace.model.EnlacePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CompliancePackageImpl extends EPackageImpl implements CompliancePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spaceApprovalEClass = null;

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
	 * @see org.crm.enlace.compliance.model.CompliancePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CompliancePackageImpl() {
		super(eNS_URI, ComplianceFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CompliancePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CompliancePackage init() {
		if (isInited) return (CompliancePackage)EPackage.Registry.INSTANCE.getEPackage(CompliancePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCompliancePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CompliancePackageImpl theCompliancePackage = registeredCompliancePackage instanceof CompliancePackageImpl ? (CompliancePackageImpl)registeredCompliancePackage : new CompliancePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EnlacePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theCompliancePackage.createPackageContents();

		// Initialize created meta-data
		theCompliancePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCompliancePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CompliancePackage.eNS_URI, theCompliancePackage);
		return theCompliancePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpaceApproval() {
		return spaceApprovalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpaceApproval_Network() {
		return (EAttribute)spaceApprovalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpaceApproval_ApprovedOn() {
		return (EAttribute)spaceApprovalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpaceApproval_Note() {
		return (EAttribute)spaceApprovalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplianceFactory getComplianceFactory() {
		return (ComplianceFactory)getEFactoryInstance();
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
		spaceApprovalEClass = createEClass(SPACE_APPROVAL);
		createEAttribute(spaceApprovalEClass, SPACE_APPROVAL__NETWORK);
		createEAttribute(spaceApprovalEClass, SPACE_APPROVAL__APPROVED_ON);
		createEAttribute(spaceApprovalEClass, SPACE_APPROVAL__NOTE);
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
		spaceApprovalEClass.getESuperTypes().add(theEnlacePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(spaceApprovalEClass, SpaceApproval.class, "SpaceApproval", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpaceApproval_Network(), ecorePackage.getEString(), "network", null, 1, 1, SpaceApproval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpaceApproval_ApprovedOn(), theEnlacePackage.getLocalDate(), "approvedOn", null, 1, 1, SpaceApproval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpaceApproval_Note(), ecorePackage.getEString(), "note", null, 0, 1, SpaceApproval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		  (getSpaceApproval_Network(),
		   source,
		   new String[] {
		   });
	}

} //CompliancePackageImpl
