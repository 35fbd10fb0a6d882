package io.chorus.itests.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Exists only when configuration {@code io.chorus.itests.greeting} does: the test feature sets it, so the shell
 * command {@code itest:greeting} proves that a feature's configuration reached Configuration Admin.
 */
@Component(service = Greeting.class, configurationPid = Greeting.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {"osgi.command.scope=itest", "osgi.command.function=greeting"})
@Designate(ocd = Greeting.Config.class)
public final class Greeting {

    static final String PID = "io.chorus.itests.greeting";

    @ObjectClassDefinition(name = "Test greeting")
    public @interface Config {
        @AttributeDefinition(name = "Greeting")
        String text() default "unset";

        @AttributeDefinition(name = "Repeat")
        int times() default 1;
    }

    private final Config config;

    @Activate
    public Greeting(Config config) {
        this.config = config;
    }

    public String greeting() {
        return (config.text() + " ").repeat(Math.max(1, config.times())).strip();
    }
}
