package org.crm.enlace.plan;

import java.math.BigDecimal;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.plan.internal.PlanBuilder;
import org.crm.enlace.plan.model.PlanFactory;
import org.crm.enlace.plan.model.PlanStatus;
import org.crm.enlace.plan.model.TimelineAnchor;
import org.crm.enlace.plan.model.WorkPlan;

/**
 * The network's short-term work plan ({@code ../shared/seed/plan-de-trabajo.es.txt}), every line of both work areas:
 * the Spanish text as the network wrote it (its typos too: it is the network's document; only the codes lose their
 * trailing dots and a word split over two lines of a table cell is joined) with the English reading. Owned by the
 * Technical Secretariat, with an id every node agrees on.
 */
public final class SeedPlan {

	/** The seed plan's code, what {@code ./enlace indicators --plan} takes. */
	public static final String CODE = "CRM-PT-1";
	public static final String ID = ReferenceData.stableId("work-plan", CODE);
	/** Information exchange, and institutional strengthening for the protection of victims (IndicatorCodes' IE, FI). */
	public static final String INFORMATION_EXCHANGE = "IE";
	public static final String INSTITUTIONAL_STRENGTHENING = "FI";

	private SeedPlan() {
	}

	public static WorkPlan plan() {
		WorkPlan plan = PlanFactory.eINSTANCE.createWorkPlan();
		plan.setId(ID);
		plan.setCode(CODE);
		plan.setOwnerCountry(Owners.SECRETARIAT);
		plan.setReleasability(Releasability.ALL_MEMBERS);
		plan.setTlp(Tlp.GREEN);
		plan.setHandlingCode(HandlingCode.H0);
		plan.setProvenanceKind(ProvenanceKind.DOCUMENT);
		plan.setProvenance("plan-de-trabajo.es.txt");
		plan.setTitleEs("PLAN DE TRABAJO REGIONAL PARA EL COMBATE AL TRÁFICO ILÍCITO DE MIGRANTES Y LA TRATA DE PERSONAS");
		plan.setTitleEn("Regional work plan against migrant smuggling and trafficking in persons");
		plan.setScopeEs("ACTIVIDADES DE APLICACIÓN A CORTO PLAZO");
		plan.setScopeEn("Short-term activities");
		plan.setEdition("1");
		plan.setStatus(PlanStatus.IN_FORCE);
		PlanBuilder builder = new PlanBuilder(plan);
		informationExchange(builder);
		institutionalStrengthening(builder);
		return plan;
	}

	private static void informationExchange(PlanBuilder b) {
		b.area(INFORMATION_EXCHANGE, "INTERCAMBIO DE INFORMACIÒN", "Information exchange")
				.objective("1", "Facilitar el intercambio de información relativa al combate al tráfico ilícito de migrantes y trata de personas en el contexto de seguridad regional.",
						"Make it easy to exchange information on fighting migrant smuggling and trafficking in persons, in the context of regional security.")
				.result("1.1", "", "En el sitio  virtual contar con espacio que contenga información sobre nacionalidades que requieren autorización para el ingreso a los países miembros de la CRM.",
						"A space on the virtual site with the nationalities that need an authorization (visa) to enter each CRM member country.")
				.evidence("entry.EntryRule")
				.activity("1.1.1", "Solicitar a la ST actualizar la información relativa a nacionalidades que requieren autorización",
						"Ask the ST to update the information on nationalities that require an authorization.")
				.evidence("entry.EntryRule")
				.result("1.2", "", "Designar por país un punto de contacto permanente y su suplente.",
						"Each country designates a permanent contact point and an alternate.")
				.evidence("enlace.ContactPoint")
				.result("1.3", "", "Contar con un espacio virtual que contenga información relativa a modalidades, modus operandi, rutas y características de los presuntos traficantes",
						"A virtual space with the modalities, modus operandi, routes and characteristics of suspected smugglers.")
				.evidence("intel.SmugglingReport")
				.activity("1.3.1", "Solicitar a la ST la creación de un espacio privado para el intercambio de información de la Red sobre tráfico ílicito de migrantes y la trata de personas.",
						"Ask the ST to create a private space for the network's exchange of information on migrant smuggling and trafficking.")
				.activity("1.3.2", "Solicitar elaborar propuesta de formato común para el intercambio de información, especialmente el seguimiento de personas que viajan con niños sin tener vínculo familiar.",
						"Propose a common format for exchanging information, especially for following up persons who travel with children with whom they have no family bond.")
				.evidence("cotravel.CoTravelAlert")
				.result("1.4", "", "Contar con un espacio privado para el intercambio de los especimenes de documentos migratorios, con las especificaciones de seguridad que puedan ser de utilidad.",
						"A private space to exchange specimens of migration documents, with the security specifications that can be useful.")
				.evidence("specimens.DocumentSpecimen")
				.activity("1.4.1", "Realizar un intercambio de especimenes de documentos migratorios.",
						"Exchange specimens of migration documents.")
				.evidence("specimens.DocumentSpecimen")
				.activity("1.4.2", "Intercambio de los procedimientos de obtención de documentos.",
						"Exchange the procedures by which each country's documents are obtained.")
				.evidence("procedures.DocumentProcedure")
				.atObjective()
				.indicator(IndicatorCodes.INFORMATION_AVAILABLE, "members", BigDecimal.valueOf(11),
						"Información disponible en el sitio privado de la Secretaría  Virtual.",
						"The information is available on the private site of the Virtual Secretariat.")
				.timeline(TimelineAnchor.PRIVATE_SPACE_APPROVAL, 4,
						"Cada país deberá ingresar la información en 4 meses a partir de la aprobación de la creación del espacio virtual.",
						"Each country must enter its information within 4 months of the approval of the virtual space.")
				.responsible("PPT", "Presidencia Pro-témpore.", "The Pro Tempore Presidency.")
				.responsible(Owners.SECRETARIAT, "Secretaría Técnica.", "The Technical Secretariat.")
				.responsible("SV", "Secretaría Virtual", "The Virtual Secretariat.")
				.responsible("ALL", "Responsables de la Red y su Suplente por país.",
						"The network's contact point and alternate of each country.")
				.resources("Cada país pondrá a disposición su capacidad técnica y la Presidencia Pro-témpore utilizará los medios que ofrece la SV.",
						"Each country contributes its technical capacity; the PPT uses the means that the SV offers.")
				.result("1.3", "-JTF", "Trabajo coordinado con el Grupo Fuerza de tarea conjunta.",
						"Coordinated work with the Joint Task Force group.")
				.activity("1.3.1", "Establecer y/o estrechar las coordinaciones existentes con las instancias gubernamentales vinculadas al tema (Fuerza de tarea conjunta).",
						"Establish or tighten coordination with the government bodies concerned (the Joint Task Force).")
				.indicator(IndicatorCodes.COMMISSIONS_COORDINATED, "commissions", null,
						"Comisiones nacionales trabajando coordinadamente.",
						"National commissions working in coordination.")
				.timeline(TimelineAnchor.NONE, null,
						"Un  representante de la Red establecerá enlace con el Grupo Fuerza de Trabajo conjunta para realizar una reunión  previa  la del GRCM en Panamá",
						"A representative of the network liaises with the Joint Task Force group to hold a meeting before the GRCM meeting in Panama.")
				.responsible("USA", "Coordinado por un Representante de EU",
						"Coordinated by a representative of the United States.");
	}

	private static void institutionalStrengthening(PlanBuilder b) {
		b.area(INSTITUTIONAL_STRENGTHENING,
				"FORTALECIMIENTO INSTITUCIONAL PARA LA PROTECCIÓN DE VICTIMAS Y OTRAS PERSONAS VULNERABLES",
				"Institutional strengthening for the protection of victims and other vulnerable persons")
				.objective("1", "Capacitar a los funcionarios de las Direcciones Generales de Migración sobre tráfico de migrantes y trata de personas",
						"Train the officials of the General Directorates of Migration on migrant smuggling and trafficking.")
				.result("1.1", "", "Funcionarios capacitados", "Officials trained.")
				.activity("1.1.1", "Elaboración de una propuesta conjunta de capacitación (EUA – OIM) que incluya un módulo de identificación de las victimas y los procedimientos para garantizar la debida atención de las victimas.",
						"A joint training proposal (United States and IOM) that includes a module on identifying victims and on the procedures that guarantee victims due care.")
				.atObjective()
				.indicator(IndicatorCodes.OFFICIALS_TRAINED, "officials", null, "Número de funcionarios capacitados",
						"Number of officials trained.")
				.timeline(TimelineAnchor.PLAN_APPROVAL, 6, "6 meses", "6 months.")
				.responsible("USA", "EUA", "The United States.")
				.responsible(Owners.IOM, "OIM", "IOM.")
				.responsible("ALL", "Puntos de contacto de la red", "The network's contact points.")
				.objective("2", "Realizar campañas de prevención y concientización dirigidas a víctimas. potenciales de trata y tráfico",
						"Run prevention and awareness campaigns aimed at potential victims of trafficking and smuggling.")
				.result("1.1", "", "Mayor concientización sobre los riesgos del tráfico y trata de personas.",
						"Greater awareness of the risks of smuggling and trafficking.")
				.activity("1.1.1", "Actualizar el proyecto de campaña regional elaborado por la OIM",
						"Update the regional campaign project drafted by IOM.")
				.activity("1.1.2", "Difundir a nivel regional campañas sobre  los riesgos y consecuencias a los que se enfrentan las personas que emigran de manera irregular",
						"Spread, across the region, campaigns on the risks and consequences faced by people who emigrate irregularly.")
				.atObjective()
				.indicator(IndicatorCodes.FEWER_VICTIMS, "victims", null, "Menor número de víctimas", "Fewer victims.")
				.timeline(TimelineAnchor.NONE, null, "Posicionamiento de campaña en población (por definir fecha exacta).",
						"The campaign is positioned in the population (exact date to be set).")
				.responsible("ALL", "Todos los países.", "All countries.")
				.resources("Cada país gestionará interna o externamente el patrocinio de la campaña.",
						"Each country finds sponsorship for the campaign, internally or externally.");
	}
}
