package io.github.imagekitspring.emulator;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** HTTP stays in the route layer: the account's state classes never see a request, a response or a status. */
@AnalyzeClasses(packages = "io.github.imagekitspring.emulator.internal", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

	private static final Set<String> STATE = Set.of("EmulatorState", "MediaLibrary", "Files", "FileUploads", "FileVersions",
			"BulkFileEdits", "Search", "SearchQuery", "Folders", "FolderJobs", "Purges", "CustomFields", "AccountResources",
			"Usage", "FileDelivery", "FileViews", "PendingWork", "Version", "Asset", "Folder", "SearchTarget");

	private static final Set<String> ROUTE_LAYER = Set.of("ApiCall", "JsonFields", "Reply", "Route", "RouteTable",
			"RouteContext", "EmulatorServer");

	@ArchTest
	static final ArchRule stateKnowsNoHttp = noClasses()
		.that(DescribedPredicate.describe("hold the account's state", (JavaClass c) -> STATE.contains(topLevel(c))))
		.should()
		.dependOnClassesThat(DescribedPredicate.describe("belong to the HTTP side",
				(JavaClass c) -> c.getPackageName().startsWith("org.springframework") || c.getPackageName().startsWith("reactor")
						|| c.getPackageName().startsWith("io.netty") || ROUTE_LAYER.contains(topLevel(c))));

	private static String topLevel(JavaClass c) {
		if (!c.getPackageName().equals("io.github.imagekitspring.emulator.internal")) {
			return "";
		}
		String name = c.getName().substring(c.getName().lastIndexOf('.') + 1);
		int nested = name.indexOf('$');
		return (nested >= 0) ? name.substring(0, nested) : name;
	}

}
