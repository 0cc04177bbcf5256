/**
 */
package org.crm.enlace.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.InformationAccuracy;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.SourceReliability;
import org.crm.enlace.model.Tlp;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getOwnerCountry <em>Owner Country</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getModifiedAt <em>Modified At</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getModifiedBy <em>Modified By</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getHandlingCode <em>Handling Code</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getTlp <em>Tlp</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getReleasability <em>Releasability</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getReleasableTo <em>Releasable To</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getSourceReliability <em>Source Reliability</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getInformationAccuracy <em>Information Accuracy</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getProvenanceKind <em>Provenance Kind</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.RecordImpl#getRetentionUntil <em>Retention Until</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class RecordImpl extends MinimalEObjectImpl.Container implements org.crm.enlace.model.Record {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerCountry() <em>Owner Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerCountry() <em>Owner Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerCountry()
	 * @generated
	 * @ordered
	 */
	protected String ownerCountry = OWNER_COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected String createdBy = CREATED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getModifiedAt() <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant MODIFIED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModifiedAt() <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant modifiedAt = MODIFIED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getModifiedBy() <em>Modified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String MODIFIED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModifiedBy() <em>Modified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedBy()
	 * @generated
	 * @ordered
	 */
	protected String modifiedBy = MODIFIED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandlingCode() <em>Handling Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlingCode()
	 * @generated
	 * @ordered
	 */
	protected static final HandlingCode HANDLING_CODE_EDEFAULT = HandlingCode.H0;

	/**
	 * The cached value of the '{@link #getHandlingCode() <em>Handling Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlingCode()
	 * @generated
	 * @ordered
	 */
	protected HandlingCode handlingCode = HANDLING_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlp() <em>Tlp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlp()
	 * @generated
	 * @ordered
	 */
	protected static final Tlp TLP_EDEFAULT = Tlp.RED;

	/**
	 * The cached value of the '{@link #getTlp() <em>Tlp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlp()
	 * @generated
	 * @ordered
	 */
	protected Tlp tlp = TLP_EDEFAULT;

	/**
	 * The default value of the '{@link #getReleasability() <em>Releasability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleasability()
	 * @generated
	 * @ordered
	 */
	protected static final Releasability RELEASABILITY_EDEFAULT = Releasability.OWNER_ONLY;

	/**
	 * The cached value of the '{@link #getReleasability() <em>Releasability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleasability()
	 * @generated
	 * @ordered
	 */
	protected Releasability releasability = RELEASABILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReleasableTo() <em>Releasable To</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleasableTo()
	 * @generated
	 * @ordered
	 */
	protected EList<String> releasableTo;

	/**
	 * The default value of the '{@link #getSourceReliability() <em>Source Reliability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceReliability()
	 * @generated
	 * @ordered
	 */
	protected static final SourceReliability SOURCE_RELIABILITY_EDEFAULT = SourceReliability.A;

	/**
	 * The cached value of the '{@link #getSourceReliability() <em>Source Reliability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceReliability()
	 * @generated
	 * @ordered
	 */
	protected SourceReliability sourceReliability = SOURCE_RELIABILITY_EDEFAULT;

	/**
	 * This is true if the Source Reliability attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sourceReliabilityESet;

	/**
	 * The default value of the '{@link #getInformationAccuracy() <em>Information Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformationAccuracy()
	 * @generated
	 * @ordered
	 */
	protected static final InformationAccuracy INFORMATION_ACCURACY_EDEFAULT = InformationAccuracy.ACCURACY_1;

	/**
	 * The cached value of the '{@link #getInformationAccuracy() <em>Information Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformationAccuracy()
	 * @generated
	 * @ordered
	 */
	protected InformationAccuracy informationAccuracy = INFORMATION_ACCURACY_EDEFAULT;

	/**
	 * This is true if the Information Accuracy attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean informationAccuracyESet;

	/**
	 * The default value of the '{@link #getProvenanceKind() <em>Provenance Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenanceKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProvenanceKind PROVENANCE_KIND_EDEFAULT = ProvenanceKind.DOCUMENT;

	/**
	 * The cached value of the '{@link #getProvenanceKind() <em>Provenance Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenanceKind()
	 * @generated
	 * @ordered
	 */
	protected ProvenanceKind provenanceKind = PROVENANCE_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVENANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected String provenance = PROVENANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetentionUntil() <em>Retention Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RETENTION_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetentionUntil() <em>Retention Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate retentionUntil = RETENTION_UNTIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EnlacePackage.Literals.RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerCountry() {
		return ownerCountry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerCountry(String newOwnerCountry) {
		String oldOwnerCountry = ownerCountry;
		ownerCountry = newOwnerCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__OWNER_COUNTRY, oldOwnerCountry, ownerCountry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreatedBy() {
		return createdBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedBy(String newCreatedBy) {
		String oldCreatedBy = createdBy;
		createdBy = newCreatedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__CREATED_BY, oldCreatedBy, createdBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getModifiedAt() {
		return modifiedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModifiedAt(Instant newModifiedAt) {
		Instant oldModifiedAt = modifiedAt;
		modifiedAt = newModifiedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__MODIFIED_AT, oldModifiedAt, modifiedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModifiedBy() {
		return modifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModifiedBy(String newModifiedBy) {
		String oldModifiedBy = modifiedBy;
		modifiedBy = newModifiedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__MODIFIED_BY, oldModifiedBy, modifiedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HandlingCode getHandlingCode() {
		return handlingCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandlingCode(HandlingCode newHandlingCode) {
		HandlingCode oldHandlingCode = handlingCode;
		handlingCode = newHandlingCode == null ? HANDLING_CODE_EDEFAULT : newHandlingCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__HANDLING_CODE, oldHandlingCode, handlingCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tlp getTlp() {
		return tlp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlp(Tlp newTlp) {
		Tlp oldTlp = tlp;
		tlp = newTlp == null ? TLP_EDEFAULT : newTlp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__TLP, oldTlp, tlp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Releasability getReleasability() {
		return releasability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReleasability(Releasability newReleasability) {
		Releasability oldReleasability = releasability;
		releasability = newReleasability == null ? RELEASABILITY_EDEFAULT : newReleasability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__RELEASABILITY, oldReleasability, releasability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReleasableTo() {
		if (releasableTo == null) {
			releasableTo = new EDataTypeUniqueEList<String>(String.class, this, EnlacePackage.RECORD__RELEASABLE_TO);
		}
		return releasableTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceReliability getSourceReliability() {
		return sourceReliability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceReliability(SourceReliability newSourceReliability) {
		SourceReliability oldSourceReliability = sourceReliability;
		sourceReliability = newSourceReliability == null ? SOURCE_RELIABILITY_EDEFAULT : newSourceReliability;
		boolean oldSourceReliabilityESet = sourceReliabilityESet;
		sourceReliabilityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__SOURCE_RELIABILITY, oldSourceReliability, sourceReliability, !oldSourceReliabilityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSourceReliability() {
		SourceReliability oldSourceReliability = sourceReliability;
		boolean oldSourceReliabilityESet = sourceReliabilityESet;
		sourceReliability = SOURCE_RELIABILITY_EDEFAULT;
		sourceReliabilityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, EnlacePackage.RECORD__SOURCE_RELIABILITY, oldSourceReliability, SOURCE_RELIABILITY_EDEFAULT, oldSourceReliabilityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSourceReliability() {
		return sourceReliabilityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InformationAccuracy getInformationAccuracy() {
		return informationAccuracy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInformationAccuracy(InformationAccuracy newInformationAccuracy) {
		InformationAccuracy oldInformationAccuracy = informationAccuracy;
		informationAccuracy = newInformationAccuracy == null ? INFORMATION_ACCURACY_EDEFAULT : newInformationAccuracy;
		boolean oldInformationAccuracyESet = informationAccuracyESet;
		informationAccuracyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__INFORMATION_ACCURACY, oldInformationAccuracy, informationAccuracy, !oldInformationAccuracyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInformationAccuracy() {
		InformationAccuracy oldInformationAccuracy = informationAccuracy;
		boolean oldInformationAccuracyESet = informationAccuracyESet;
		informationAccuracy = INFORMATION_ACCURACY_EDEFAULT;
		informationAccuracyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, EnlacePackage.RECORD__INFORMATION_ACCURACY, oldInformationAccuracy, INFORMATION_ACCURACY_EDEFAULT, oldInformationAccuracyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInformationAccuracy() {
		return informationAccuracyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProvenanceKind getProvenanceKind() {
		return provenanceKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvenanceKind(ProvenanceKind newProvenanceKind) {
		ProvenanceKind oldProvenanceKind = provenanceKind;
		provenanceKind = newProvenanceKind == null ? PROVENANCE_KIND_EDEFAULT : newProvenanceKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__PROVENANCE_KIND, oldProvenanceKind, provenanceKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvenance(String newProvenance) {
		String oldProvenance = provenance;
		provenance = newProvenance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__PROVENANCE, oldProvenance, provenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRetentionUntil() {
		return retentionUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionUntil(LocalDate newRetentionUntil) {
		LocalDate oldRetentionUntil = retentionUntil;
		retentionUntil = newRetentionUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.RECORD__RETENTION_UNTIL, oldRetentionUntil, retentionUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EnlacePackage.RECORD__ID:
				return getId();
			case EnlacePackage.RECORD__OWNER_COUNTRY:
				return getOwnerCountry();
			case EnlacePackage.RECORD__CREATED_AT:
				return getCreatedAt();
			case EnlacePackage.RECORD__CREATED_BY:
				return getCreatedBy();
			case EnlacePackage.RECORD__MODIFIED_AT:
				return getModifiedAt();
			case EnlacePackage.RECORD__MODIFIED_BY:
				return getModifiedBy();
			case EnlacePackage.RECORD__VERSION:
				return getVersion();
			case EnlacePackage.RECORD__AUTHOR:
				return getAuthor();
			case EnlacePackage.RECORD__HANDLING_CODE:
				return getHandlingCode();
			case EnlacePackage.RECORD__TLP:
				return getTlp();
			case EnlacePackage.RECORD__RELEASABILITY:
				return getReleasability();
			case EnlacePackage.RECORD__RELEASABLE_TO:
				return getReleasableTo();
			case EnlacePackage.RECORD__SOURCE_RELIABILITY:
				return getSourceReliability();
			case EnlacePackage.RECORD__INFORMATION_ACCURACY:
				return getInformationAccuracy();
			case EnlacePackage.RECORD__PROVENANCE_KIND:
				return getProvenanceKind();
			case EnlacePackage.RECORD__PROVENANCE:
				return getProvenance();
			case EnlacePackage.RECORD__RETENTION_UNTIL:
				return getRetentionUntil();
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
			case EnlacePackage.RECORD__ID:
				setId((String)newValue);
				return;
			case EnlacePackage.RECORD__OWNER_COUNTRY:
				setOwnerCountry((String)newValue);
				return;
			case EnlacePackage.RECORD__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case EnlacePackage.RECORD__CREATED_BY:
				setCreatedBy((String)newValue);
				return;
			case EnlacePackage.RECORD__MODIFIED_AT:
				setModifiedAt((Instant)newValue);
				return;
			case EnlacePackage.RECORD__MODIFIED_BY:
				setModifiedBy((String)newValue);
				return;
			case EnlacePackage.RECORD__VERSION:
				setVersion((Integer)newValue);
				return;
			case EnlacePackage.RECORD__AUTHOR:
				setAuthor((String)newValue);
				return;
			case EnlacePackage.RECORD__HANDLING_CODE:
				setHandlingCode((HandlingCode)newValue);
				return;
			case EnlacePackage.RECORD__TLP:
				setTlp((Tlp)newValue);
				return;
			case EnlacePackage.RECORD__RELEASABILITY:
				setReleasability((Releasability)newValue);
				return;
			case EnlacePackage.RECORD__RELEASABLE_TO:
				getReleasableTo().clear();
				getReleasableTo().addAll((Collection<? extends String>)newValue);
				return;
			case EnlacePackage.RECORD__SOURCE_RELIABILITY:
				setSourceReliability((SourceReliability)newValue);
				return;
			case EnlacePackage.RECORD__INFORMATION_ACCURACY:
				setInformationAccuracy((InformationAccuracy)newValue);
				return;
			case EnlacePackage.RECORD__PROVENANCE_KIND:
				setProvenanceKind((ProvenanceKind)newValue);
				return;
			case EnlacePackage.RECORD__PROVENANCE:
				setProvenance((String)newValue);
				return;
			case EnlacePackage.RECORD__RETENTION_UNTIL:
				setRetentionUntil((LocalDate)newValue);
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
			case EnlacePackage.RECORD__ID:
				setId(ID_EDEFAULT);
				return;
			case EnlacePackage.RECORD__OWNER_COUNTRY:
				setOwnerCountry(OWNER_COUNTRY_EDEFAULT);
				return;
			case EnlacePackage.RECORD__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case EnlacePackage.RECORD__CREATED_BY:
				setCreatedBy(CREATED_BY_EDEFAULT);
				return;
			case EnlacePackage.RECORD__MODIFIED_AT:
				setModifiedAt(MODIFIED_AT_EDEFAULT);
				return;
			case EnlacePackage.RECORD__MODIFIED_BY:
				setModifiedBy(MODIFIED_BY_EDEFAULT);
				return;
			case EnlacePackage.RECORD__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case EnlacePackage.RECORD__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case EnlacePackage.RECORD__HANDLING_CODE:
				setHandlingCode(HANDLING_CODE_EDEFAULT);
				return;
			case EnlacePackage.RECORD__TLP:
				setTlp(TLP_EDEFAULT);
				return;
			case EnlacePackage.RECORD__RELEASABILITY:
				setReleasability(RELEASABILITY_EDEFAULT);
				return;
			case EnlacePackage.RECORD__RELEASABLE_TO:
				getReleasableTo().clear();
				return;
			case EnlacePackage.RECORD__SOURCE_RELIABILITY:
				unsetSourceReliability();
				return;
			case EnlacePackage.RECORD__INFORMATION_ACCURACY:
				unsetInformationAccuracy();
				return;
			case EnlacePackage.RECORD__PROVENANCE_KIND:
				setProvenanceKind(PROVENANCE_KIND_EDEFAULT);
				return;
			case EnlacePackage.RECORD__PROVENANCE:
				setProvenance(PROVENANCE_EDEFAULT);
				return;
			case EnlacePackage.RECORD__RETENTION_UNTIL:
				setRetentionUntil(RETENTION_UNTIL_EDEFAULT);
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
			case EnlacePackage.RECORD__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case EnlacePackage.RECORD__OWNER_COUNTRY:
				return OWNER_COUNTRY_EDEFAULT == null ? ownerCountry != null : !OWNER_COUNTRY_EDEFAULT.equals(ownerCountry);
			case EnlacePackage.RECORD__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case EnlacePackage.RECORD__CREATED_BY:
				return CREATED_BY_EDEFAULT == null ? createdBy != null : !CREATED_BY_EDEFAULT.equals(createdBy);
			case EnlacePackage.RECORD__MODIFIED_AT:
				return MODIFIED_AT_EDEFAULT == null ? modifiedAt != null : !MODIFIED_AT_EDEFAULT.equals(modifiedAt);
			case EnlacePackage.RECORD__MODIFIED_BY:
				return MODIFIED_BY_EDEFAULT == null ? modifiedBy != null : !MODIFIED_BY_EDEFAULT.equals(modifiedBy);
			case EnlacePackage.RECORD__VERSION:
				return version != VERSION_EDEFAULT;
			case EnlacePackage.RECORD__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case EnlacePackage.RECORD__HANDLING_CODE:
				return handlingCode != HANDLING_CODE_EDEFAULT;
			case EnlacePackage.RECORD__TLP:
				return tlp != TLP_EDEFAULT;
			case EnlacePackage.RECORD__RELEASABILITY:
				return releasability != RELEASABILITY_EDEFAULT;
			case EnlacePackage.RECORD__RELEASABLE_TO:
				return releasableTo != null && !releasableTo.isEmpty();
			case EnlacePackage.RECORD__SOURCE_RELIABILITY:
				return isSetSourceReliability();
			case EnlacePackage.RECORD__INFORMATION_ACCURACY:
				return isSetInformationAccuracy();
			case EnlacePackage.RECORD__PROVENANCE_KIND:
				return provenanceKind != PROVENANCE_KIND_EDEFAULT;
			case EnlacePackage.RECORD__PROVENANCE:
				return PROVENANCE_EDEFAULT == null ? provenance != null : !PROVENANCE_EDEFAULT.equals(provenance);
			case EnlacePackage.RECORD__RETENTION_UNTIL:
				return RETENTION_UNTIL_EDEFAULT == null ? retentionUntil != null : !RETENTION_UNTIL_EDEFAULT.equals(retentionUntil);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", ownerCountry: ");
		result.append(ownerCountry);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", createdBy: ");
		result.append(createdBy);
		result.append(", modifiedAt: ");
		result.append(modifiedAt);
		result.append(", modifiedBy: ");
		result.append(modifiedBy);
		result.append(", version: ");
		result.append(version);
		result.append(", author: ");
		result.append(author);
		result.append(", handlingCode: ");
		result.append(handlingCode);
		result.append(", tlp: ");
		result.append(tlp);
		result.append(", releasability: ");
		result.append(releasability);
		result.append(", releasableTo: ");
		result.append(releasableTo);
		result.append(", sourceReliability: ");
		if (sourceReliabilityESet) result.append(sourceReliability); else result.append("<unset>");
		result.append(", informationAccuracy: ");
		if (informationAccuracyESet) result.append(informationAccuracy); else result.append("<unset>");
		result.append(", provenanceKind: ");
		result.append(provenanceKind);
		result.append(", provenance: ");
		result.append(provenance);
		result.append(", retentionUntil: ");
		result.append(retentionUntil);
		result.append(')');
		return result.toString();
	}

} //RecordImpl
