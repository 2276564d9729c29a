package org.deputyflow.token;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A token is checked with one SHA-256 digest: nothing on its path may reach a password encoder
 * (BCrypt costs tens of milliseconds a call) or the authentication manager that would use one.
 */
@AnalyzeClasses(packages = "org.deputyflow.token", importOptions = ImportOption.DoNotIncludeTests.class)
class TokenArchitectureTests {

    @ArchTest
    static final ArchRule the_token_check_uses_no_password_hash = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.security.crypto.password.PasswordEncoder")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.security.crypto.bcrypt..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.security.authentication.AuthenticationManager")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.security.authentication.ProviderManager");
}
