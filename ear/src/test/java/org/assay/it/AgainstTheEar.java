package org.assay.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the HTTP tests: the real {@code assay.ear} deployed on the managed WildFly, called as a client. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class AgainstTheEar {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }
}
