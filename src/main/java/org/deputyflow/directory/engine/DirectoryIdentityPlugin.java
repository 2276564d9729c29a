package org.deputyflow.directory.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.deputyflow.directory.DirectoryService;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Puts the directory in place of the engine's own identity tables. */
@Component
class DirectoryIdentityPlugin extends AbstractProcessEnginePlugin {

    private final DirectoryService directory;
    private final PasswordEncoder passwordEncoder;
    private final MessageSource names;

    // lazy: the directory's mappers need the engine's transaction manager wiring to be complete
    DirectoryIdentityPlugin(@Lazy DirectoryService directory, PasswordEncoder passwordEncoder, MessageSource names) {
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.names = names;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new DirectoryIdentityProvider(directory, passwordEncoder, names);
            }
        });
    }
}
