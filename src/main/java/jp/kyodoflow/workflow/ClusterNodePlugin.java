package jp.kyodoflow.workflow;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One node of a homogeneous cluster (README "Running on several nodes"): every node runs the job executor on the
 * same database; a node takes a job by an optimistic update of its row (lock owner and lock expiry), so exactly one
 * node runs it, and a job a stopped or killed node had taken is taken by another once its lock expires. This plugin
 * names the node as the lock owner, {@code kyodo.cluster.node-id} (KYODO_NODE_ID) or else the host name and process
 * id, so that ACT_RU_JOB shows which node holds a job and the job log which node ran it.
 */
@Component
class ClusterNodePlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(ClusterNodePlugin.class);

    private final String nodeId;

    ClusterNodePlugin(@Value("${kyodo.cluster.node-id:}") String nodeId) {
        this.nodeId = nodeId == null || nodeId.isBlank() ? hostAndPid() : nodeId.trim();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the node's name in the job log (ACT_HI_JOB_LOG.HOSTNAME_) and the metrics
        configuration.setHostname(nodeId);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (jobExecutor == null) {
            return;
        }
        jobExecutor.setLockOwner(nodeId);
        log.info("Cluster node {}: job lock owner, lock time {} ms, deployment aware {}", nodeId,
                jobExecutor.getLockTimeInMillis(), configuration.isJobExecutorDeploymentAware());
    }

    String nodeId() {
        return nodeId;
    }

    static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
