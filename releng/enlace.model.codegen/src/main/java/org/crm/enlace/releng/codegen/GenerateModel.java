package org.crm.enlace.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the Java code of the shared model ({@code bundles/enlace.model}) from its GenModel with EMF's code
 * generator, headless: no Eclipse IDE, no OSGi, no workspace.
 * <p>
 * The generator always runs in a fresh temporary copy of the bundle's {@code model/} folder, and only the
 * {@code src-gen/} it produces is copied out. So it never merges with old output (what it writes depends on the
 * .ecore and .genmodel alone, which the drift check relies on) and never touches the bundle's hand-written
 * MANIFEST.MF, plugin.xml, plugin.properties or build.properties.
 * <p>
 * Usage: {@code GenerateModel <model bundle folder> <output src-gen folder>}; the output folder is replaced.
 */
public final class GenerateModel {

	/** The project name the GenModel's paths use ({@code /enlace.model/src-gen}). */
	static final String PROJECT = "enlace.model";
	static final String GENMODEL = "model/enlace.genmodel";
	static final String SRC_GEN = "src-gen";

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: GenerateModel <model bundle folder> <output src-gen folder>");
			System.exit(2);
		}
		Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
		Path output = Path.of(args[1]).toAbsolutePath().normalize();
		generate(bundle, output);
		try (Stream<Path> files = Files.walk(output)) {
			System.out.println("Generated " + files.filter(Files::isRegularFile).count() + " files into " + output);
		}
	}

	/** Generates the model code of {@code bundle}'s GenModel into {@code output}, replacing what was there. */
	public static void generate(Path bundle, Path output) throws IOException {
		// Outside Eclipse, EMF writes generated files in the JVM's default charset; the bundle's sources are UTF-8.
		if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
			throw new IllegalStateException("Run with -Dfile.encoding=UTF-8 (default charset is " + Charset.defaultCharset() + ")");
		}
		Path work = Files.createTempDirectory("enlace-codegen-");
		try {
			Path project = work.resolve(PROJECT);
			copyTree(bundle.resolve("model"), project.resolve("model"));
			runGenerator(project);
			deleteTree(output);
			copyTree(project.resolve(SRC_GEN), output);
		} finally {
			deleteTree(work);
		}
	}

	private static void runGenerator(Path project) {
		ResourceSet resourceSet = new ResourceSetImpl();
		// Outside Eclipse nothing reads plugin.xml: register the file types and packages by hand.
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		// The GenModel addresses its output as /enlace.model/src-gen, i.e. platform:/resource/enlace.model/src-gen.
		resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + PROJECT + "/", false),
				URI.createFileURI(project.toString() + "/"));

		URI genModelUri = URI.createPlatformResourceURI("/" + PROJECT + "/" + GENMODEL, false);
		Resource resource = resourceSet.getResource(genModelUri, true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		EcoreUtil.resolveAll(resourceSet);
		for (Resource r : resourceSet.getResources()) {
			if (!r.getErrors().isEmpty()) {
				throw new IllegalStateException("Cannot load " + r.getURI() + ": " + r.getErrors());
			}
		}

		// Brings the GenModel in line with the .ecore: the .genmodel lists no classes, so the .ecore is the only
		// source of classes, attributes, enums and data types.
		genModel.reconcile();
		genModel.setCanGenerate(true);
		check("GenModel", genModel.diagnose());

		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		check("Code generation", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor()));
	}

	private static void check(String what, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException(what + " failed: " + describe(diagnostic, ""));
		}
		if (diagnostic.getSeverity() == Diagnostic.WARNING) {
			System.err.println(what + " warnings: " + describe(diagnostic, ""));
		}
	}

	private static String describe(Diagnostic diagnostic, String indent) {
		StringBuilder text = new StringBuilder(indent).append(diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append('\n').append(describe(child, indent + "  "));
		}
		return text.toString();
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
