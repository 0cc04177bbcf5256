package org.crm.enlace.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 * Generates the Java code of every model bundle, a folder of {@code bundles/} with a {@code model/*.genmodel}
 * ({@code enlace.model}, the shared model, and work areas' models such as {@code enlace.entry.model}, whose classes
 * extend its {@code Record}), with EMF's code generator, headless: no Eclipse IDE, no OSGi, no workspace.
 * <p>
 * The generator always runs in a fresh temporary folder holding a copy of every model bundle's {@code model/} folder
 * (so that references from one model to another resolve as they do in the source tree), and only the
 * {@code src-gen/} it produces is copied out. So it never merges with old output (what it writes depends on the
 * .ecore and .genmodel files alone, which the drift check relies on) and never touches a bundle's hand-written
 * MANIFEST.MF, plugin.xml, plugin.properties or build.properties.
 * <p>
 * Usage: {@code GenerateModel <bundles folder> <output folder>}: writes {@code <output>/<bundle>/src-gen} for every
 * model bundle, replacing what was there. With the bundles folder as output it regenerates the committed code.
 */
public final class GenerateModel {

	static final String MODEL = "model";
	static final String SRC_GEN = "src-gen";

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: GenerateModel <bundles folder> <output folder>");
			System.exit(2);
		}
		Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
		Path output = Path.of(args[1]).toAbsolutePath().normalize();
		for (String bundle : modelBundles(bundles)) {
			Path srcGen = output.resolve(bundle).resolve(SRC_GEN);
			generate(bundles, bundle, srcGen);
			try (Stream<Path> files = Files.walk(srcGen)) {
				System.out.println("Generated " + files.filter(Files::isRegularFile).count() + " files into " + srcGen);
			}
		}
	}

	/** The bundles (folder names) that hold a GenModel in {@code model/}, sorted by name. */
	public static List<String> modelBundles(Path bundles) throws IOException {
		try (Stream<Path> folders = Files.list(bundles)) {
			return folders.filter(folder -> genModelOf(folder).isPresent())
					.map(folder -> folder.getFileName().toString())
					.sorted()
					.toList();
		}
	}

	/**
	 * Generates the model code of one model bundle's GenModel into {@code output}, replacing what was there. The
	 * GenModel's output path ({@code /<bundle>/src-gen}) names the bundle folder as its project.
	 */
	public static void generate(Path bundles, String bundle, Path output) throws IOException {
		// Outside Eclipse, EMF writes generated files in the JVM's default charset; the bundles' sources are UTF-8.
		if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
			throw new IllegalStateException("Run with -Dfile.encoding=UTF-8 (default charset is " + Charset.defaultCharset() + ")");
		}
		Path work = Files.createTempDirectory("enlace-codegen-");
		try {
			List<String> projects = modelBundles(bundles);
			for (String project : projects) {
				copyTree(bundles.resolve(project).resolve(MODEL), work.resolve(project).resolve(MODEL));
			}
			Path genModel = genModelOf(work.resolve(bundle)).orElseThrow(
					() -> new IllegalArgumentException(bundle + " has no model/*.genmodel"));
			runGenerator(work, projects, bundle + "/" + MODEL + "/" + genModel.getFileName());
			deleteTree(output);
			copyTree(work.resolve(bundle).resolve(SRC_GEN), output);
		} finally {
			deleteTree(work);
		}
	}

	private static Optional<Path> genModelOf(Path bundle) {
		Path model = bundle.resolve(MODEL);
		if (!Files.isDirectory(model)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(model)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".genmodel")).findFirst();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void runGenerator(Path work, List<String> projects, String genModelPath) {
		ResourceSet resourceSet = new ResourceSetImpl();
		// Outside Eclipse nothing reads plugin.xml: register the file types and packages by hand.
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		// A GenModel addresses its output as /<bundle>/src-gen, i.e. platform:/resource/<bundle>/src-gen, and one
		// model reaches another's classes through the same kind of path (../../enlace.model/model/enlace.ecore).
		for (String project : projects) {
			resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + project + "/", false),
					URI.createFileURI(work.resolve(project).toString() + "/"));
		}

		URI genModelUri = URI.createPlatformResourceURI("/" + genModelPath, false);
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
