/**
 */
package org.crm.enlace.campaigns.model;

import org.crm.enlace.model.Sex;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Statistics Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many persons of one population, sex, age group, form of exploitation and nationality were identified in the period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.campaigns.model.StatisticsCell#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.StatisticsCell#getSex <em>Sex</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.StatisticsCell#getAgeGroup <em>Age Group</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.StatisticsCell#getExploitation <em>Exploitation</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.StatisticsCell#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.StatisticsCell#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getStatisticsCell()
 * @model
 * @generated
 */
public interface StatisticsCell extends EObject {
	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.campaigns.model.Population}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.Population
	 * @see #setPopulation(Population)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getStatisticsCell_Population()
	 * @model
	 * @generated
	 */
	Population getPopulation();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.StatisticsCell#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.Population
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(Population value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.model.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * X when other or not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.crm.enlace.model.Sex
	 * @see #setSex(Sex)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getStatisticsCell_Sex()
	 * @model
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.StatisticsCell#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.crm.enlace.model.Sex
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Returns the value of the '<em><b>Age Group</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.campaigns.model.AgeGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Age Group</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.AgeGroup
	 * @see #setAgeGroup(AgeGroup)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getStatisticsCell_AgeGroup()
	 * @model
	 * @generated
	 */
	AgeGroup getAgeGroup();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.StatisticsCell#getAgeGroup <em>Age Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age Group</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.AgeGroup
	 * @see #getAgeGroup()
	 * @generated
	 */
	void setAgeGroup(AgeGroup value);

	/**
	 * Returns the value of the '<em><b>Exploitation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.campaigns.model.Exploitation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exploitation</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.Exploitation
	 * @see #setExploitation(Exploitation)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getStatisticsCell_Exploitation()
	 * @model
	 * @generated
	 */
	Exploitation getExploitation();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.StatisticsCell#getExploitation <em>Exploitation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exploitation</em>' attribute.
	 * @see org.crm.enlace.campaigns.model.Exploitation
	 * @see #getExploitation()
	 * @generated
	 */
	void setExploitation(Exploitation value);

	/**
	 * Returns the value of the '<em><b>Nationality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nationality</em>' attribute.
	 * @see #setNationality(String)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getStatisticsCell_Nationality()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 * @generated
	 */
	String getNationality();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.StatisticsCell#getNationality <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nationality</em>' attribute.
	 * @see #getNationality()
	 * @generated
	 */
	void setNationality(String value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Never negative.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#getStatisticsCell_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.crm.enlace.campaigns.model.StatisticsCell#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

} // StatisticsCell
