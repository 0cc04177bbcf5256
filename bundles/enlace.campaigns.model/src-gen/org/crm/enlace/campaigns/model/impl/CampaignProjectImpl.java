/**
 */
package org.crm.enlace.campaigns.model.impl;

import java.time.LocalDate;

import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.CampaignsPackage;
import org.crm.enlace.campaigns.model.ProjectStatus;

import org.crm.enlace.model.impl.RecordImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.CampaignProjectImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.CampaignProjectImpl#getDraftVersion <em>Draft Version</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.CampaignProjectImpl#getDraftDate <em>Draft Date</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.CampaignProjectImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.CampaignProjectImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.CampaignProjectImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.CampaignProjectImpl#getEndDate <em>End Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignProjectImpl extends RecordImpl implements CampaignProject {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDraftVersion() <em>Draft Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDraftVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String DRAFT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDraftVersion() <em>Draft Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDraftVersion()
	 * @generated
	 * @ordered
	 */
	protected String draftVersion = DRAFT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDraftDate() <em>Draft Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDraftDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DRAFT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDraftDate() <em>Draft Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDraftDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate draftDate = DRAFT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ProjectStatus STATUS_EDEFAULT = ProjectStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ProjectStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CampaignsPackage.Literals.CAMPAIGN_PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.CAMPAIGN_PROJECT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDraftVersion() {
		return draftVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDraftVersion(String newDraftVersion) {
		String oldDraftVersion = draftVersion;
		draftVersion = newDraftVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.CAMPAIGN_PROJECT__DRAFT_VERSION, oldDraftVersion, draftVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDraftDate() {
		return draftDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDraftDate(LocalDate newDraftDate) {
		LocalDate oldDraftDate = draftDate;
		draftDate = newDraftDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.CAMPAIGN_PROJECT__DRAFT_DATE, oldDraftDate, draftDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ProjectStatus newStatus) {
		ProjectStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.CAMPAIGN_PROJECT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.CAMPAIGN_PROJECT__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.CAMPAIGN_PROJECT__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.CAMPAIGN_PROJECT__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CampaignsPackage.CAMPAIGN_PROJECT__TITLE:
				return getTitle();
			case CampaignsPackage.CAMPAIGN_PROJECT__DRAFT_VERSION:
				return getDraftVersion();
			case CampaignsPackage.CAMPAIGN_PROJECT__DRAFT_DATE:
				return getDraftDate();
			case CampaignsPackage.CAMPAIGN_PROJECT__STATUS:
				return getStatus();
			case CampaignsPackage.CAMPAIGN_PROJECT__SUMMARY:
				return getSummary();
			case CampaignsPackage.CAMPAIGN_PROJECT__START_DATE:
				return getStartDate();
			case CampaignsPackage.CAMPAIGN_PROJECT__END_DATE:
				return getEndDate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CampaignsPackage.CAMPAIGN_PROJECT__TITLE:
				setTitle((String)newValue);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__DRAFT_VERSION:
				setDraftVersion((String)newValue);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__DRAFT_DATE:
				setDraftDate((LocalDate)newValue);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__STATUS:
				setStatus((ProjectStatus)newValue);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__SUMMARY:
				setSummary((String)newValue);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__END_DATE:
				setEndDate((LocalDate)newValue);
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
			case CampaignsPackage.CAMPAIGN_PROJECT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__DRAFT_VERSION:
				setDraftVersion(DRAFT_VERSION_EDEFAULT);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__DRAFT_DATE:
				setDraftDate(DRAFT_DATE_EDEFAULT);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case CampaignsPackage.CAMPAIGN_PROJECT__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
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
			case CampaignsPackage.CAMPAIGN_PROJECT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CampaignsPackage.CAMPAIGN_PROJECT__DRAFT_VERSION:
				return DRAFT_VERSION_EDEFAULT == null ? draftVersion != null : !DRAFT_VERSION_EDEFAULT.equals(draftVersion);
			case CampaignsPackage.CAMPAIGN_PROJECT__DRAFT_DATE:
				return DRAFT_DATE_EDEFAULT == null ? draftDate != null : !DRAFT_DATE_EDEFAULT.equals(draftDate);
			case CampaignsPackage.CAMPAIGN_PROJECT__STATUS:
				return status != STATUS_EDEFAULT;
			case CampaignsPackage.CAMPAIGN_PROJECT__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case CampaignsPackage.CAMPAIGN_PROJECT__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case CampaignsPackage.CAMPAIGN_PROJECT__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
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
		result.append(" (title: ");
		result.append(title);
		result.append(", draftVersion: ");
		result.append(draftVersion);
		result.append(", draftDate: ");
		result.append(draftDate);
		result.append(", status: ");
		result.append(status);
		result.append(", summary: ");
		result.append(summary);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(')');
		return result.toString();
	}

} //CampaignProjectImpl
