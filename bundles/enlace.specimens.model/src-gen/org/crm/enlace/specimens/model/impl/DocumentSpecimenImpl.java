/**
 */
package org.crm.enlace.specimens.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.model.impl.RecordImpl;

import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentFormat;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.DocumentType;
import org.crm.enlace.specimens.model.HolderAgeValidity;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document Specimen</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getDocumentCode <em>Document Code</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getIssuingState <em>Issuing State</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getDocumentType <em>Document Type</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getDocumentName <em>Document Name</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getSeries <em>Series</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getFirstIssued <em>First Issued</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#isStillValid <em>Still Valid</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getWithdrawnOn <em>Withdrawn On</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getPageCount <em>Page Count</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getMaterial <em>Material</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getValidities <em>Validities</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getProcedureId <em>Procedure Id</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.DocumentSpecimenImpl#getPages <em>Pages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentSpecimenImpl extends RecordImpl implements DocumentSpecimen {
	/**
	 * The default value of the '{@link #getDocumentCode() <em>Document Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentCode()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentCode() <em>Document Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentCode()
	 * @generated
	 * @ordered
	 */
	protected String documentCode = DOCUMENT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuingState() <em>Issuing State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingState()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUING_STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuingState() <em>Issuing State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingState()
	 * @generated
	 * @ordered
	 */
	protected String issuingState = ISSUING_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentCategory CATEGORY_EDEFAULT = DocumentCategory.PASSPORT;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected DocumentCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentType() <em>Document Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentType()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentType DOCUMENT_TYPE_EDEFAULT = DocumentType.ORDINARY;

	/**
	 * The cached value of the '{@link #getDocumentType() <em>Document Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentType()
	 * @generated
	 * @ordered
	 */
	protected DocumentType documentType = DOCUMENT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentName() <em>Document Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentName()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentName() <em>Document Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentName()
	 * @generated
	 * @ordered
	 */
	protected String documentName = DOCUMENT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeries() <em>Series</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeries() <em>Series</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected String series = SERIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstIssued() <em>First Issued</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstIssued()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FIRST_ISSUED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstIssued() <em>First Issued</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstIssued()
	 * @generated
	 * @ordered
	 */
	protected LocalDate firstIssued = FIRST_ISSUED_EDEFAULT;

	/**
	 * The default value of the '{@link #isStillValid() <em>Still Valid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStillValid()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STILL_VALID_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isStillValid() <em>Still Valid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStillValid()
	 * @generated
	 * @ordered
	 */
	protected boolean stillValid = STILL_VALID_EDEFAULT;

	/**
	 * The default value of the '{@link #getWithdrawnOn() <em>Withdrawn On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithdrawnOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate WITHDRAWN_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWithdrawnOn() <em>Withdrawn On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithdrawnOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate withdrawnOn = WITHDRAWN_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentFormat FORMAT_EDEFAULT = DocumentFormat.TD1;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected DocumentFormat format = FORMAT_EDEFAULT;

	/**
	 * This is true if the Format attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean formatESet;

	/**
	 * The default value of the '{@link #getPageCount() <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPageCount() <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageCount()
	 * @generated
	 * @ordered
	 */
	protected int pageCount = PAGE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaterial() <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterial()
	 * @generated
	 * @ordered
	 */
	protected static final String MATERIAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaterial() <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterial()
	 * @generated
	 * @ordered
	 */
	protected String material = MATERIAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValidities() <em>Validities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidities()
	 * @generated
	 * @ordered
	 */
	protected EList<HolderAgeValidity> validities;

	/**
	 * The default value of the '{@link #getProcedureId() <em>Procedure Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedureId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROCEDURE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcedureId() <em>Procedure Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedureId()
	 * @generated
	 * @ordered
	 */
	protected String procedureId = PROCEDURE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPages() <em>Pages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected EList<SpecimenPage> pages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentSpecimenImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecimensPackage.Literals.DOCUMENT_SPECIMEN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentCode() {
		return documentCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentCode(String newDocumentCode) {
		String oldDocumentCode = documentCode;
		documentCode = newDocumentCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_CODE, oldDocumentCode, documentCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuingState() {
		return issuingState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuingState(String newIssuingState) {
		String oldIssuingState = issuingState;
		issuingState = newIssuingState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__ISSUING_STATE, oldIssuingState, issuingState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(DocumentCategory newCategory) {
		DocumentCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentType getDocumentType() {
		return documentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentType(DocumentType newDocumentType) {
		DocumentType oldDocumentType = documentType;
		documentType = newDocumentType == null ? DOCUMENT_TYPE_EDEFAULT : newDocumentType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_TYPE, oldDocumentType, documentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentName() {
		return documentName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentName(String newDocumentName) {
		String oldDocumentName = documentName;
		documentName = newDocumentName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_NAME, oldDocumentName, documentName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeries() {
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeries(String newSeries) {
		String oldSeries = series;
		series = newSeries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__SERIES, oldSeries, series));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFirstIssued() {
		return firstIssued;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstIssued(LocalDate newFirstIssued) {
		LocalDate oldFirstIssued = firstIssued;
		firstIssued = newFirstIssued;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__FIRST_ISSUED, oldFirstIssued, firstIssued));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStillValid() {
		return stillValid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStillValid(boolean newStillValid) {
		boolean oldStillValid = stillValid;
		stillValid = newStillValid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__STILL_VALID, oldStillValid, stillValid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getWithdrawnOn() {
		return withdrawnOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithdrawnOn(LocalDate newWithdrawnOn) {
		LocalDate oldWithdrawnOn = withdrawnOn;
		withdrawnOn = newWithdrawnOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__WITHDRAWN_ON, oldWithdrawnOn, withdrawnOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(DocumentFormat newFormat) {
		DocumentFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		boolean oldFormatESet = formatESet;
		formatESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__FORMAT, oldFormat, format, !oldFormatESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFormat() {
		DocumentFormat oldFormat = format;
		boolean oldFormatESet = formatESet;
		format = FORMAT_EDEFAULT;
		formatESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpecimensPackage.DOCUMENT_SPECIMEN__FORMAT, oldFormat, FORMAT_EDEFAULT, oldFormatESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFormat() {
		return formatESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPageCount() {
		return pageCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageCount(int newPageCount) {
		int oldPageCount = pageCount;
		pageCount = newPageCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__PAGE_COUNT, oldPageCount, pageCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaterial() {
		return material;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaterial(String newMaterial) {
		String oldMaterial = material;
		material = newMaterial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__MATERIAL, oldMaterial, material));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HolderAgeValidity> getValidities() {
		if (validities == null) {
			validities = new EObjectContainmentEList<HolderAgeValidity>(HolderAgeValidity.class, this, SpecimensPackage.DOCUMENT_SPECIMEN__VALIDITIES);
		}
		return validities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcedureId() {
		return procedureId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcedureId(String newProcedureId) {
		String oldProcedureId = procedureId;
		procedureId = newProcedureId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.DOCUMENT_SPECIMEN__PROCEDURE_ID, oldProcedureId, procedureId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpecimenPage> getPages() {
		if (pages == null) {
			pages = new EObjectContainmentEList<SpecimenPage>(SpecimenPage.class, this, SpecimensPackage.DOCUMENT_SPECIMEN__PAGES);
		}
		return pages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpecimensPackage.DOCUMENT_SPECIMEN__VALIDITIES:
				return ((InternalEList<?>)getValidities()).basicRemove(otherEnd, msgs);
			case SpecimensPackage.DOCUMENT_SPECIMEN__PAGES:
				return ((InternalEList<?>)getPages()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_CODE:
				return getDocumentCode();
			case SpecimensPackage.DOCUMENT_SPECIMEN__ISSUING_STATE:
				return getIssuingState();
			case SpecimensPackage.DOCUMENT_SPECIMEN__CATEGORY:
				return getCategory();
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_TYPE:
				return getDocumentType();
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_NAME:
				return getDocumentName();
			case SpecimensPackage.DOCUMENT_SPECIMEN__SERIES:
				return getSeries();
			case SpecimensPackage.DOCUMENT_SPECIMEN__FIRST_ISSUED:
				return getFirstIssued();
			case SpecimensPackage.DOCUMENT_SPECIMEN__STILL_VALID:
				return isStillValid();
			case SpecimensPackage.DOCUMENT_SPECIMEN__WITHDRAWN_ON:
				return getWithdrawnOn();
			case SpecimensPackage.DOCUMENT_SPECIMEN__FORMAT:
				return getFormat();
			case SpecimensPackage.DOCUMENT_SPECIMEN__PAGE_COUNT:
				return getPageCount();
			case SpecimensPackage.DOCUMENT_SPECIMEN__MATERIAL:
				return getMaterial();
			case SpecimensPackage.DOCUMENT_SPECIMEN__VALIDITIES:
				return getValidities();
			case SpecimensPackage.DOCUMENT_SPECIMEN__PROCEDURE_ID:
				return getProcedureId();
			case SpecimensPackage.DOCUMENT_SPECIMEN__PAGES:
				return getPages();
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
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_CODE:
				setDocumentCode((String)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__ISSUING_STATE:
				setIssuingState((String)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__CATEGORY:
				setCategory((DocumentCategory)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_TYPE:
				setDocumentType((DocumentType)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_NAME:
				setDocumentName((String)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__SERIES:
				setSeries((String)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__FIRST_ISSUED:
				setFirstIssued((LocalDate)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__STILL_VALID:
				setStillValid((Boolean)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__WITHDRAWN_ON:
				setWithdrawnOn((LocalDate)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__FORMAT:
				setFormat((DocumentFormat)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__PAGE_COUNT:
				setPageCount((Integer)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__MATERIAL:
				setMaterial((String)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__VALIDITIES:
				getValidities().clear();
				getValidities().addAll((Collection<? extends HolderAgeValidity>)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__PROCEDURE_ID:
				setProcedureId((String)newValue);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__PAGES:
				getPages().clear();
				getPages().addAll((Collection<? extends SpecimenPage>)newValue);
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
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_CODE:
				setDocumentCode(DOCUMENT_CODE_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__ISSUING_STATE:
				setIssuingState(ISSUING_STATE_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_TYPE:
				setDocumentType(DOCUMENT_TYPE_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_NAME:
				setDocumentName(DOCUMENT_NAME_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__SERIES:
				setSeries(SERIES_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__FIRST_ISSUED:
				setFirstIssued(FIRST_ISSUED_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__STILL_VALID:
				setStillValid(STILL_VALID_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__WITHDRAWN_ON:
				setWithdrawnOn(WITHDRAWN_ON_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__FORMAT:
				unsetFormat();
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__PAGE_COUNT:
				setPageCount(PAGE_COUNT_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__MATERIAL:
				setMaterial(MATERIAL_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__VALIDITIES:
				getValidities().clear();
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__PROCEDURE_ID:
				setProcedureId(PROCEDURE_ID_EDEFAULT);
				return;
			case SpecimensPackage.DOCUMENT_SPECIMEN__PAGES:
				getPages().clear();
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
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_CODE:
				return DOCUMENT_CODE_EDEFAULT == null ? documentCode != null : !DOCUMENT_CODE_EDEFAULT.equals(documentCode);
			case SpecimensPackage.DOCUMENT_SPECIMEN__ISSUING_STATE:
				return ISSUING_STATE_EDEFAULT == null ? issuingState != null : !ISSUING_STATE_EDEFAULT.equals(issuingState);
			case SpecimensPackage.DOCUMENT_SPECIMEN__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_TYPE:
				return documentType != DOCUMENT_TYPE_EDEFAULT;
			case SpecimensPackage.DOCUMENT_SPECIMEN__DOCUMENT_NAME:
				return DOCUMENT_NAME_EDEFAULT == null ? documentName != null : !DOCUMENT_NAME_EDEFAULT.equals(documentName);
			case SpecimensPackage.DOCUMENT_SPECIMEN__SERIES:
				return SERIES_EDEFAULT == null ? series != null : !SERIES_EDEFAULT.equals(series);
			case SpecimensPackage.DOCUMENT_SPECIMEN__FIRST_ISSUED:
				return FIRST_ISSUED_EDEFAULT == null ? firstIssued != null : !FIRST_ISSUED_EDEFAULT.equals(firstIssued);
			case SpecimensPackage.DOCUMENT_SPECIMEN__STILL_VALID:
				return stillValid != STILL_VALID_EDEFAULT;
			case SpecimensPackage.DOCUMENT_SPECIMEN__WITHDRAWN_ON:
				return WITHDRAWN_ON_EDEFAULT == null ? withdrawnOn != null : !WITHDRAWN_ON_EDEFAULT.equals(withdrawnOn);
			case SpecimensPackage.DOCUMENT_SPECIMEN__FORMAT:
				return isSetFormat();
			case SpecimensPackage.DOCUMENT_SPECIMEN__PAGE_COUNT:
				return pageCount != PAGE_COUNT_EDEFAULT;
			case SpecimensPackage.DOCUMENT_SPECIMEN__MATERIAL:
				return MATERIAL_EDEFAULT == null ? material != null : !MATERIAL_EDEFAULT.equals(material);
			case SpecimensPackage.DOCUMENT_SPECIMEN__VALIDITIES:
				return validities != null && !validities.isEmpty();
			case SpecimensPackage.DOCUMENT_SPECIMEN__PROCEDURE_ID:
				return PROCEDURE_ID_EDEFAULT == null ? procedureId != null : !PROCEDURE_ID_EDEFAULT.equals(procedureId);
			case SpecimensPackage.DOCUMENT_SPECIMEN__PAGES:
				return pages != null && !pages.isEmpty();
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
		result.append(" (documentCode: ");
		result.append(documentCode);
		result.append(", issuingState: ");
		result.append(issuingState);
		result.append(", category: ");
		result.append(category);
		result.append(", documentType: ");
		result.append(documentType);
		result.append(", documentName: ");
		result.append(documentName);
		result.append(", series: ");
		result.append(series);
		result.append(", firstIssued: ");
		result.append(firstIssued);
		result.append(", stillValid: ");
		result.append(stillValid);
		result.append(", withdrawnOn: ");
		result.append(withdrawnOn);
		result.append(", format: ");
		if (formatESet) result.append(format); else result.append("<unset>");
		result.append(", pageCount: ");
		result.append(pageCount);
		result.append(", material: ");
		result.append(material);
		result.append(", procedureId: ");
		result.append(procedureId);
		result.append(')');
		return result.toString();
	}

} //DocumentSpecimenImpl
