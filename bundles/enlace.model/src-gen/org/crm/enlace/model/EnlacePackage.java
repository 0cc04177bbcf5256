/**
 */
package org.crm.enlace.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * Enlace's shared model: everything the liaison network shares is a Record owned by one country (or the Technical Secretariat, or IOM). An EAttribute annotated with source http://crm-enlace.org/store/index can be queried by value through the record store.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.model.EnlaceFactory
 * @model kind="package"
 * @generated
 */
public interface EnlacePackage extends EPackage {
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
	String eNS_URI = "http://crm-enlace.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "enlace";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EnlacePackage eINSTANCE = org.crm.enlace.model.impl.EnlacePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.impl.RecordImpl <em>Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.impl.RecordImpl
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getRecord()
	 * @generated
	 */
	int RECORD = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__ID = 0;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__OWNER_COUNTRY = 1;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__CREATED_AT = 2;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__CREATED_BY = 3;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__MODIFIED_AT = 4;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__MODIFIED_BY = 5;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__VERSION = 6;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__AUTHOR = 7;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__HANDLING_CODE = 8;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__TLP = 9;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__RELEASABILITY = 10;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__RELEASABLE_TO = 11;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__SOURCE_RELIABILITY = 12;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__INFORMATION_ACCURACY = 13;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__PROVENANCE_KIND = 14;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__PROVENANCE = 15;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__RETENTION_UNTIL = 16;

	/**
	 * The number of structural features of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.impl.CountryImpl <em>Country</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.impl.CountryImpl
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getCountry()
	 * @generated
	 */
	int COUNTRY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__OWNER_COUNTRY = RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__CREATED_AT = RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__CREATED_BY = RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__MODIFIED_AT = RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__MODIFIED_BY = RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__VERSION = RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__AUTHOR = RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__HANDLING_CODE = RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__TLP = RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__RELEASABILITY = RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__RELEASABLE_TO = RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__SOURCE_RELIABILITY = RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__INFORMATION_ACCURACY = RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__PROVENANCE_KIND = RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__PROVENANCE = RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__RETENTION_UNTIL = RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__CODE = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__NAME_ES = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__NAME_EN = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Name Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__NAME_FR = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__STATUS = RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Country</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Country</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.impl.OrganizationImpl
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__OWNER_COUNTRY = RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CREATED_AT = RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CREATED_BY = RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__MODIFIED_AT = RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__MODIFIED_BY = RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__VERSION = RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__AUTHOR = RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__HANDLING_CODE = RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__TLP = RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__RELEASABILITY = RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__RELEASABLE_TO = RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__SOURCE_RELIABILITY = RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__INFORMATION_ACCURACY = RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__PROVENANCE_KIND = RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__PROVENANCE = RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__RETENTION_UNTIL = RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ACRONYM = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__COUNTRY = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__KIND = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__MANDATE = RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.impl.ContactPointImpl <em>Contact Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.impl.ContactPointImpl
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getContactPoint()
	 * @generated
	 */
	int CONTACT_POINT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__OWNER_COUNTRY = RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__CREATED_AT = RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__CREATED_BY = RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__MODIFIED_AT = RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__MODIFIED_BY = RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__VERSION = RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__AUTHOR = RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__HANDLING_CODE = RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__TLP = RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__RELEASABILITY = RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__RELEASABLE_TO = RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__SOURCE_RELIABILITY = RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__INFORMATION_ACCURACY = RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__PROVENANCE_KIND = RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__PROVENANCE = RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__RETENTION_UNTIL = RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__COUNTRY = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__ROLE = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__FULL_NAME = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__TITLE = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__AGENCY = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__EMAIL = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Phones</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__PHONES = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Working Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__WORKING_LANGUAGES = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__VALID_FROM = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__VALID_TO = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Last Verified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__LAST_VERIFIED_ON = RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Contact Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT_FEATURE_COUNT = RECORD_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Contact Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.impl.PersonImpl
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 4;

	/**
	 * The feature id for the '<em><b>Given Names</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__GIVEN_NAMES = 0;

	/**
	 * The feature id for the '<em><b>First Surname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__FIRST_SURNAME = 1;

	/**
	 * The feature id for the '<em><b>Second Surname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__SECOND_SURNAME = 2;

	/**
	 * The feature id for the '<em><b>Surname Particles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__SURNAME_PARTICLES = 3;

	/**
	 * The feature id for the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DATE_OF_BIRTH = 4;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__SEX = 5;

	/**
	 * The feature id for the '<em><b>Nationality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NATIONALITY = 6;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DOCUMENTS = 7;

	/**
	 * The feature id for the '<em><b>Mrz Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__MRZ_NAME = 8;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.impl.PersonDocumentImpl <em>Person Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.impl.PersonDocumentImpl
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getPersonDocument()
	 * @generated
	 */
	int PERSON_DOCUMENT = 5;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_DOCUMENT__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_DOCUMENT__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Issuing State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_DOCUMENT__ISSUING_STATE = 2;

	/**
	 * The feature id for the '<em><b>Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_DOCUMENT__EXPIRY = 3;

	/**
	 * The number of structural features of the '<em>Person Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_DOCUMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Person Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.HandlingCode <em>Handling Code</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.HandlingCode
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getHandlingCode()
	 * @generated
	 */
	int HANDLING_CODE = 6;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.Tlp <em>Tlp</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.Tlp
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getTlp()
	 * @generated
	 */
	int TLP = 7;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.Releasability <em>Releasability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.Releasability
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getReleasability()
	 * @generated
	 */
	int RELEASABILITY = 8;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.SourceReliability <em>Source Reliability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.SourceReliability
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getSourceReliability()
	 * @generated
	 */
	int SOURCE_RELIABILITY = 9;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.InformationAccuracy <em>Information Accuracy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.InformationAccuracy
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getInformationAccuracy()
	 * @generated
	 */
	int INFORMATION_ACCURACY = 10;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.ProvenanceKind <em>Provenance Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.ProvenanceKind
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getProvenanceKind()
	 * @generated
	 */
	int PROVENANCE_KIND = 11;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.CountryStatus <em>Country Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.CountryStatus
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getCountryStatus()
	 * @generated
	 */
	int COUNTRY_STATUS = 12;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.OrganizationKind <em>Organization Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.OrganizationKind
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getOrganizationKind()
	 * @generated
	 */
	int ORGANIZATION_KIND = 13;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.ContactRole <em>Contact Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.ContactRole
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getContactRole()
	 * @generated
	 */
	int CONTACT_ROLE = 14;

	/**
	 * The meta object id for the '{@link org.crm.enlace.model.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.model.Sex
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getSex()
	 * @generated
	 */
	int SEX = 15;

	/**
	 * The meta object id for the '<em>Partial Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getPartialDate()
	 * @generated
	 */
	int PARTIAL_DATE = 16;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 17;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 18;


	/**
	 * Returns the meta object for class '{@link org.crm.enlace.model.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record</em>'.
	 * @see org.crm.enlace.model.Record
	 * @generated
	 */
	EClass getRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.crm.enlace.model.Record#getId()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getOwnerCountry <em>Owner Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Country</em>'.
	 * @see org.crm.enlace.model.Record#getOwnerCountry()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_OwnerCountry();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.crm.enlace.model.Record#getCreatedAt()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created By</em>'.
	 * @see org.crm.enlace.model.Record#getCreatedBy()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_CreatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getModifiedAt <em>Modified At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified At</em>'.
	 * @see org.crm.enlace.model.Record#getModifiedAt()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_ModifiedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getModifiedBy <em>Modified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified By</em>'.
	 * @see org.crm.enlace.model.Record#getModifiedBy()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_ModifiedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.crm.enlace.model.Record#getVersion()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.crm.enlace.model.Record#getAuthor()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getHandlingCode <em>Handling Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handling Code</em>'.
	 * @see org.crm.enlace.model.Record#getHandlingCode()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_HandlingCode();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getTlp <em>Tlp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tlp</em>'.
	 * @see org.crm.enlace.model.Record#getTlp()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Tlp();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getReleasability <em>Releasability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Releasability</em>'.
	 * @see org.crm.enlace.model.Record#getReleasability()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Releasability();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.model.Record#getReleasableTo <em>Releasable To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Releasable To</em>'.
	 * @see org.crm.enlace.model.Record#getReleasableTo()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_ReleasableTo();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getSourceReliability <em>Source Reliability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Reliability</em>'.
	 * @see org.crm.enlace.model.Record#getSourceReliability()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_SourceReliability();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getInformationAccuracy <em>Information Accuracy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Information Accuracy</em>'.
	 * @see org.crm.enlace.model.Record#getInformationAccuracy()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_InformationAccuracy();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getProvenanceKind <em>Provenance Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provenance Kind</em>'.
	 * @see org.crm.enlace.model.Record#getProvenanceKind()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_ProvenanceKind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provenance</em>'.
	 * @see org.crm.enlace.model.Record#getProvenance()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Provenance();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Record#getRetentionUntil <em>Retention Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Until</em>'.
	 * @see org.crm.enlace.model.Record#getRetentionUntil()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_RetentionUntil();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.model.Country <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Country</em>'.
	 * @see org.crm.enlace.model.Country
	 * @generated
	 */
	EClass getCountry();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Country#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.crm.enlace.model.Country#getCode()
	 * @see #getCountry()
	 * @generated
	 */
	EAttribute getCountry_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Country#getNameEs <em>Name Es</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Es</em>'.
	 * @see org.crm.enlace.model.Country#getNameEs()
	 * @see #getCountry()
	 * @generated
	 */
	EAttribute getCountry_NameEs();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Country#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.crm.enlace.model.Country#getNameEn()
	 * @see #getCountry()
	 * @generated
	 */
	EAttribute getCountry_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Country#getNameFr <em>Name Fr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Fr</em>'.
	 * @see org.crm.enlace.model.Country#getNameFr()
	 * @see #getCountry()
	 * @generated
	 */
	EAttribute getCountry_NameFr();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Country#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.crm.enlace.model.Country#getStatus()
	 * @see #getCountry()
	 * @generated
	 */
	EAttribute getCountry_Status();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.crm.enlace.model.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Organization#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.crm.enlace.model.Organization#getAcronym()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Acronym();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Organization#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.crm.enlace.model.Organization#getName()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Organization#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.model.Organization#getCountry()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Organization#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crm.enlace.model.Organization#getKind()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Organization#getMandate <em>Mandate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mandate</em>'.
	 * @see org.crm.enlace.model.Organization#getMandate()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Mandate();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.model.ContactPoint <em>Contact Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Point</em>'.
	 * @see org.crm.enlace.model.ContactPoint
	 * @generated
	 */
	EClass getContactPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.ContactPoint#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.model.ContactPoint#getCountry()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.ContactPoint#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.crm.enlace.model.ContactPoint#getRole()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.ContactPoint#getFullName <em>Full Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full Name</em>'.
	 * @see org.crm.enlace.model.ContactPoint#getFullName()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_FullName();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.ContactPoint#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.crm.enlace.model.ContactPoint#getTitle()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.ContactPoint#getAgency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agency</em>'.
	 * @see org.crm.enlace.model.ContactPoint#getAgency()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_Agency();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.ContactPoint#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.crm.enlace.model.ContactPoint#getEmail()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_Email();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.model.ContactPoint#getPhones <em>Phones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Phones</em>'.
	 * @see org.crm.enlace.model.ContactPoint#getPhones()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_Phones();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.model.ContactPoint#getWorkingLanguages <em>Working Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Working Languages</em>'.
	 * @see org.crm.enlace.model.ContactPoint#getWorkingLanguages()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_WorkingLanguages();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.ContactPoint#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.crm.enlace.model.ContactPoint#getValidFrom()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.ContactPoint#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see org.crm.enlace.model.ContactPoint#getValidTo()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_ValidTo();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.ContactPoint#getLastVerifiedOn <em>Last Verified On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Verified On</em>'.
	 * @see org.crm.enlace.model.ContactPoint#getLastVerifiedOn()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_LastVerifiedOn();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.crm.enlace.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Person#getGivenNames <em>Given Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given Names</em>'.
	 * @see org.crm.enlace.model.Person#getGivenNames()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_GivenNames();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Person#getFirstSurname <em>First Surname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Surname</em>'.
	 * @see org.crm.enlace.model.Person#getFirstSurname()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_FirstSurname();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Person#getSecondSurname <em>Second Surname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Second Surname</em>'.
	 * @see org.crm.enlace.model.Person#getSecondSurname()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_SecondSurname();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.model.Person#getSurnameParticles <em>Surname Particles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Surname Particles</em>'.
	 * @see org.crm.enlace.model.Person#getSurnameParticles()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_SurnameParticles();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Person#getDateOfBirth <em>Date Of Birth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Of Birth</em>'.
	 * @see org.crm.enlace.model.Person#getDateOfBirth()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_DateOfBirth();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Person#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.crm.enlace.model.Person#getSex()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Person#getNationality <em>Nationality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nationality</em>'.
	 * @see org.crm.enlace.model.Person#getNationality()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Nationality();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.model.Person#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.crm.enlace.model.Person#getDocuments()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Documents();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.Person#getMrzName <em>Mrz Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mrz Name</em>'.
	 * @see org.crm.enlace.model.Person#getMrzName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_MrzName();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.model.PersonDocument <em>Person Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person Document</em>'.
	 * @see org.crm.enlace.model.PersonDocument
	 * @generated
	 */
	EClass getPersonDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.PersonDocument#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.crm.enlace.model.PersonDocument#getType()
	 * @see #getPersonDocument()
	 * @generated
	 */
	EAttribute getPersonDocument_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.PersonDocument#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.crm.enlace.model.PersonDocument#getNumber()
	 * @see #getPersonDocument()
	 * @generated
	 */
	EAttribute getPersonDocument_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.PersonDocument#getIssuingState <em>Issuing State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuing State</em>'.
	 * @see org.crm.enlace.model.PersonDocument#getIssuingState()
	 * @see #getPersonDocument()
	 * @generated
	 */
	EAttribute getPersonDocument_IssuingState();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.model.PersonDocument#getExpiry <em>Expiry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiry</em>'.
	 * @see org.crm.enlace.model.PersonDocument#getExpiry()
	 * @see #getPersonDocument()
	 * @generated
	 */
	EAttribute getPersonDocument_Expiry();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.model.HandlingCode <em>Handling Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Handling Code</em>'.
	 * @see org.crm.enlace.model.HandlingCode
	 * @generated
	 */
	EEnum getHandlingCode();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.model.Tlp <em>Tlp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tlp</em>'.
	 * @see org.crm.enlace.model.Tlp
	 * @generated
	 */
	EEnum getTlp();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.model.Releasability <em>Releasability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Releasability</em>'.
	 * @see org.crm.enlace.model.Releasability
	 * @generated
	 */
	EEnum getReleasability();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.model.SourceReliability <em>Source Reliability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Reliability</em>'.
	 * @see org.crm.enlace.model.SourceReliability
	 * @generated
	 */
	EEnum getSourceReliability();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.model.InformationAccuracy <em>Information Accuracy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Information Accuracy</em>'.
	 * @see org.crm.enlace.model.InformationAccuracy
	 * @generated
	 */
	EEnum getInformationAccuracy();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.model.ProvenanceKind <em>Provenance Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Provenance Kind</em>'.
	 * @see org.crm.enlace.model.ProvenanceKind
	 * @generated
	 */
	EEnum getProvenanceKind();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.model.CountryStatus <em>Country Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Country Status</em>'.
	 * @see org.crm.enlace.model.CountryStatus
	 * @generated
	 */
	EEnum getCountryStatus();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.model.OrganizationKind <em>Organization Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organization Kind</em>'.
	 * @see org.crm.enlace.model.OrganizationKind
	 * @generated
	 */
	EEnum getOrganizationKind();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.model.ContactRole <em>Contact Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contact Role</em>'.
	 * @see org.crm.enlace.model.ContactRole
	 * @generated
	 */
	EEnum getContactRole();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.model.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.crm.enlace.model.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Partial Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A date known to the day (YYYY-MM-DD), the month (YYYY-MM) or the year (YYYY). A String, not a LocalDate: a birth date is often known only in part, and a LocalDate would invent the rest; ISO 8601 text keeps exactly what is known and still sorts in time order. The exchange schema checks its pattern.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Partial Date</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        annotation="http://crm-enlace.org/exchange format='partial-date'"
	 * @generated
	 */
	EDataType getPartialDate();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EnlaceFactory getEnlaceFactory();

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
		 * The meta object literal for the '{@link org.crm.enlace.model.impl.RecordImpl <em>Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.impl.RecordImpl
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getRecord()
		 * @generated
		 */
		EClass RECORD = eINSTANCE.getRecord();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__ID = eINSTANCE.getRecord_Id();

		/**
		 * The meta object literal for the '<em><b>Owner Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__OWNER_COUNTRY = eINSTANCE.getRecord_OwnerCountry();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__CREATED_AT = eINSTANCE.getRecord_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__CREATED_BY = eINSTANCE.getRecord_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Modified At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__MODIFIED_AT = eINSTANCE.getRecord_ModifiedAt();

		/**
		 * The meta object literal for the '<em><b>Modified By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__MODIFIED_BY = eINSTANCE.getRecord_ModifiedBy();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__VERSION = eINSTANCE.getRecord_Version();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__AUTHOR = eINSTANCE.getRecord_Author();

		/**
		 * The meta object literal for the '<em><b>Handling Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__HANDLING_CODE = eINSTANCE.getRecord_HandlingCode();

		/**
		 * The meta object literal for the '<em><b>Tlp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__TLP = eINSTANCE.getRecord_Tlp();

		/**
		 * The meta object literal for the '<em><b>Releasability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__RELEASABILITY = eINSTANCE.getRecord_Releasability();

		/**
		 * The meta object literal for the '<em><b>Releasable To</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__RELEASABLE_TO = eINSTANCE.getRecord_ReleasableTo();

		/**
		 * The meta object literal for the '<em><b>Source Reliability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__SOURCE_RELIABILITY = eINSTANCE.getRecord_SourceReliability();

		/**
		 * The meta object literal for the '<em><b>Information Accuracy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__INFORMATION_ACCURACY = eINSTANCE.getRecord_InformationAccuracy();

		/**
		 * The meta object literal for the '<em><b>Provenance Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__PROVENANCE_KIND = eINSTANCE.getRecord_ProvenanceKind();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__PROVENANCE = eINSTANCE.getRecord_Provenance();

		/**
		 * The meta object literal for the '<em><b>Retention Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__RETENTION_UNTIL = eINSTANCE.getRecord_RetentionUntil();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.impl.CountryImpl <em>Country</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.impl.CountryImpl
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getCountry()
		 * @generated
		 */
		EClass COUNTRY = eINSTANCE.getCountry();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY__CODE = eINSTANCE.getCountry_Code();

		/**
		 * The meta object literal for the '<em><b>Name Es</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY__NAME_ES = eINSTANCE.getCountry_NameEs();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY__NAME_EN = eINSTANCE.getCountry_NameEn();

		/**
		 * The meta object literal for the '<em><b>Name Fr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY__NAME_FR = eINSTANCE.getCountry_NameFr();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY__STATUS = eINSTANCE.getCountry_Status();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.impl.OrganizationImpl
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__ACRONYM = eINSTANCE.getOrganization_Acronym();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__NAME = eINSTANCE.getOrganization_Name();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__COUNTRY = eINSTANCE.getOrganization_Country();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__KIND = eINSTANCE.getOrganization_Kind();

		/**
		 * The meta object literal for the '<em><b>Mandate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__MANDATE = eINSTANCE.getOrganization_Mandate();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.impl.ContactPointImpl <em>Contact Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.impl.ContactPointImpl
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getContactPoint()
		 * @generated
		 */
		EClass CONTACT_POINT = eINSTANCE.getContactPoint();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__COUNTRY = eINSTANCE.getContactPoint_Country();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__ROLE = eINSTANCE.getContactPoint_Role();

		/**
		 * The meta object literal for the '<em><b>Full Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__FULL_NAME = eINSTANCE.getContactPoint_FullName();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__TITLE = eINSTANCE.getContactPoint_Title();

		/**
		 * The meta object literal for the '<em><b>Agency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__AGENCY = eINSTANCE.getContactPoint_Agency();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__EMAIL = eINSTANCE.getContactPoint_Email();

		/**
		 * The meta object literal for the '<em><b>Phones</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__PHONES = eINSTANCE.getContactPoint_Phones();

		/**
		 * The meta object literal for the '<em><b>Working Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__WORKING_LANGUAGES = eINSTANCE.getContactPoint_WorkingLanguages();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__VALID_FROM = eINSTANCE.getContactPoint_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__VALID_TO = eINSTANCE.getContactPoint_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Last Verified On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__LAST_VERIFIED_ON = eINSTANCE.getContactPoint_LastVerifiedOn();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.impl.PersonImpl
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Given Names</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__GIVEN_NAMES = eINSTANCE.getPerson_GivenNames();

		/**
		 * The meta object literal for the '<em><b>First Surname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__FIRST_SURNAME = eINSTANCE.getPerson_FirstSurname();

		/**
		 * The meta object literal for the '<em><b>Second Surname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__SECOND_SURNAME = eINSTANCE.getPerson_SecondSurname();

		/**
		 * The meta object literal for the '<em><b>Surname Particles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__SURNAME_PARTICLES = eINSTANCE.getPerson_SurnameParticles();

		/**
		 * The meta object literal for the '<em><b>Date Of Birth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__DATE_OF_BIRTH = eINSTANCE.getPerson_DateOfBirth();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__SEX = eINSTANCE.getPerson_Sex();

		/**
		 * The meta object literal for the '<em><b>Nationality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NATIONALITY = eINSTANCE.getPerson_Nationality();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__DOCUMENTS = eINSTANCE.getPerson_Documents();

		/**
		 * The meta object literal for the '<em><b>Mrz Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__MRZ_NAME = eINSTANCE.getPerson_MrzName();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.impl.PersonDocumentImpl <em>Person Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.impl.PersonDocumentImpl
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getPersonDocument()
		 * @generated
		 */
		EClass PERSON_DOCUMENT = eINSTANCE.getPersonDocument();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON_DOCUMENT__TYPE = eINSTANCE.getPersonDocument_Type();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON_DOCUMENT__NUMBER = eINSTANCE.getPersonDocument_Number();

		/**
		 * The meta object literal for the '<em><b>Issuing State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON_DOCUMENT__ISSUING_STATE = eINSTANCE.getPersonDocument_IssuingState();

		/**
		 * The meta object literal for the '<em><b>Expiry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON_DOCUMENT__EXPIRY = eINSTANCE.getPersonDocument_Expiry();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.HandlingCode <em>Handling Code</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.HandlingCode
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getHandlingCode()
		 * @generated
		 */
		EEnum HANDLING_CODE = eINSTANCE.getHandlingCode();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.Tlp <em>Tlp</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.Tlp
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getTlp()
		 * @generated
		 */
		EEnum TLP = eINSTANCE.getTlp();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.Releasability <em>Releasability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.Releasability
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getReleasability()
		 * @generated
		 */
		EEnum RELEASABILITY = eINSTANCE.getReleasability();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.SourceReliability <em>Source Reliability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.SourceReliability
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getSourceReliability()
		 * @generated
		 */
		EEnum SOURCE_RELIABILITY = eINSTANCE.getSourceReliability();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.InformationAccuracy <em>Information Accuracy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.InformationAccuracy
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getInformationAccuracy()
		 * @generated
		 */
		EEnum INFORMATION_ACCURACY = eINSTANCE.getInformationAccuracy();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.ProvenanceKind <em>Provenance Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.ProvenanceKind
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getProvenanceKind()
		 * @generated
		 */
		EEnum PROVENANCE_KIND = eINSTANCE.getProvenanceKind();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.CountryStatus <em>Country Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.CountryStatus
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getCountryStatus()
		 * @generated
		 */
		EEnum COUNTRY_STATUS = eINSTANCE.getCountryStatus();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.OrganizationKind <em>Organization Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.OrganizationKind
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getOrganizationKind()
		 * @generated
		 */
		EEnum ORGANIZATION_KIND = eINSTANCE.getOrganizationKind();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.ContactRole <em>Contact Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.ContactRole
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getContactRole()
		 * @generated
		 */
		EEnum CONTACT_ROLE = eINSTANCE.getContactRole();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.model.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.model.Sex
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '<em>Partial Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getPartialDate()
		 * @generated
		 */
		EDataType PARTIAL_DATE = eINSTANCE.getPartialDate();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.crm.enlace.model.impl.EnlacePackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //EnlacePackage
