/**
 */
package org.crm.enlace.training.model;

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
 * Training of officials (work plan, institutional strengthening, objective 1 and activity 1.1.1; issue 7 section 1): the joint US-IOM programme with its modules, its sessions, the officials who took part with their attendance, scores and completion, and the target of officials trained per country.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.training.model.TrainingFactory
 * @model kind="package"
 * @generated
 */
public interface TrainingPackage extends EPackage {
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
	String eNS_URI = "http://crm-enlace.org/model/training/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "training";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TrainingPackage eINSTANCE = org.crm.enlace.training.model.impl.TrainingPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crm.enlace.training.model.impl.TrainingProgrammeImpl <em>Programme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.training.model.impl.TrainingProgrammeImpl
	 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getTrainingProgramme()
	 * @generated
	 */
	int TRAINING_PROGRAMME = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__CODE = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__TITLE = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Version Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__VERSION_LABEL = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Version Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__VERSION_DATE = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__STATUS = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__APPROVED_ON = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Window Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__WINDOW_MONTHS = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Modules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME__MODULES = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROGRAMME_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.training.model.impl.TrainingModuleImpl <em>Module</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.training.model.impl.TrainingModuleImpl
	 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getTrainingModule()
	 * @generated
	 */
	int TRAINING_MODULE = 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_MODULE__CODE = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_MODULE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_MODULE__HOURS = 2;

	/**
	 * The feature id for the '<em><b>Victim Identification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_MODULE__VICTIM_IDENTIFICATION = 3;

	/**
	 * The number of structural features of the '<em>Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_MODULE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_MODULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.training.model.impl.TrainingSessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.training.model.impl.TrainingSessionImpl
	 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getTrainingSession()
	 * @generated
	 */
	int TRAINING_SESSION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Programme Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__PROGRAMME_ID = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Module Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__MODULE_CODES = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__TITLE = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__START_DATE = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__END_DATE = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__PLACE = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Delivery</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__DELIVERY = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Trainers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__TRAINERS = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Organisers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__ORGANISERS = EnlacePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.training.model.impl.ParticipantImpl <em>Participant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.training.model.impl.ParticipantImpl
	 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getParticipant()
	 * @generated
	 */
	int PARTICIPANT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__FULL_NAME = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__SEX = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Institution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__INSTITUTION = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__POSITION = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Enrolments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ENROLMENTS = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.training.model.impl.EnrolmentImpl <em>Enrolment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.training.model.impl.EnrolmentImpl
	 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getEnrolment()
	 * @generated
	 */
	int ENROLMENT = 4;

	/**
	 * The feature id for the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__SESSION_ID = 0;

	/**
	 * The feature id for the '<em><b>Attended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__ATTENDED = 1;

	/**
	 * The feature id for the '<em><b>Pre Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__PRE_SCORE = 2;

	/**
	 * The feature id for the '<em><b>Post Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__POST_SCORE = 3;

	/**
	 * The feature id for the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__COMPLETED_ON = 4;

	/**
	 * The number of structural features of the '<em>Enrolment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Enrolment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.training.model.impl.TrainingTargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.training.model.impl.TrainingTargetImpl
	 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getTrainingTarget()
	 * @generated
	 */
	int TRAINING_TARGET = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Programme Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__PROGRAMME_ID = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Officials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__OFFICIALS = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.training.model.ProgrammeStatus <em>Programme Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.training.model.ProgrammeStatus
	 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getProgrammeStatus()
	 * @generated
	 */
	int PROGRAMME_STATUS = 6;

	/**
	 * The meta object id for the '{@link org.crm.enlace.training.model.Delivery <em>Delivery</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.training.model.Delivery
	 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getDelivery()
	 * @generated
	 */
	int DELIVERY = 7;


	/**
	 * Returns the meta object for class '{@link org.crm.enlace.training.model.TrainingProgramme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Programme</em>'.
	 * @see org.crm.enlace.training.model.TrainingProgramme
	 * @generated
	 */
	EClass getTrainingProgramme();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingProgramme#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.crm.enlace.training.model.TrainingProgramme#getCode()
	 * @see #getTrainingProgramme()
	 * @generated
	 */
	EAttribute getTrainingProgramme_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingProgramme#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.crm.enlace.training.model.TrainingProgramme#getTitle()
	 * @see #getTrainingProgramme()
	 * @generated
	 */
	EAttribute getTrainingProgramme_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingProgramme#getVersionLabel <em>Version Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version Label</em>'.
	 * @see org.crm.enlace.training.model.TrainingProgramme#getVersionLabel()
	 * @see #getTrainingProgramme()
	 * @generated
	 */
	EAttribute getTrainingProgramme_VersionLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingProgramme#getVersionDate <em>Version Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version Date</em>'.
	 * @see org.crm.enlace.training.model.TrainingProgramme#getVersionDate()
	 * @see #getTrainingProgramme()
	 * @generated
	 */
	EAttribute getTrainingProgramme_VersionDate();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingProgramme#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.crm.enlace.training.model.TrainingProgramme#getStatus()
	 * @see #getTrainingProgramme()
	 * @generated
	 */
	EAttribute getTrainingProgramme_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingProgramme#getApprovedOn <em>Approved On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved On</em>'.
	 * @see org.crm.enlace.training.model.TrainingProgramme#getApprovedOn()
	 * @see #getTrainingProgramme()
	 * @generated
	 */
	EAttribute getTrainingProgramme_ApprovedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingProgramme#getWindowMonths <em>Window Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Months</em>'.
	 * @see org.crm.enlace.training.model.TrainingProgramme#getWindowMonths()
	 * @see #getTrainingProgramme()
	 * @generated
	 */
	EAttribute getTrainingProgramme_WindowMonths();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.training.model.TrainingProgramme#getModules <em>Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Modules</em>'.
	 * @see org.crm.enlace.training.model.TrainingProgramme#getModules()
	 * @see #getTrainingProgramme()
	 * @generated
	 */
	EReference getTrainingProgramme_Modules();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.training.model.TrainingModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Module</em>'.
	 * @see org.crm.enlace.training.model.TrainingModule
	 * @generated
	 */
	EClass getTrainingModule();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingModule#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.crm.enlace.training.model.TrainingModule#getCode()
	 * @see #getTrainingModule()
	 * @generated
	 */
	EAttribute getTrainingModule_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingModule#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.crm.enlace.training.model.TrainingModule#getTitle()
	 * @see #getTrainingModule()
	 * @generated
	 */
	EAttribute getTrainingModule_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingModule#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.crm.enlace.training.model.TrainingModule#getHours()
	 * @see #getTrainingModule()
	 * @generated
	 */
	EAttribute getTrainingModule_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingModule#isVictimIdentification <em>Victim Identification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Victim Identification</em>'.
	 * @see org.crm.enlace.training.model.TrainingModule#isVictimIdentification()
	 * @see #getTrainingModule()
	 * @generated
	 */
	EAttribute getTrainingModule_VictimIdentification();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.training.model.TrainingSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see org.crm.enlace.training.model.TrainingSession
	 * @generated
	 */
	EClass getTrainingSession();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingSession#getProgrammeId <em>Programme Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Programme Id</em>'.
	 * @see org.crm.enlace.training.model.TrainingSession#getProgrammeId()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_ProgrammeId();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.training.model.TrainingSession#getModuleCodes <em>Module Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Module Codes</em>'.
	 * @see org.crm.enlace.training.model.TrainingSession#getModuleCodes()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_ModuleCodes();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingSession#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.crm.enlace.training.model.TrainingSession#getTitle()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingSession#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.crm.enlace.training.model.TrainingSession#getStartDate()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingSession#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.crm.enlace.training.model.TrainingSession#getEndDate()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingSession#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.crm.enlace.training.model.TrainingSession#getPlace()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Place();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingSession#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.training.model.TrainingSession#getCountry()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingSession#getDelivery <em>Delivery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delivery</em>'.
	 * @see org.crm.enlace.training.model.TrainingSession#getDelivery()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Delivery();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.training.model.TrainingSession#getTrainers <em>Trainers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Trainers</em>'.
	 * @see org.crm.enlace.training.model.TrainingSession#getTrainers()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Trainers();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.training.model.TrainingSession#getOrganisers <em>Organisers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Organisers</em>'.
	 * @see org.crm.enlace.training.model.TrainingSession#getOrganisers()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Organisers();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.training.model.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Participant</em>'.
	 * @see org.crm.enlace.training.model.Participant
	 * @generated
	 */
	EClass getParticipant();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.Participant#getFullName <em>Full Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full Name</em>'.
	 * @see org.crm.enlace.training.model.Participant#getFullName()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_FullName();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.Participant#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.crm.enlace.training.model.Participant#getSex()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.Participant#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.training.model.Participant#getCountry()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.Participant#getInstitution <em>Institution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Institution</em>'.
	 * @see org.crm.enlace.training.model.Participant#getInstitution()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Institution();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.Participant#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.crm.enlace.training.model.Participant#getPosition()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Position();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.training.model.Participant#getEnrolments <em>Enrolments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Enrolments</em>'.
	 * @see org.crm.enlace.training.model.Participant#getEnrolments()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_Enrolments();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.training.model.Enrolment <em>Enrolment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enrolment</em>'.
	 * @see org.crm.enlace.training.model.Enrolment
	 * @generated
	 */
	EClass getEnrolment();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.Enrolment#getSessionId <em>Session Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Id</em>'.
	 * @see org.crm.enlace.training.model.Enrolment#getSessionId()
	 * @see #getEnrolment()
	 * @generated
	 */
	EAttribute getEnrolment_SessionId();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.Enrolment#isAttended <em>Attended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attended</em>'.
	 * @see org.crm.enlace.training.model.Enrolment#isAttended()
	 * @see #getEnrolment()
	 * @generated
	 */
	EAttribute getEnrolment_Attended();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.Enrolment#getPreScore <em>Pre Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pre Score</em>'.
	 * @see org.crm.enlace.training.model.Enrolment#getPreScore()
	 * @see #getEnrolment()
	 * @generated
	 */
	EAttribute getEnrolment_PreScore();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.Enrolment#getPostScore <em>Post Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post Score</em>'.
	 * @see org.crm.enlace.training.model.Enrolment#getPostScore()
	 * @see #getEnrolment()
	 * @generated
	 */
	EAttribute getEnrolment_PostScore();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.Enrolment#getCompletedOn <em>Completed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed On</em>'.
	 * @see org.crm.enlace.training.model.Enrolment#getCompletedOn()
	 * @see #getEnrolment()
	 * @generated
	 */
	EAttribute getEnrolment_CompletedOn();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.training.model.TrainingTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.crm.enlace.training.model.TrainingTarget
	 * @generated
	 */
	EClass getTrainingTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingTarget#getProgrammeId <em>Programme Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Programme Id</em>'.
	 * @see org.crm.enlace.training.model.TrainingTarget#getProgrammeId()
	 * @see #getTrainingTarget()
	 * @generated
	 */
	EAttribute getTrainingTarget_ProgrammeId();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingTarget#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.training.model.TrainingTarget#getCountry()
	 * @see #getTrainingTarget()
	 * @generated
	 */
	EAttribute getTrainingTarget_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.training.model.TrainingTarget#getOfficials <em>Officials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Officials</em>'.
	 * @see org.crm.enlace.training.model.TrainingTarget#getOfficials()
	 * @see #getTrainingTarget()
	 * @generated
	 */
	EAttribute getTrainingTarget_Officials();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.training.model.ProgrammeStatus <em>Programme Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Programme Status</em>'.
	 * @see org.crm.enlace.training.model.ProgrammeStatus
	 * @generated
	 */
	EEnum getProgrammeStatus();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.training.model.Delivery <em>Delivery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Delivery</em>'.
	 * @see org.crm.enlace.training.model.Delivery
	 * @generated
	 */
	EEnum getDelivery();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TrainingFactory getTrainingFactory();

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
		 * The meta object literal for the '{@link org.crm.enlace.training.model.impl.TrainingProgrammeImpl <em>Programme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.training.model.impl.TrainingProgrammeImpl
		 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getTrainingProgramme()
		 * @generated
		 */
		EClass TRAINING_PROGRAMME = eINSTANCE.getTrainingProgramme();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PROGRAMME__CODE = eINSTANCE.getTrainingProgramme_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PROGRAMME__TITLE = eINSTANCE.getTrainingProgramme_Title();

		/**
		 * The meta object literal for the '<em><b>Version Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PROGRAMME__VERSION_LABEL = eINSTANCE.getTrainingProgramme_VersionLabel();

		/**
		 * The meta object literal for the '<em><b>Version Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PROGRAMME__VERSION_DATE = eINSTANCE.getTrainingProgramme_VersionDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PROGRAMME__STATUS = eINSTANCE.getTrainingProgramme_Status();

		/**
		 * The meta object literal for the '<em><b>Approved On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PROGRAMME__APPROVED_ON = eINSTANCE.getTrainingProgramme_ApprovedOn();

		/**
		 * The meta object literal for the '<em><b>Window Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PROGRAMME__WINDOW_MONTHS = eINSTANCE.getTrainingProgramme_WindowMonths();

		/**
		 * The meta object literal for the '<em><b>Modules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_PROGRAMME__MODULES = eINSTANCE.getTrainingProgramme_Modules();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.training.model.impl.TrainingModuleImpl <em>Module</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.training.model.impl.TrainingModuleImpl
		 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getTrainingModule()
		 * @generated
		 */
		EClass TRAINING_MODULE = eINSTANCE.getTrainingModule();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_MODULE__CODE = eINSTANCE.getTrainingModule_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_MODULE__TITLE = eINSTANCE.getTrainingModule_Title();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_MODULE__HOURS = eINSTANCE.getTrainingModule_Hours();

		/**
		 * The meta object literal for the '<em><b>Victim Identification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_MODULE__VICTIM_IDENTIFICATION = eINSTANCE.getTrainingModule_VictimIdentification();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.training.model.impl.TrainingSessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.training.model.impl.TrainingSessionImpl
		 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getTrainingSession()
		 * @generated
		 */
		EClass TRAINING_SESSION = eINSTANCE.getTrainingSession();

		/**
		 * The meta object literal for the '<em><b>Programme Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__PROGRAMME_ID = eINSTANCE.getTrainingSession_ProgrammeId();

		/**
		 * The meta object literal for the '<em><b>Module Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__MODULE_CODES = eINSTANCE.getTrainingSession_ModuleCodes();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__TITLE = eINSTANCE.getTrainingSession_Title();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__START_DATE = eINSTANCE.getTrainingSession_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__END_DATE = eINSTANCE.getTrainingSession_EndDate();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__PLACE = eINSTANCE.getTrainingSession_Place();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__COUNTRY = eINSTANCE.getTrainingSession_Country();

		/**
		 * The meta object literal for the '<em><b>Delivery</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__DELIVERY = eINSTANCE.getTrainingSession_Delivery();

		/**
		 * The meta object literal for the '<em><b>Trainers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__TRAINERS = eINSTANCE.getTrainingSession_Trainers();

		/**
		 * The meta object literal for the '<em><b>Organisers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__ORGANISERS = eINSTANCE.getTrainingSession_Organisers();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.training.model.impl.ParticipantImpl <em>Participant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.training.model.impl.ParticipantImpl
		 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getParticipant()
		 * @generated
		 */
		EClass PARTICIPANT = eINSTANCE.getParticipant();

		/**
		 * The meta object literal for the '<em><b>Full Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__FULL_NAME = eINSTANCE.getParticipant_FullName();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__SEX = eINSTANCE.getParticipant_Sex();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__COUNTRY = eINSTANCE.getParticipant_Country();

		/**
		 * The meta object literal for the '<em><b>Institution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__INSTITUTION = eINSTANCE.getParticipant_Institution();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__POSITION = eINSTANCE.getParticipant_Position();

		/**
		 * The meta object literal for the '<em><b>Enrolments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__ENROLMENTS = eINSTANCE.getParticipant_Enrolments();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.training.model.impl.EnrolmentImpl <em>Enrolment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.training.model.impl.EnrolmentImpl
		 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getEnrolment()
		 * @generated
		 */
		EClass ENROLMENT = eINSTANCE.getEnrolment();

		/**
		 * The meta object literal for the '<em><b>Session Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLMENT__SESSION_ID = eINSTANCE.getEnrolment_SessionId();

		/**
		 * The meta object literal for the '<em><b>Attended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLMENT__ATTENDED = eINSTANCE.getEnrolment_Attended();

		/**
		 * The meta object literal for the '<em><b>Pre Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLMENT__PRE_SCORE = eINSTANCE.getEnrolment_PreScore();

		/**
		 * The meta object literal for the '<em><b>Post Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLMENT__POST_SCORE = eINSTANCE.getEnrolment_PostScore();

		/**
		 * The meta object literal for the '<em><b>Completed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLMENT__COMPLETED_ON = eINSTANCE.getEnrolment_CompletedOn();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.training.model.impl.TrainingTargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.training.model.impl.TrainingTargetImpl
		 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getTrainingTarget()
		 * @generated
		 */
		EClass TRAINING_TARGET = eINSTANCE.getTrainingTarget();

		/**
		 * The meta object literal for the '<em><b>Programme Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_TARGET__PROGRAMME_ID = eINSTANCE.getTrainingTarget_ProgrammeId();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_TARGET__COUNTRY = eINSTANCE.getTrainingTarget_Country();

		/**
		 * The meta object literal for the '<em><b>Officials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_TARGET__OFFICIALS = eINSTANCE.getTrainingTarget_Officials();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.training.model.ProgrammeStatus <em>Programme Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.training.model.ProgrammeStatus
		 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getProgrammeStatus()
		 * @generated
		 */
		EEnum PROGRAMME_STATUS = eINSTANCE.getProgrammeStatus();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.training.model.Delivery <em>Delivery</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.training.model.Delivery
		 * @see org.crm.enlace.training.model.impl.TrainingPackageImpl#getDelivery()
		 * @generated
		 */
		EEnum DELIVERY = eINSTANCE.getDelivery();

	}

} //TrainingPackage
