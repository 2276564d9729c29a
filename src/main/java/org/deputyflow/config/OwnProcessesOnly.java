package org.deputyflow.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * The engine runs only the processes the application brings in {@code bpmn/}. With the engine's
 * authorization off, a BPMN deployed from outside (the REST API, a modeler, any code path) could
 * run expressions that call any bean: code execution on the server. So every new deployment is
 * checked inside the engine, whatever path it came by: each resource must be one of the
 * application's own {@code bpmn/*.bpmn} files, byte for byte. Deployments already in the database
 * are not checked again when the engine reloads them.
 */
@Component
class OwnProcessesOnly extends AbstractProcessEnginePlugin implements Deployer {

    static final String PROCESS_FOLDER = "bpmn/";

    /**
     * Where the packaged application's classes sit in its jar: the engine's scan of the process
     * archive names the files of {@code java -jar} {@code BOOT-INF/classes/bpmn/...}.
     */
    static final String PACKAGED_CLASSES = "BOOT-INF/classes/";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>();
        deployers.add(this);
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (!isOwn(resource.getName(), resource.getBytes())) {
                throw new ProcessEngineException("Deployment '" + deployment.getName() + "' refused: '"
                        + resource.getName() + "' is not one of the application's own processes in " + PROCESS_FOLDER);
            }
        }
    }

    private static boolean isOwn(String resourceName, byte[] bytes) {
        String name = resourceName != null && resourceName.startsWith(PACKAGED_CLASSES)
                ? resourceName.substring(PACKAGED_CLASSES.length())
                : resourceName;
        if (name == null
                || !name.startsWith(PROCESS_FOLDER)
                || !name.endsWith(".bpmn")
                || name.indexOf('/', PROCESS_FOLDER.length()) >= 0) {
            return false;
        }
        try (InputStream own = OwnProcessesOnly.class.getClassLoader().getResourceAsStream(name)) {
            return own != null && Arrays.equals(own.readAllBytes(), bytes);
        } catch (IOException e) {
            return false;
        }
    }
}
