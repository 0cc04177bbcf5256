/**
 */
package org.crm.enlace.campaigns.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dissemination Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One dissemination of the campaign: a broadcast, a post, a poster run, a community event.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.campaigns.model.DisseminationEvent#getDate <em>Date</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.DisseminationEvent#getPlace <em>Place</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.DisseminationEvent#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.DisseminationEvent#getEstimatedReach <em>Estimated Reach</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.DisseminationEvent#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getDisseminationEvent()
 * @model
 * @generated
 */
public interface DisseminationEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getDisseminationEvent_Date()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.DisseminationEvent#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where, in words (a town, a border crossing, a radio station's area).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getDisseminationEvent_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.DisseminationEvent#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.campaigns.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.Channel
	 * @see #setChannel(Channel)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getDisseminationEvent_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.DisseminationEvent#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.Channel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Estimated Reach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many people it reached, as estimated; none when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimated Reach</em>' attribute.
	 * @see #setEstimatedReach(Integer)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getDisseminationEvent_EstimatedReach()
	 * @model
	 * @generated
	 */
	Integer getEstimatedReach();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.DisseminationEvent#getEstimatedReach <em>Estimated Reach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Reach</em>' attribute.
	 * @see #getEstimatedReach()
	 * @generated
	 */
	void setEstimatedReach(Integer value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getDisseminationEvent_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.DisseminationEvent#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // DisseminationEvent
