package org.w3id.ccgraph.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.serve.PublishServer;

/**
 * Where serve listens: checked before anything is converted, so that a port in use or a bad address is
 * one clear line and exit code 2 at once, not an internal error after the conversion.
 */
final class Listening {


    private Listening() {
    }

    /** Fails with a usage error unless the server could listen on {@code host:port} now. */
    static void check(String host, int port) {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535, found " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UsageException("--host: expected an address of this machine, found '" + host + "'");
        }
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw refused(host, port, e);
        }
    }

    /** Starts the server; a port taken since the check is the same clear error. */
    static PublishServer start(PublishServer.Builder builder, String host, int port) {
        try {
            return builder.build().start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException bind) {
                    throw refused(host, port, bind);
                }
            }
            throw e;
        }
    }

    private static UsageException refused(String host, int port, IOException e) {
        if (e instanceof BindException && String.valueOf(e.getMessage()).contains("in use")) {
            return new UsageException(Title.PORT_IN_USE, "expected a free port, but another process listens on " + host + ":"
                    + port + "; stop it or choose another --port");
        }
        return new UsageException("--host/--port: cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }

    /** How the address reads at start: who can reach the server. */
    static String describe(String host, int port) {
        String where = host + ":" + port;
        try {
            InetAddress a = InetAddress.getByName(host);
            if (a.isLoopbackAddress()) {
                return where + " (this machine only; --host 0.0.0.0 publishes on every interface)";
            }
            if (a.isAnyLocalAddress()) {
                return where + " (every interface: reachable from other machines)";
            }
        } catch (UnknownHostException e) {
            return where;
        }
        return where + " (reachable at that address)";
    }
}
