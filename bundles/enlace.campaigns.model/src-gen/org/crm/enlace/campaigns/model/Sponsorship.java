/**
 */
package org.crm.enlace.campaigns.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sponsorship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a country's or an external sponsor gives to the adaptation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.campaigns.model.Sponsorship#getSponsor <em>Sponsor</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.Sponsorship#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.Sponsorship#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.Sponsorship#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.Sponsorship#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.Sponsorship#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getSponsorship()
 * @model
 * @generated
 */
public interface Sponsorship extends EObject {
	/**
	 * Returns the value of the '<em><b>Sponsor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The institution or organization, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sponsor</em>' attribute.
	 * @see #setSponsor(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getSponsorship_Sponsor()
	 * @model
	 * @generated
	 */
	String getSponsor();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.Sponsorship#getSponsor <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sponsor</em>' attribute.
	 * @see #getSponsor()
	 * @generated
	 */
	void setSponsor(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.campaigns.model.SponsorOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.SponsorOrigin
	 * @see #setOrigin(SponsorOrigin)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getSponsorship_Origin()
	 * @model
	 * @generated
	 */
	SponsorOrigin getOrigin();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.Sponsorship#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.SponsorOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(SponsorOrigin value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.campaigns.model.SponsorshipKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.SponsorshipKind
	 * @see #setKind(SponsorshipKind)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getSponsorship_Kind()
	 * @model
	 * @generated
	 */
	SponsorshipKind getKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.Sponsorship#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.SponsorshipKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SponsorshipKind value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a cash contribution: the amount, in currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getSponsorship_Amount()
	 * @model
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.Sponsorship#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a cash contribution: ISO 4217 code (USD, GTQ, MXN...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getSponsorship_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.Sponsorship#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is given in kind, or what the cash pays for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getSponsorship_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.Sponsorship#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Sponsorship
