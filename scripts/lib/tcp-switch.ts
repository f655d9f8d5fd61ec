/**
 * A TCP forwarder that can be switched off and on, to play an outage of the service behind it (the SMTP
 * server in the fault test): off, the port refuses connections (as a stopped server does) and open
 * connections are cut; on, it forwards again to `target`. Test tooling only.
 */
import net from "node:net";

export type TcpSwitch = { port: number; down: () => Promise<void>; up: () => Promise<void>; stop: () => Promise<void> };

export async function startTcpSwitch({ port, target }: { port: number; target: { host: string; port: number } }): Promise<TcpSwitch> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const listen = async () => {
    if (server) return;
    const s = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      for (const sock of [client, upstream]) {
        sockets.add(sock);
        sock.on("close", () => sockets.delete(sock));
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
  return { port, down: close, up: listen, stop: close };
}
