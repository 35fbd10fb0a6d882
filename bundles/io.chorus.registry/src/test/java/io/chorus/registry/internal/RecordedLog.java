package io.chorus.registry.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.log.Logger;

/**
 * An OSGi {@link Logger} that keeps what it is told, formatted as the log service would ("{}" replaced by the
 * arguments in turn), so tests can check that a failure was reported and not thrown at the caller.
 */
final class RecordedLog {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    final Logger logger = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(),
            new Class<?>[] {Logger.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "equals":
                        return proxy == args[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "toString":
                    case "getName":
                        return "recorded";
                    default:
                        break;
                }
                if (method.getReturnType() == boolean.class) {
                    return true;
                }
                if (args != null && args.length > 0 && args[0] instanceof String format) {
                    lines.add(method.getName() + ": " + format(format, Arrays.copyOfRange(args, 1, args.length)));
                }
                return null;
            });

    private static String format(String format, Object[] rawArguments) {
        List<Object> arguments = new ArrayList<>();
        for (Object argument : rawArguments) {
            if (argument instanceof Object[] varargs) {
                arguments.addAll(Arrays.asList(varargs));
            } else {
                arguments.add(argument);
            }
        }
        StringBuilder text = new StringBuilder();
        int next = 0;
        int from = 0;
        for (int at = format.indexOf("{}"); at >= 0; at = format.indexOf("{}", from)) {
            text.append(format, from, at).append(next < arguments.size() ? arguments.get(next++) : "{}");
            from = at + 2;
        }
        return text.append(format.substring(from)).toString();
    }

    /** Everything logged, as "level: message". */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The errors logged. */
    List<String> errors() {
        return lines.stream().filter(line -> line.startsWith("error: ")).map(line -> line.substring(7)).toList();
    }
}
