/**
 * A TCP forwarder that plays outages of the service behind it (the SMTP server in the fault tests):
 * `down()` — the port refuses connections (as a stopped server does) and open connections are cut;
 * `hang()` — connections are accepted and then never answered (as an overloaded provider does);
 * `up()` — it forwards to `target` again. Test tooling only.
 */
import net from "node:net";

export type TcpSwitch = {
  port: number;
  down: () => Promise<void>;
  hang: () => Promise<void>;
  up: () => Promise<void>;
  stop: () => Promise<void>;
};

export async function startTcpSwitch({ port, target }: { port: number; target: { host: string; port: number } }): Promise<TcpSwitch> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let hanging = false;
  const track = (sock: net.Socket) => {
    sockets.add(sock);
    sock.on("close", () => sockets.delete(sock));
  };
  const listen = async () => {
    if (server) return;
    const s = net.createServer((client) => {
      track(client);
      if (hanging) {
        client.on("error", () => client.destroy());
        return; // accepted, never answered
      }
      const upstream = net.connect(target.port, target.host);
      track(upstream);
      for (const sock of [client, upstream]) {
        sock.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => s.listen(port, "127.0.0.1", resolve));
    server = s;
  };
  const close = async () => {
    const s = server;
    server = undefined;
    for (const sock of sockets) sock.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  return {
    port,
    down: close,
    hang: async () => {
      hanging = true;
      await listen();
    },
    up: async () => {
      hanging = false;
      await listen();
    },
    stop: close,
  };
}
