/**
 */
package org.crm.enlace.compliance.model;

import org.crm.enlace.model.EnlacePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The 4-month timeline of the work plan's first area: when the network's private space was approved.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.compliance.model.ComplianceFactory
 * @model kind="package"
 * @generated
 */
public interface CompliancePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://crm-enlace.org/model/compliance/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "compliance";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CompliancePackage eINSTANCE = org.crm.enlace.compliance.model.impl.CompliancePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crm.enlace.compliance.model.impl.SpaceApprovalImpl <em>Space Approval</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.compliance.model.impl.SpaceApprovalImpl
	 * @see org.crm.enlace.compliance.model.impl.CompliancePackageImpl#getSpaceApproval()
	 * @generated
	 */
	int SPACE_APPROVAL = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__NETWORK = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__APPROVED_ON = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL__NOTE = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Space Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Space Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_APPROVAL_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.crm.enlace.compliance.model.SpaceApproval <em>Space Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Space Approval</em>'.
	 * @see org.crm.enlace.compliance.model.SpaceApproval
	 * @generated
	 */
	EClass getSpaceApproval();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.compliance.model.SpaceApproval#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network</em>'.
	 * @see org.crm.enlace.compliance.model.SpaceApproval#getNetwork()
	 * @see #getSpaceApproval()
	 * @generated
	 */
	EAttribute getSpaceApproval_Network();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.compliance.model.SpaceApproval#getApprovedOn <em>Approved On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved On</em>'.
	 * @see org.crm.enlace.compliance.model.SpaceApproval#getApprovedOn()
	 * @see #getSpaceApproval()
	 * @generated
	 */
	EAttribute getSpaceApproval_ApprovedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.compliance.model.SpaceApproval#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.crm.enlace.compliance.model.SpaceApproval#getNote()
	 * @see #getSpaceApproval()
	 * @generated
	 */
	EAttribute getSpaceApproval_Note();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ComplianceFactory getComplianceFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.crm.enlace.compliance.model.impl.SpaceApprovalImpl <em>Space Approval</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.compliance.model.impl.SpaceApprovalImpl
		 * @see org.crm.enlace.compliance.model.impl.CompliancePackageImpl#getSpaceApproval()
		 * @generated
		 */
		EClass SPACE_APPROVAL = eINSTANCE.getSpaceApproval();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPACE_APPROVAL__NETWORK = eINSTANCE.getSpaceApproval_Network();

		/**
		 * The meta object literal for the '<em><b>Approved On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPACE_APPROVAL__APPROVED_ON = eINSTANCE.getSpaceApproval_ApprovedOn();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPACE_APPROVAL__NOTE = eINSTANCE.getSpaceApproval_Note();

	}

} //CompliancePackage
