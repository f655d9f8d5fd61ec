/**
 * A TCP forwarder that plays outages of the service behind it (the SMTP server in the fault tests):
 * `down()` — the port refuses connections (as a stopped server does) and open connections are cut;
 * `hang()` — new connections are accepted and then never answered, and open ones (a pooled SMTP
 * connection) stop answering too (as an overloaded provider does);
 * `up()` — it forwards to `target` again (connections hung until then are cut). Test tooling only.
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
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  const hung = new Set<net.Socket>();
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
        hung.add(client);
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
      const pair = { client, upstream };
      pairs.add(pair);
      client.on("close", () => pairs.delete(pair));
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
      // Open connections stop answering: nothing flows either way any more.
      for (const { client, upstream } of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        hung.add(client);
        hung.add(upstream);
      }
      pairs.clear();
      await listen();
    },
    up: async () => {
      hanging = false;
      for (const sock of hung) sock.destroy();
      hung.clear();
      await listen();
    },
    stop: close,
  };
}
