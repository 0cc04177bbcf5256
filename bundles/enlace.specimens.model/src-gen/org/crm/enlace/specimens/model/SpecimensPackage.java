/**
 */
package org.crm.enlace.specimens.model;

import org.crm.enlace.model.EnlacePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * The register of the region's travel and identity document specimens and the false-document alerts (work plan item 1.4.1). Images are attachments of the record; the model holds their ids and sizes.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.specimens.model.SpecimensFactory
 * @model kind="package"
 * @generated
 */
public interface SpecimensPackage extends EPackage {
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
	String eNS_URI = "http://crm-enlace.org/model/specimens/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "specimens";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SpecimensPackage eINSTANCE = org.crm.enlace.specimens.model.impl.SpecimensPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl <em>Document Specimen</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getDocumentSpecimen()
	 * @generated
	 */
	int DOCUMENT_SPECIMEN = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Document Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__DOCUMENT_CODE = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Issuing State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__ISSUING_STATE = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__CATEGORY = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Document Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__DOCUMENT_TYPE = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Document Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__DOCUMENT_NAME = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Series</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__SERIES = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>First Issued</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__FIRST_ISSUED = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Still Valid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__STILL_VALID = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Withdrawn On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__WITHDRAWN_ON = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__FORMAT = EnlacePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__PAGE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Material</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__MATERIAL = EnlacePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Validities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__VALIDITIES = EnlacePackage.RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Procedure Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__PROCEDURE_ID = EnlacePackage.RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN__PAGES = EnlacePackage.RECORD_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Document Specimen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Document Specimen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_SPECIMEN_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.impl.HolderAgeValidityImpl <em>Holder Age Validity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.impl.HolderAgeValidityImpl
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getHolderAgeValidity()
	 * @generated
	 */
	int HOLDER_AGE_VALIDITY = 1;

	/**
	 * The feature id for the '<em><b>From Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLDER_AGE_VALIDITY__FROM_AGE = 0;

	/**
	 * The feature id for the '<em><b>To Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLDER_AGE_VALIDITY__TO_AGE = 1;

	/**
	 * The feature id for the '<em><b>Validity Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLDER_AGE_VALIDITY__VALIDITY_MONTHS = 2;

	/**
	 * The number of structural features of the '<em>Holder Age Validity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLDER_AGE_VALIDITY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Holder Age Validity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLDER_AGE_VALIDITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.impl.SpecimenPageImpl <em>Specimen Page</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.impl.SpecimenPageImpl
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getSpecimenPage()
	 * @generated
	 */
	int SPECIMEN_PAGE = 2;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIMEN_PAGE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIMEN_PAGE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIMEN_PAGE__IMAGES = 2;

	/**
	 * The feature id for the '<em><b>Callouts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIMEN_PAGE__CALLOUTS = 3;

	/**
	 * The number of structural features of the '<em>Specimen Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIMEN_PAGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Specimen Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIMEN_PAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.impl.PageImageImpl <em>Page Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.impl.PageImageImpl
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getPageImage()
	 * @generated
	 */
	int PAGE_IMAGE = 3;

	/**
	 * The feature id for the '<em><b>Light</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_IMAGE__LIGHT = 0;

	/**
	 * The feature id for the '<em><b>Attachment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_IMAGE__ATTACHMENT_ID = 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_IMAGE__WIDTH = 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_IMAGE__HEIGHT = 3;

	/**
	 * The number of structural features of the '<em>Page Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_IMAGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Page Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_IMAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.impl.CalloutImpl <em>Callout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.impl.CalloutImpl
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getCallout()
	 * @generated
	 */
	int CALLOUT = 4;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__IMAGE = 1;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__X = 2;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__Y = 3;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__WIDTH = 4;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__HEIGHT = 5;

	/**
	 * The feature id for the '<em><b>Feature Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__FEATURE_CODE = 6;

	/**
	 * The feature id for the '<em><b>Light</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__LIGHT = 7;

	/**
	 * The feature id for the '<em><b>Description Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__DESCRIPTION_ES = 8;

	/**
	 * The feature id for the '<em><b>Description En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__DESCRIPTION_EN = 9;

	/**
	 * The number of structural features of the '<em>Callout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Callout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl <em>False Document Alert</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getFalseDocumentAlert()
	 * @generated
	 */
	int FALSE_DOCUMENT_ALERT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__KIND = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Specimen Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__SPECIMEN_ID = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__IMAGES = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Deviations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__DEVIATIONS = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Place Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__PLACE_KIND = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__PLACE = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Detected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__DETECTED_ON = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT__NOTE = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>False Document Alert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>False Document Alert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALSE_DOCUMENT_ALERT_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.DocumentCategory <em>Document Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.DocumentCategory
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getDocumentCategory()
	 * @generated
	 */
	int DOCUMENT_CATEGORY = 6;

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.DocumentType <em>Document Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.DocumentType
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getDocumentType()
	 * @generated
	 */
	int DOCUMENT_TYPE = 7;

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.DocumentFormat <em>Document Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.DocumentFormat
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getDocumentFormat()
	 * @generated
	 */
	int DOCUMENT_FORMAT = 8;

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.Light <em>Light</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.Light
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getLight()
	 * @generated
	 */
	int LIGHT = 9;

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.FalseDocumentKind <em>False Document Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.FalseDocumentKind
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getFalseDocumentKind()
	 * @generated
	 */
	int FALSE_DOCUMENT_KIND = 10;

	/**
	 * The meta object id for the '{@link org.crm.enlace.specimens.model.DetectionPlace <em>Detection Place</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.specimens.model.DetectionPlace
	 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getDetectionPlace()
	 * @generated
	 */
	int DETECTION_PLACE = 11;


	/**
	 * Returns the meta object for class '{@link org.crm.enlace.specimens.model.DocumentSpecimen <em>Document Specimen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Specimen</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen
	 * @generated
	 */
	EClass getDocumentSpecimen();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentCode <em>Document Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Code</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentCode()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_DocumentCode();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getIssuingState <em>Issuing State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuing State</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getIssuingState()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_IssuingState();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getCategory()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentType <em>Document Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Type</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentType()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_DocumentType();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentName <em>Document Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Name</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentName()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_DocumentName();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Series</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getSeries()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_Series();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getFirstIssued <em>First Issued</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Issued</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getFirstIssued()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_FirstIssued();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#isStillValid <em>Still Valid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Still Valid</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#isStillValid()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_StillValid();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getWithdrawnOn <em>Withdrawn On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Withdrawn On</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getWithdrawnOn()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_WithdrawnOn();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getFormat()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getPageCount <em>Page Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Count</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getPageCount()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_PageCount();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getMaterial <em>Material</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Material</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getMaterial()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_Material();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getValidities <em>Validities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Validities</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getValidities()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EReference getDocumentSpecimen_Validities();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getProcedureId <em>Procedure Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Procedure Id</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getProcedureId()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EAttribute getDocumentSpecimen_ProcedureId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pages</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentSpecimen#getPages()
	 * @see #getDocumentSpecimen()
	 * @generated
	 */
	EReference getDocumentSpecimen_Pages();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.specimens.model.HolderAgeValidity <em>Holder Age Validity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Holder Age Validity</em>'.
	 * @see org.crm.enlace.specimens.model.HolderAgeValidity
	 * @generated
	 */
	EClass getHolderAgeValidity();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.HolderAgeValidity#getFromAge <em>From Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Age</em>'.
	 * @see org.crm.enlace.specimens.model.HolderAgeValidity#getFromAge()
	 * @see #getHolderAgeValidity()
	 * @generated
	 */
	EAttribute getHolderAgeValidity_FromAge();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.HolderAgeValidity#getToAge <em>To Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Age</em>'.
	 * @see org.crm.enlace.specimens.model.HolderAgeValidity#getToAge()
	 * @see #getHolderAgeValidity()
	 * @generated
	 */
	EAttribute getHolderAgeValidity_ToAge();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.HolderAgeValidity#getValidityMonths <em>Validity Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validity Months</em>'.
	 * @see org.crm.enlace.specimens.model.HolderAgeValidity#getValidityMonths()
	 * @see #getHolderAgeValidity()
	 * @generated
	 */
	EAttribute getHolderAgeValidity_ValidityMonths();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.specimens.model.SpecimenPage <em>Specimen Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Specimen Page</em>'.
	 * @see org.crm.enlace.specimens.model.SpecimenPage
	 * @generated
	 */
	EClass getSpecimenPage();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.SpecimenPage#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.crm.enlace.specimens.model.SpecimenPage#getNumber()
	 * @see #getSpecimenPage()
	 * @generated
	 */
	EAttribute getSpecimenPage_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.SpecimenPage#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.crm.enlace.specimens.model.SpecimenPage#getLabel()
	 * @see #getSpecimenPage()
	 * @generated
	 */
	EAttribute getSpecimenPage_Label();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.specimens.model.SpecimenPage#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see org.crm.enlace.specimens.model.SpecimenPage#getImages()
	 * @see #getSpecimenPage()
	 * @generated
	 */
	EReference getSpecimenPage_Images();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.specimens.model.SpecimenPage#getCallouts <em>Callouts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Callouts</em>'.
	 * @see org.crm.enlace.specimens.model.SpecimenPage#getCallouts()
	 * @see #getSpecimenPage()
	 * @generated
	 */
	EReference getSpecimenPage_Callouts();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.specimens.model.PageImage <em>Page Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Page Image</em>'.
	 * @see org.crm.enlace.specimens.model.PageImage
	 * @generated
	 */
	EClass getPageImage();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.PageImage#getLight <em>Light</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Light</em>'.
	 * @see org.crm.enlace.specimens.model.PageImage#getLight()
	 * @see #getPageImage()
	 * @generated
	 */
	EAttribute getPageImage_Light();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.PageImage#getAttachmentId <em>Attachment Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attachment Id</em>'.
	 * @see org.crm.enlace.specimens.model.PageImage#getAttachmentId()
	 * @see #getPageImage()
	 * @generated
	 */
	EAttribute getPageImage_AttachmentId();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.PageImage#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.crm.enlace.specimens.model.PageImage#getWidth()
	 * @see #getPageImage()
	 * @generated
	 */
	EAttribute getPageImage_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.PageImage#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.crm.enlace.specimens.model.PageImage#getHeight()
	 * @see #getPageImage()
	 * @generated
	 */
	EAttribute getPageImage_Height();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.specimens.model.Callout <em>Callout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Callout</em>'.
	 * @see org.crm.enlace.specimens.model.Callout
	 * @generated
	 */
	EClass getCallout();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.Callout#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.crm.enlace.specimens.model.Callout#getNumber()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_Number();

	/**
	 * Returns the meta object for the reference '{@link org.crm.enlace.specimens.model.Callout#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image</em>'.
	 * @see org.crm.enlace.specimens.model.Callout#getImage()
	 * @see #getCallout()
	 * @generated
	 */
	EReference getCallout_Image();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.Callout#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.crm.enlace.specimens.model.Callout#getX()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_X();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.Callout#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.crm.enlace.specimens.model.Callout#getY()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.Callout#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.crm.enlace.specimens.model.Callout#getWidth()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.Callout#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.crm.enlace.specimens.model.Callout#getHeight()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.Callout#getFeatureCode <em>Feature Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Code</em>'.
	 * @see org.crm.enlace.specimens.model.Callout#getFeatureCode()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_FeatureCode();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.Callout#getLight <em>Light</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Light</em>'.
	 * @see org.crm.enlace.specimens.model.Callout#getLight()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_Light();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.Callout#getDescriptionEs <em>Description Es</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Es</em>'.
	 * @see org.crm.enlace.specimens.model.Callout#getDescriptionEs()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_DescriptionEs();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.Callout#getDescriptionEn <em>Description En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description En</em>'.
	 * @see org.crm.enlace.specimens.model.Callout#getDescriptionEn()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_DescriptionEn();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.specimens.model.FalseDocumentAlert <em>False Document Alert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>False Document Alert</em>'.
	 * @see org.crm.enlace.specimens.model.FalseDocumentAlert
	 * @generated
	 */
	EClass getFalseDocumentAlert();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crm.enlace.specimens.model.FalseDocumentAlert#getKind()
	 * @see #getFalseDocumentAlert()
	 * @generated
	 */
	EAttribute getFalseDocumentAlert_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getSpecimenId <em>Specimen Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specimen Id</em>'.
	 * @see org.crm.enlace.specimens.model.FalseDocumentAlert#getSpecimenId()
	 * @see #getFalseDocumentAlert()
	 * @generated
	 */
	EAttribute getFalseDocumentAlert_SpecimenId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see org.crm.enlace.specimens.model.FalseDocumentAlert#getImages()
	 * @see #getFalseDocumentAlert()
	 * @generated
	 */
	EReference getFalseDocumentAlert_Images();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getDeviations <em>Deviations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Deviations</em>'.
	 * @see org.crm.enlace.specimens.model.FalseDocumentAlert#getDeviations()
	 * @see #getFalseDocumentAlert()
	 * @generated
	 */
	EReference getFalseDocumentAlert_Deviations();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getPlaceKind <em>Place Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place Kind</em>'.
	 * @see org.crm.enlace.specimens.model.FalseDocumentAlert#getPlaceKind()
	 * @see #getFalseDocumentAlert()
	 * @generated
	 */
	EAttribute getFalseDocumentAlert_PlaceKind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.crm.enlace.specimens.model.FalseDocumentAlert#getPlace()
	 * @see #getFalseDocumentAlert()
	 * @generated
	 */
	EAttribute getFalseDocumentAlert_Place();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getDetectedOn <em>Detected On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detected On</em>'.
	 * @see org.crm.enlace.specimens.model.FalseDocumentAlert#getDetectedOn()
	 * @see #getFalseDocumentAlert()
	 * @generated
	 */
	EAttribute getFalseDocumentAlert_DetectedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.crm.enlace.specimens.model.FalseDocumentAlert#getNote()
	 * @see #getFalseDocumentAlert()
	 * @generated
	 */
	EAttribute getFalseDocumentAlert_Note();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.specimens.model.DocumentCategory <em>Document Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Category</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentCategory
	 * @generated
	 */
	EEnum getDocumentCategory();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.specimens.model.DocumentType <em>Document Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Type</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentType
	 * @generated
	 */
	EEnum getDocumentType();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.specimens.model.DocumentFormat <em>Document Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Format</em>'.
	 * @see org.crm.enlace.specimens.model.DocumentFormat
	 * @generated
	 */
	EEnum getDocumentFormat();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.specimens.model.Light <em>Light</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Light</em>'.
	 * @see org.crm.enlace.specimens.model.Light
	 * @generated
	 */
	EEnum getLight();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.specimens.model.FalseDocumentKind <em>False Document Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>False Document Kind</em>'.
	 * @see org.crm.enlace.specimens.model.FalseDocumentKind
	 * @generated
	 */
	EEnum getFalseDocumentKind();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.specimens.model.DetectionPlace <em>Detection Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Detection Place</em>'.
	 * @see org.crm.enlace.specimens.model.DetectionPlace
	 * @generated
	 */
	EEnum getDetectionPlace();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SpecimensFactory getSpecimensFactory();

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
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl <em>Document Specimen</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getDocumentSpecimen()
		 * @generated
		 */
		EClass DOCUMENT_SPECIMEN = eINSTANCE.getDocumentSpecimen();

		/**
		 * The meta object literal for the '<em><b>Document Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__DOCUMENT_CODE = eINSTANCE.getDocumentSpecimen_DocumentCode();

		/**
		 * The meta object literal for the '<em><b>Issuing State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__ISSUING_STATE = eINSTANCE.getDocumentSpecimen_IssuingState();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__CATEGORY = eINSTANCE.getDocumentSpecimen_Category();

		/**
		 * The meta object literal for the '<em><b>Document Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__DOCUMENT_TYPE = eINSTANCE.getDocumentSpecimen_DocumentType();

		/**
		 * The meta object literal for the '<em><b>Document Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__DOCUMENT_NAME = eINSTANCE.getDocumentSpecimen_DocumentName();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__SERIES = eINSTANCE.getDocumentSpecimen_Series();

		/**
		 * The meta object literal for the '<em><b>First Issued</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__FIRST_ISSUED = eINSTANCE.getDocumentSpecimen_FirstIssued();

		/**
		 * The meta object literal for the '<em><b>Still Valid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__STILL_VALID = eINSTANCE.getDocumentSpecimen_StillValid();

		/**
		 * The meta object literal for the '<em><b>Withdrawn On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__WITHDRAWN_ON = eINSTANCE.getDocumentSpecimen_WithdrawnOn();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__FORMAT = eINSTANCE.getDocumentSpecimen_Format();

		/**
		 * The meta object literal for the '<em><b>Page Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__PAGE_COUNT = eINSTANCE.getDocumentSpecimen_PageCount();

		/**
		 * The meta object literal for the '<em><b>Material</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__MATERIAL = eINSTANCE.getDocumentSpecimen_Material();

		/**
		 * The meta object literal for the '<em><b>Validities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_SPECIMEN__VALIDITIES = eINSTANCE.getDocumentSpecimen_Validities();

		/**
		 * The meta object literal for the '<em><b>Procedure Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_SPECIMEN__PROCEDURE_ID = eINSTANCE.getDocumentSpecimen_ProcedureId();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_SPECIMEN__PAGES = eINSTANCE.getDocumentSpecimen_Pages();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.impl.HolderAgeValidityImpl <em>Holder Age Validity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.impl.HolderAgeValidityImpl
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getHolderAgeValidity()
		 * @generated
		 */
		EClass HOLDER_AGE_VALIDITY = eINSTANCE.getHolderAgeValidity();

		/**
		 * The meta object literal for the '<em><b>From Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLDER_AGE_VALIDITY__FROM_AGE = eINSTANCE.getHolderAgeValidity_FromAge();

		/**
		 * The meta object literal for the '<em><b>To Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLDER_AGE_VALIDITY__TO_AGE = eINSTANCE.getHolderAgeValidity_ToAge();

		/**
		 * The meta object literal for the '<em><b>Validity Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLDER_AGE_VALIDITY__VALIDITY_MONTHS = eINSTANCE.getHolderAgeValidity_ValidityMonths();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.impl.SpecimenPageImpl <em>Specimen Page</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.impl.SpecimenPageImpl
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getSpecimenPage()
		 * @generated
		 */
		EClass SPECIMEN_PAGE = eINSTANCE.getSpecimenPage();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIMEN_PAGE__NUMBER = eINSTANCE.getSpecimenPage_Number();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIMEN_PAGE__LABEL = eINSTANCE.getSpecimenPage_Label();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPECIMEN_PAGE__IMAGES = eINSTANCE.getSpecimenPage_Images();

		/**
		 * The meta object literal for the '<em><b>Callouts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPECIMEN_PAGE__CALLOUTS = eINSTANCE.getSpecimenPage_Callouts();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.impl.PageImageImpl <em>Page Image</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.impl.PageImageImpl
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getPageImage()
		 * @generated
		 */
		EClass PAGE_IMAGE = eINSTANCE.getPageImage();

		/**
		 * The meta object literal for the '<em><b>Light</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE_IMAGE__LIGHT = eINSTANCE.getPageImage_Light();

		/**
		 * The meta object literal for the '<em><b>Attachment Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE_IMAGE__ATTACHMENT_ID = eINSTANCE.getPageImage_AttachmentId();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE_IMAGE__WIDTH = eINSTANCE.getPageImage_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE_IMAGE__HEIGHT = eINSTANCE.getPageImage_Height();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.impl.CalloutImpl <em>Callout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.impl.CalloutImpl
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getCallout()
		 * @generated
		 */
		EClass CALLOUT = eINSTANCE.getCallout();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__NUMBER = eINSTANCE.getCallout_Number();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALLOUT__IMAGE = eINSTANCE.getCallout_Image();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__X = eINSTANCE.getCallout_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__Y = eINSTANCE.getCallout_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__WIDTH = eINSTANCE.getCallout_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__HEIGHT = eINSTANCE.getCallout_Height();

		/**
		 * The meta object literal for the '<em><b>Feature Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__FEATURE_CODE = eINSTANCE.getCallout_FeatureCode();

		/**
		 * The meta object literal for the '<em><b>Light</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__LIGHT = eINSTANCE.getCallout_Light();

		/**
		 * The meta object literal for the '<em><b>Description Es</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__DESCRIPTION_ES = eINSTANCE.getCallout_DescriptionEs();

		/**
		 * The meta object literal for the '<em><b>Description En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__DESCRIPTION_EN = eINSTANCE.getCallout_DescriptionEn();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl <em>False Document Alert</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getFalseDocumentAlert()
		 * @generated
		 */
		EClass FALSE_DOCUMENT_ALERT = eINSTANCE.getFalseDocumentAlert();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FALSE_DOCUMENT_ALERT__KIND = eINSTANCE.getFalseDocumentAlert_Kind();

		/**
		 * The meta object literal for the '<em><b>Specimen Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FALSE_DOCUMENT_ALERT__SPECIMEN_ID = eINSTANCE.getFalseDocumentAlert_SpecimenId();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FALSE_DOCUMENT_ALERT__IMAGES = eINSTANCE.getFalseDocumentAlert_Images();

		/**
		 * The meta object literal for the '<em><b>Deviations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FALSE_DOCUMENT_ALERT__DEVIATIONS = eINSTANCE.getFalseDocumentAlert_Deviations();

		/**
		 * The meta object literal for the '<em><b>Place Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FALSE_DOCUMENT_ALERT__PLACE_KIND = eINSTANCE.getFalseDocumentAlert_PlaceKind();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FALSE_DOCUMENT_ALERT__PLACE = eINSTANCE.getFalseDocumentAlert_Place();

		/**
		 * The meta object literal for the '<em><b>Detected On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FALSE_DOCUMENT_ALERT__DETECTED_ON = eINSTANCE.getFalseDocumentAlert_DetectedOn();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FALSE_DOCUMENT_ALERT__NOTE = eINSTANCE.getFalseDocumentAlert_Note();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.DocumentCategory <em>Document Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.DocumentCategory
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getDocumentCategory()
		 * @generated
		 */
		EEnum DOCUMENT_CATEGORY = eINSTANCE.getDocumentCategory();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.DocumentType <em>Document Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.DocumentType
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getDocumentType()
		 * @generated
		 */
		EEnum DOCUMENT_TYPE = eINSTANCE.getDocumentType();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.DocumentFormat <em>Document Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.DocumentFormat
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getDocumentFormat()
		 * @generated
		 */
		EEnum DOCUMENT_FORMAT = eINSTANCE.getDocumentFormat();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.Light <em>Light</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.Light
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getLight()
		 * @generated
		 */
		EEnum LIGHT = eINSTANCE.getLight();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.FalseDocumentKind <em>False Document Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.FalseDocumentKind
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getFalseDocumentKind()
		 * @generated
		 */
		EEnum FALSE_DOCUMENT_KIND = eINSTANCE.getFalseDocumentKind();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.specimens.model.DetectionPlace <em>Detection Place</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.specimens.model.DetectionPlace
		 * @see org.crm.enlace.specimens.model.impl.SpecimensPackageImpl#getDetectionPlace()
		 * @generated
		 */
		EEnum DETECTION_PLACE = eINSTANCE.getDetectionPlace();

	}

} //SpecimensPackage
