package io.chorus.registry.internal;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code registry:query-check "<query>"}: a Java method cannot have a hyphen in its name, so this spelling of the
 * command is a Gogo function of its own, doing what {@code registry:queryCheck} does.
 */
@Component(service = Function.class, property = {"osgi.command.scope=registry",
        "osgi.command.function=query-check"})
public final class QueryCheckFunction implements Function {

    private final RegistryCommands commands;

    @Activate
    public QueryCheckFunction(@Reference RegistryCommands commands) {
        this.commands = commands;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        if (arguments.size() != 1) {
            throw new IllegalArgumentException("usage: registry:query-check \"<query>\" (the query in quotes)");
        }
        return commands.queryCheck(String.valueOf(arguments.get(0)));
    }
}
