package org.crm.enlace.exchange.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * The documentation of model elements, read from the .ecore files of the repository: generated packages drop their
 * GenModel documentation at run time.
 */
final class ModelDocumentation {

	private final Map<String, EPackage> packages = new HashMap<>();

	ModelDocumentation(Path bundles) {
		try (Stream<Path> files = Files.find(bundles, 3, (path, attributes) -> path.toString().endsWith(".ecore"))) {
			for (Path ecore : files.toList()) {
				Resource resource = new EcoreResourceFactoryImpl()
						.createResource(URI.createFileURI(ecore.toAbsolutePath().toString()));
				resource.load(null);
				EPackage ePackage = (EPackage) resource.getContents().get(0);
				packages.put(ePackage.getNsURI(), ePackage);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return the documentation of the classifier as the .ecore file says it, or "" */
	String of(EClassifier classifier) {
		EClassifier documented = documented(classifier);
		return documented == null ? "" : text(EcoreUtil.getDocumentation(documented));
	}

	String of(EStructuralFeature feature) {
		EClassifier owner = documented(feature.getEContainingClass());
		EStructuralFeature documented = owner instanceof EClass eClass
				? eClass.getEStructuralFeature(feature.getName())
				: null;
		return documented == null ? "" : text(EcoreUtil.getDocumentation(documented));
	}

	private EClassifier documented(EClassifier classifier) {
		EPackage ePackage = packages.get(classifier.getEPackage().getNsURI());
		return ePackage == null ? null : ePackage.getEClassifier(classifier.getName());
	}

	private static String text(String documentation) {
		return documentation == null ? "" : documentation.replace('\n', ' ').replace("|", "\\|");
	}
}
