/**
 */
package org.crm.enlace.campaigns.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Victim Statistics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Counts of identified victims of trafficking and of smuggled migrants in situations of vulnerability for one country and period, owned by that country. Aggregates only: no record here ever describes a person.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.campaigns.model.VictimStatistics#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.VictimStatistics#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.VictimStatistics#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.VictimStatistics#getSource <em>Source</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.VictimStatistics#getCells <em>Cells</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getVictimStatistics()
 * @model
 * @generated
 */
public interface VictimStatistics extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the reporting country.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getVictimStatistics_Country()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.VictimStatistics#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of the period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getVictimStatistics_PeriodStart()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.VictimStatistics#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of the period, inclusive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getVictimStatistics_PeriodEnd()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.VictimStatistics#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The institution and registry the figures come from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getVictimStatistics_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.VictimStatistics#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Cells</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.campaigns.model.StatisticsCell}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cells</em>' containment reference list.
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getVictimStatistics_Cells()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatisticsCell> getCells();

} // VictimStatistics
