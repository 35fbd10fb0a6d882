package io.chorus.source.file.internal;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.log.Logger;

/** An OSGi {@link Logger} that keeps what it is told ("{}" replaced by the arguments), for assertions. */
final class RecordedLogger {

    final List<String> lines = new CopyOnWriteArrayList<>();

    final Logger logger = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
            (proxy, method, args) -> {
                if (method.getReturnType() == boolean.class) {
                    return method.getName().equals("equals") ? proxy == args[0] : Boolean.TRUE;
                }
                if (method.getName().equals("hashCode")) {
                    return System.identityHashCode(proxy);
                }
                if (method.getName().equals("toString") || method.getName().equals("getName")) {
                    return "recorded";
                }
                if (args != null && args.length > 0 && args[0] instanceof String format) {
                    if (args.length == 2 && args[1] instanceof Object[] varargs) {
                        Object[] flat = new Object[varargs.length + 1];
                        System.arraycopy(varargs, 0, flat, 1, varargs.length);
                        args = flat;
                    }
                    StringBuilder text = new StringBuilder();
                    int next = 1;
                    int from = 0;
                    for (int at = format.indexOf("{}"); at >= 0; at = format.indexOf("{}", from)) {
                        text.append(format, from, at).append(next < args.length ? args[next++] : "{}");
                        from = at + 2;
                    }
                    lines.add(method.getName() + ": " + text.append(format.substring(from)));
                }
                return null;
            });
}
