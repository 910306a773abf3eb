package io.github.imagekitspring.architecture;

import java.security.MessageDigest;
import java.util.Arrays;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Signatures are compared in constant time. The only place the client checks a signature is webhook verification;
 * it must compare bytes with {@link MessageDigest#isEqual}, and no signing code may compare byte arrays with the
 * early-exit {@link Arrays#equals(byte[], byte[])}, whose timing tells an attacker how many leading bytes matched.
 */
@AnalyzeClasses(packages = "io.github.imagekitspring", importOptions = ImportOption.DoNotIncludeTests.class)
class SignatureComparisonTests {

	@ArchTest
	static final ArchRule webhookVerificationComparesInConstantTime = classes().that()
		.haveSimpleName("DefaultWebhookVerifier")
		.should()
		.callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class);

	@ArchTest
	static final ArchRule noEarlyExitComparisonOfBytes = noClasses().that()
		.resideInAnyPackage("..webhooks..", "..urls..", "..upload..", "..internal..")
		.should()
		.callMethod(Arrays.class, "equals", byte[].class, byte[].class)
		.because("signatures must be compared with MessageDigest.isEqual");

}
