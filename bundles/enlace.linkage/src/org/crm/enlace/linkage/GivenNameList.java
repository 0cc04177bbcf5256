package org.crm.enlace.linkage;

import java.util.Set;

/**
 * Given names common in the region, folded as {@link HispanicNames#fold} folds them, that a full name written as one
 * string may hold two of in a row ("María José", "Juan Carlos", "Ana Lucía"). Names just as common as surnames
 * (Cruz, Paz, Martín, Mercedes, Salvador, León) are left out on purpose: "María Cruz Núñez" is María with two
 * surnames. The continuations after a particle ("del Carmen") are given names, not surnames, after a given name.
 */
final class GivenNameList {

	static final Set<String> COMMON = Set.of("MARIA", "JOSE", "JUAN", "ANA", "LUIS", "CARLOS", "JORGE", "MIGUEL",
			"ANGEL", "PEDRO", "MARIO", "OSCAR", "FRANCISCO", "MANUEL", "JESUS", "FERNANDO", "RICARDO", "ROBERTO",
			"ALBERTO", "ANTONIO", "ALEJANDRO", "DANIEL", "DAVID", "EDUARDO", "ENRIQUE", "ERNESTO", "GABRIEL",
			"GUILLERMO", "JAVIER", "JULIO", "PABLO", "RAFAEL", "RAUL", "SERGIO", "VICTOR", "ANDRES", "ARMANDO",
			"ARTURO", "CESAR", "FELIPE", "GERARDO", "GUSTAVO", "HECTOR", "HUGO", "IGNACIO", "JOAQUIN", "MARCO",
			"ROSA", "CARMEN", "SOFIA", "VALERIA", "CAMILA", "DANIELA", "GABRIELA", "ANDREA", "LUCIA", "FERNANDA",
			"ALEJANDRA", "MARIANA", "ISABEL", "ELENA", "TERESA", "PATRICIA", "GUADALUPE", "BEATRIZ", "CRISTINA",
			"VICTORIA", "EUGENIA", "JOSEFINA", "LUISA", "PAULA", "PAOLA", "MARTA", "MARGARITA", "LAURA", "CLAUDIA",
			"DULCE", "AUXILIADORA", "ALTAGRACIA", "BELEN", "ANTONIA", "JULIA", "CECILIA", "LOURDES", "ELIZABETH");

	static final Set<String> AFTER_PARTICLE = Set.of("DEL CARMEN", "DE LOS ANGELES", "DE JESUS", "DEL ROSARIO",
			"DEL PILAR", "DE LOURDES", "DEL SOCORRO", "DE LA LUZ", "DE FATIMA", "DEL MAR", "DE GUADALUPE",
			"DE LA CONCEPCION", "DE LOS DOLORES", "DEL CIELO");

	private GivenNameList() {
	}
}
