/**
 */
package org.crm.enlace.campaigns.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The regional campaign project (IOM's draft, updated under activity 1.1.1): one record, each update a new version of it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.campaigns.model.CampaignProject#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.CampaignProject#getDraftVersion <em>Draft Version</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.CampaignProject#getDraftDate <em>Draft Date</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.CampaignProject#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.CampaignProject#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.CampaignProject#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.CampaignProject#getEndDate <em>End Date</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getCampaignProject()
 * @model
 * @generated
 */
public interface CampaignProject extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getCampaignProject_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.CampaignProject#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Draft Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The draft's own version label, e.g. 1.0 or 2.1 (the record's version counts saves, this one counts drafts).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Draft Version</em>' attribute.
	 * @see #setDraftVersion(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getCampaignProject_DraftVersion()
	 * @model
	 * @generated
	 */
	String getDraftVersion();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.CampaignProject#getDraftVersion <em>Draft Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Draft Version</em>' attribute.
	 * @see #getDraftVersion()
	 * @generated
	 */
	void setDraftVersion(String value);

	/**
	 * Returns the value of the '<em><b>Draft Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day this draft was issued.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Draft Date</em>' attribute.
	 * @see #setDraftDate(LocalDate)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getCampaignProject_DraftDate()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getDraftDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.CampaignProject#getDraftDate <em>Draft Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Draft Date</em>' attribute.
	 * @see #getDraftDate()
	 * @generated
	 */
	void setDraftDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.campaigns.model.ProjectStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.ProjectStatus
	 * @see #setStatus(ProjectStatus)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getCampaignProject_Status()
	 * @model
	 * @generated
	 */
	ProjectStatus getStatus();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.CampaignProject#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.ProjectStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ProjectStatus value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getCampaignProject_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.CampaignProject#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of the regional campaign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getCampaignProject_StartDate()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.CampaignProject#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of the regional campaign, inclusive; none while it is open-ended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getCampaignProject_EndDate()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.CampaignProject#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

} // CampaignProject
