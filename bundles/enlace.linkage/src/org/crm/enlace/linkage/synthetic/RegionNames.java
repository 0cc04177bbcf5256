package org.crm.enlace.linkage.synthetic;

import java.util.List;
import java.util.Map;

/**
 * Small lists of given names and surnames common in the CRM's Spanish-speaking countries, compiled for this
 * generator: the persons it makes are fictitious combinations. Each country has the shared names of the region and a
 * few of its own; compound given names and surnames with particles are in the lists as people write them.
 */
final class RegionNames {

	static final List<String> COUNTRIES = List.of("GTM", "SLV", "HND", "NIC", "CRI", "PAN", "MEX", "DOM");

	static final List<String> FEMALE = List.of("María", "Ana", "Rosa", "Carmen", "Sofía", "Valeria", "Camila",
			"Daniela", "Gabriela", "Andrea", "Lucía", "Fernanda", "Alejandra", "Mariana", "Karla", "Yesenia", "Glenda",
			"Wendy", "Dulce", "Guadalupe", "Ximena", "Itzel", "Nayeli", "Xiomara", "Yolanda", "Marta", "Elena",
			"Isabel", "Paola", "Brenda", "Jimena", "Josefina", "Milagros", "Lourdes", "Dayana", "Keila", "Ingrid",
			"Iris", "Noemí", "Belén", "Araceli", "Zulema", "Evelyn", "Heidy", "Sandra", "Patricia", "Leticia",
			"María José", "María Fernanda", "Ana Lucía", "María del Carmen", "María de los Ángeles", "Rosa María",
			"Ana Sofía", "Ana Gabriela", "María Belén", "Dulce María");
	static final List<String> MALE = List.of("José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Ángel", "Pedro",
			"Mario", "Óscar", "Francisco", "Manuel", "Jesús", "Fernando", "Ricardo", "Roberto", "Marvin", "Wilmer",
			"Kevin", "Brayan", "Josué", "Edwin", "Elmer", "Santiago", "Mateo", "Diego", "Andrés", "Héctor", "Rubén",
			"Iván", "Efraín", "Nelson", "Byron", "Alexander", "Darwin", "Yeferson", "Anderson", "Joel", "Germán",
			"Ramón", "Tomás", "Nicolás", "Julián", "Rigoberto", "Selvin", "Walter", "Osmin", "José Luis",
			"Juan Carlos", "Luis Fernando", "José Ángel", "Juan Pablo", "Carlos Alberto", "Miguel Ángel",
			"José María", "Juan José", "Luis Alberto");

	static final List<String> SHARED_SURNAMES = List.of("García", "López", "Hernández", "Martínez", "González",
			"Pérez", "Rodríguez", "Sánchez", "Ramírez", "Flores", "Cruz", "Morales", "Reyes", "Gómez", "Díaz",
			"Torres", "Castillo", "Mendoza", "Ortiz", "Vásquez", "Romero", "Jiménez", "Ruiz", "Aguilar", "Chávez",
			"Rivera", "Álvarez", "Gutiérrez", "Castro", "Vargas", "Moreno", "Herrera", "Medina", "Guzmán", "Muñoz",
			"Rojas", "Méndez", "Contreras", "Orellana", "Núñez", "Peña", "Ibáñez", "Argüello", "Cañas", "Maldonado",
			"de la Cruz", "de León", "del Cid", "Fuentes", "Ramos", "Navarro", "Salinas", "Cabrera", "Montoya",
			"Carrillo", "Figueroa", "Valle", "Lara", "Padilla", "Serrano");

	static final Map<String, List<String>> OWN_SURNAMES = Map.of(
			"GTM", List.of("Ajú", "Xicará", "Tzul", "Coyoy", "Batz", "Cux", "Chacón", "Barrios", "Estrada",
					"Monterroso", "Ordóñez", "Tecún", "Quiñónez", "Son", "Yax"),
			"SLV", List.of("Alvarado", "Escobar", "Menjívar", "Portillo", "Quintanilla", "Henríquez", "Bonilla",
					"Mejía", "Argueta", "Ayala", "Cornejo", "Rivas", "Zepeda", "Arévalo", "Guardado"),
			"HND", List.of("Zelaya", "Banegas", "Matamoros", "Funes", "Cálix", "Paz", "Sierra", "Lagos", "Carbajal",
					"Osorto", "Murillo", "Discua", "Euceda", "Amaya", "Velásquez"),
			"NIC", List.of("Ortega", "Chamorro", "Somarriba", "Lacayo", "Tijerino", "Arróliga", "Obando", "Espinoza",
					"Gadea", "Mairena", "Largaespada", "Úbeda", "Blandón", "Dávila", "Zeledón"),
			"CRI", List.of("Solano", "Mora", "Quesada", "Arias", "Campos", "Vindas", "Zúñiga", "Chaves", "Alfaro",
					"Villalobos", "Jiménez", "Calderón", "Umaña", "Brenes", "Cordero"),
			"PAN", List.of("Batista", "de Gracia", "Pinzón", "Sanjur", "Caballero", "Saldaña", "Samaniego",
					"Vergara", "Quintero", "Barría", "Cedeño", "Atencio", "Espino", "Jaén", "Bósquez"),
			"MEX", List.of("Cervantes", "Domínguez", "Villanueva", "Zamora", "Ávila", "Salazar", "Velázquez", "Trejo",
					"Olvera", "del Ángel", "Ochoa", "Nava", "Huerta", "Ibarra", "Zúñiga"),
			"DOM", List.of("Peralta", "Almonte", "Durán", "Encarnación", "Mercedes", "de los Santos", "Paulino",
					"Tavárez", "Ureña", "Then", "Polanco", "Abreu", "Guerrero", "Féliz", "Báez"));

	/* Given names a country has besides the shared ones. */
	static final Map<String, List<String>> OWN_FEMALE = Map.of("GTM", List.of("Ixchel", "Ixmucané"), "SLV",
			List.of("Aminta", "Nahomi"), "HND", List.of("Suyapa", "Darlin"), "NIC", List.of("Auxiliadora", "Xóchitl"),
			"CRI", List.of("Yorleny", "Hazel"), "PAN", List.of("Anayansi", "Yaritza"), "MEX",
			List.of("Citlali", "Yatziri"), "DOM", List.of("Altagracia", "Yokasta"));
	static final Map<String, List<String>> OWN_MALE = Map.of("GTM", List.of("Baltazar", "Tecún"), "SLV",
			List.of("Salvador", "Neftalí"), "HND", List.of("Lempira", "Olvin"), "NIC", List.of("Augusto", "Bayardo"),
			"CRI", List.of("Keylor", "Greivin"), "PAN", List.of("Omar", "Arquímedes"), "MEX",
			List.of("Cuauhtémoc", "Itzcóatl"), "DOM", List.of("Radhamés", "Fausto"));

	private RegionNames() {
	}
}
