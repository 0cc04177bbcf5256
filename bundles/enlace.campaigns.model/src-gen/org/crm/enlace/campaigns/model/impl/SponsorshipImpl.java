/**
 */
package org.crm.enlace.campaigns.model.impl;

import java.math.BigDecimal;

import org.crm.enlace.campaigns.model.CampaignsPackage;
import org.crm.enlace.campaigns.model.SponsorOrigin;
import org.crm.enlace.campaigns.model.Sponsorship;
import org.crm.enlace.campaigns.model.SponsorshipKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sponsorship</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.SponsorshipImpl#getSponsor <em>Sponsor</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.SponsorshipImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.SponsorshipImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.SponsorshipImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.SponsorshipImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.SponsorshipImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SponsorshipImpl extends MinimalEObjectImpl.Container implements Sponsorship {
	/**
	 * The default value of the '{@link #getSponsor() <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsor()
	 * @generated
	 * @ordered
	 */
	protected static final String SPONSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSponsor() <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsor()
	 * @generated
	 * @ordered
	 */
	protected String sponsor = SPONSOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final SponsorOrigin ORIGIN_EDEFAULT = SponsorOrigin.INTERNAL;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected SponsorOrigin origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SponsorshipKind KIND_EDEFAULT = SponsorshipKind.IN_KIND;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SponsorshipKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amount = AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SponsorshipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CampaignsPackage.Literals.SPONSORSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSponsor() {
		return sponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSponsor(String newSponsor) {
		String oldSponsor = sponsor;
		sponsor = newSponsor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.SPONSORSHIP__SPONSOR, oldSponsor, sponsor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SponsorOrigin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(SponsorOrigin newOrigin) {
		SponsorOrigin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.SPONSORSHIP__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SponsorshipKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SponsorshipKind newKind) {
		SponsorshipKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.SPONSORSHIP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		BigDecimal oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.SPONSORSHIP__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.SPONSORSHIP__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.SPONSORSHIP__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CampaignsPackage.SPONSORSHIP__SPONSOR:
				return getSponsor();
			case CampaignsPackage.SPONSORSHIP__ORIGIN:
				return getOrigin();
			case CampaignsPackage.SPONSORSHIP__KIND:
				return getKind();
			case CampaignsPackage.SPONSORSHIP__AMOUNT:
				return getAmount();
			case CampaignsPackage.SPONSORSHIP__CURRENCY:
				return getCurrency();
			case CampaignsPackage.SPONSORSHIP__DESCRIPTION:
				return getDescription();
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
			case CampaignsPackage.SPONSORSHIP__SPONSOR:
				setSponsor((String)newValue);
				return;
			case CampaignsPackage.SPONSORSHIP__ORIGIN:
				setOrigin((SponsorOrigin)newValue);
				return;
			case CampaignsPackage.SPONSORSHIP__KIND:
				setKind((SponsorshipKind)newValue);
				return;
			case CampaignsPackage.SPONSORSHIP__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case CampaignsPackage.SPONSORSHIP__CURRENCY:
				setCurrency((String)newValue);
				return;
			case CampaignsPackage.SPONSORSHIP__DESCRIPTION:
				setDescription((String)newValue);
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
			case CampaignsPackage.SPONSORSHIP__SPONSOR:
				setSponsor(SPONSOR_EDEFAULT);
				return;
			case CampaignsPackage.SPONSORSHIP__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case CampaignsPackage.SPONSORSHIP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CampaignsPackage.SPONSORSHIP__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case CampaignsPackage.SPONSORSHIP__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case CampaignsPackage.SPONSORSHIP__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case CampaignsPackage.SPONSORSHIP__SPONSOR:
				return SPONSOR_EDEFAULT == null ? sponsor != null : !SPONSOR_EDEFAULT.equals(sponsor);
			case CampaignsPackage.SPONSORSHIP__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case CampaignsPackage.SPONSORSHIP__KIND:
				return kind != KIND_EDEFAULT;
			case CampaignsPackage.SPONSORSHIP__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case CampaignsPackage.SPONSORSHIP__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case CampaignsPackage.SPONSORSHIP__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (sponsor: ");
		result.append(sponsor);
		result.append(", origin: ");
		result.append(origin);
		result.append(", kind: ");
		result.append(kind);
		result.append(", amount: ");
		result.append(amount);
		result.append(", currency: ");
		result.append(currency);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //SponsorshipImpl
