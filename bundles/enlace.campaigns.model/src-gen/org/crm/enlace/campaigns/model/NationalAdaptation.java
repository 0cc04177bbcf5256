/**
 */
package org.crm.enlace.campaigns.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>National Adaptation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A country's adaptation of the regional project, owned by that country: languages, channels, period, events and sponsorship. Materials (posters, spots, scripts) are the record's attachments.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.campaigns.model.NationalAdaptation#getProjectId <em>Project Id</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.NationalAdaptation#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.NationalAdaptation#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.NationalAdaptation#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.NationalAdaptation#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.NationalAdaptation#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.NationalAdaptation#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.NationalAdaptation#getEvents <em>Events</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.NationalAdaptation#getSponsorships <em>Sponsorships</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.NationalAdaptation#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getNationalAdaptation()
 * @model
 * @generated
 */
public interface NationalAdaptation extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Project Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Record id of the CampaignProject adapted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Project Id</em>' attribute.
	 * @see #setProjectId(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getNationalAdaptation_ProjectId()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getProjectId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getProjectId <em>Project Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project Id</em>' attribute.
	 * @see #getProjectId()
	 * @generated
	 */
	void setProjectId(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the country that runs it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getNationalAdaptation_Country()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getNationalAdaptation_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 639 codes of the languages used (es, en, fr, quc, gar...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getNationalAdaptation_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute list.
	 * The list contents are of type {@link org.crm.enlace.campaigns.model.Channel}.
	 * The literals are from the enumeration {@link org.crm.enlace.campaigns.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' attribute list.
	 * @see org.crm.enlace.campaigns.model.Channel
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getNationalAdaptation_Channels()
	 * @model
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day the adaptation is disseminated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getNationalAdaptation_StartDate()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getStartDate <em>Start Date</em>}' attribute.
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
	 * Last day, inclusive; none while it runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getNationalAdaptation_EndDate()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.campaigns.model.DisseminationEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getNationalAdaptation_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<DisseminationEvent> getEvents();

	/**
	 * Returns the value of the '<em><b>Sponsorships</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.campaigns.model.Sponsorship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sponsorships</em>' containment reference list.
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getNationalAdaptation_Sponsorships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sponsorship> getSponsorships();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getNationalAdaptation_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // NationalAdaptation
