// docker-compose.yml and the files it mounts, checked without a container
// engine: it parses, pins every image it pulls, mounts only files that exist,
// builds only targets the Dockerfile has, gives the replicas and the worker
// the settings the app knows (secrets from files, never written here),
// believes client addresses from the load balancer's network alone, and its
// Prometheus configuration passes `promtool check config` and scrapes what
// compose runs.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { promtool, promtoolMissing } from "./operations-promtool";

interface Service {
  image?: string;
  build?: { context: string; dockerfile?: string; target?: string };
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  networks?: string[] | Record<string, { aliases?: string[] }>;
  ports?: string[];
  deploy?: { replicas?: number };
}
interface Compose {
  services: Record<string, Service>;
  networks: Record<string, { ipam?: { config: { subnet: string }[] } }>;
  volumes: Record<string, unknown>;
}

const compose = parse(fs.readFileSync("docker-compose.yml", "utf8"), { merge: true }) as Compose;
const { services } = compose;
const read = (file: string) => fs.readFileSync(file, "utf8");
const caddyfile = read("ops/caddy/Caddyfile");
/** Bind mounts (./host:container[:ro]) and named volumes (name:container[:ro]) of a service. */
const mounts = (service: Service) =>
  (service.volumes ?? []).map((entry) => {
    const [source, target] = entry.split(":");
    return { source, target, bind: source.startsWith("./") };
  });
/** The networks a service joins, with its aliases on each (compose allows a list or a map). */
const networksOf = (service: Service): Record<string, { aliases?: string[] }> =>
  Array.isArray(service.networks)
    ? Object.fromEntries(service.networks.map((name) => [name, {}]))
    : Object.fromEntries(Object.entries(service.networks ?? {}).map(([name, options]) => [name, options ?? {}]));
const mountOf = (service: Service, target: string) => mounts(service).find((mount) => mount.target === target);
/** The file a *_FILE setting names, as a (volume, file name) pair. */
function secretFile(service: Service, setting: string) {
  const file = service.environment?.[setting];
  assert.ok(file, `${setting} is set`);
  const mount = mounts(service).find((m) => file.startsWith(`${m.target}/`));
  assert.ok(mount, `${file} is inside a mounted volume`);
  return { volume: mount.source, name: path.basename(file) };
}

test("the services the design names are all there", () => {
  for (const name of ["postgres", "migrate", "app", "worker", "loadbalancer", "mailpit", "prometheus", "grafana"])
    assert.ok(services[name], name);
  assert.equal(services.app.deploy?.replicas, 2, "two app replicas");
  assert.deepEqual(services.worker.command, ["npm", "run", "worker"]);
  assert.match(services.migrate.command!.join(" "), /npm run db:migrate/);
});

test("every image pulled is pinned to a version; built ones come from the Dockerfile's targets", () => {
  const targets = new Set([...read("Dockerfile").matchAll(/^FROM \S+ AS (\S+)$/gm)].map((match) => match[1]));
  for (const [name, service] of Object.entries(services)) {
    if (service.build) {
      assert.equal(service.build.context, ".");
      assert.ok(targets.has(service.build.target ?? ""), `${name} builds a target of the Dockerfile`);
      continue;
    }
    assert.match(service.image ?? "", /^[\w./-]+:v?\d+\.\d+[\w.-]*$/, `${name}'s image is pinned: ${service.image}`);
  }
});

test("every file compose mounts exists, and every named volume is declared", () => {
  for (const [name, service] of Object.entries(services))
    for (const mount of mounts(service)) {
      if (mount.bind) assert.ok(fs.existsSync(mount.source), `${name} mounts ${mount.source}, which exists`);
      else assert.ok(mount.source in compose.volumes, `${name}'s volume ${mount.source} is declared`);
    }
});

test("the replicas and the worker get only settings the app knows; secrets come from files the secrets service makes", () => {
  const known = new Set([...read(".env.example").matchAll(/^([A-Z_]+)=/gm)].map((match) => match[1]));
  const fromFiles = new Set(
    read("scripts/docker-entrypoint.sh")
      .match(/^for name in (.+); do$/m)![1]
      .split(" "),
  );
  const made = new Set([...read("ops/secrets/generate.sh").matchAll(/^make (\S+) /gm)].map((match) => match[1]));
  for (const name of ["app", "worker", "migrate"]) {
    const service = services[name];
    for (const setting of Object.keys(service.environment ?? {})) {
      const bare = setting.replace(/_FILE$/, "");
      assert.ok(known.has(bare), `${name}: ${setting} is a setting of .env.example`);
      if (setting.endsWith("_FILE")) {
        assert.ok(fromFiles.has(bare), `${name}: the entry point reads ${setting}`);
        const file = secretFile(service, setting);
        assert.equal(file.volume, "secrets");
        assert.ok(made.has(file.name), `${name}: ops/secrets/generate.sh makes ${file.name}`);
      } else assert.ok(!/SECRET|TOKEN|PASSWORD|DATABASE_URL/.test(setting), `${name}: ${setting} is not written here`);
    }
  }
});

test("the replicas share their secrets and leave background work to the worker", () => {
  const { app, worker } = services;
  for (const setting of ["DATABASE_URL_FILE", "AUTH_SECRET_FILE", "METRICS_TOKEN_FILE", "STRIPE_WEBHOOK_SECRET_FILE"])
    assert.deepEqual(secretFile(app, setting), secretFile(worker, setting), `${setting}: one file for all`);
  assert.equal(app.environment?.RUN_WORKERS, "false");
  assert.equal(app.environment?.PAYMENTS, "test", "the try-out's payments are asked for explicitly");
  assert.equal(new URL(app.environment!.SMTP_URL).hostname, "mailpit");
  assert.equal(services.migrate.environment?.SEED_DEMO, "true");
  assert.equal(mountOf(app, "/data")?.source, mountOf(worker, "/data")?.source, "one DATA_DIR (posters)");
});

test("client addresses are believed from the load balancer's network alone", () => {
  const { app, loadbalancer } = services;
  const onEdge = Object.entries(services).filter(([, service]) => "edge" in networksOf(service));
  assert.deepEqual(onEdge.map(([name]) => name).sort(), ["app", "loadbalancer"]);
  assert.equal(app.environment?.TRUST_PROXY, compose.networks.edge.ipam!.config[0].subnet);
  assert.equal(app.ports, undefined, "the replicas are reached through the load balancer only");
  assert.equal(mountOf(loadbalancer, "/etc/caddy/Caddyfile")?.source, "./ops/caddy/Caddyfile");
  // Caddy must reach the replicas by their edge addresses: a name they have on the edge network and nowhere else.
  const [, name, port] = /dynamic a (\S+) (\d+)\b/.exec(caddyfile)!;
  assert.ok(networksOf(app).edge.aliases?.includes(name), `${name} is the replicas' name on the edge network`);
  for (const [service, definition] of Object.entries(services))
    for (const [network, options] of Object.entries(networksOf(definition)))
      if (network !== "edge" || service !== "app")
        assert.ok(!options.aliases?.includes(name) && service !== name, `${name} names nothing on ${network}`);
  assert.match(read("Dockerfile"), new RegExp(`^ENV .*\\bPORT=${port}\\b`, "m"), "the port the replicas serve on");
  for (const [service, definition] of Object.entries(services))
    for (const published of definition.ports ?? [])
      assert.match(published, /^127\.0\.0\.1:/, `${service} publishes on loopback only`);
});

test("APP_URL reaches the load balancer from a browser on this machine and from inside compose", () => {
  const { app, worker, loadbalancer } = services;
  const url = new URL(app.environment!.APP_URL);
  assert.equal(worker.environment?.APP_URL, url.href.replace(/\/$/, ""));
  // Browsers take every *.localhost for this machine, where the load balancer's port is published.
  assert.match(url.hostname, /\.localhost$/);
  const listen = /^:(\d+) \{$/m.exec(caddyfile)![1];
  assert.ok(loadbalancer.ports?.includes(`127.0.0.1:${url.port}:${listen}`), `port ${url.port} is Caddy's ${listen}`);
  // Inside compose the name is the load balancer's, on a network the replicas and the worker share with it
  // (the test payment provider delivers its webhooks to APP_URL from there).
  const network = Object.entries(networksOf(loadbalancer)).find(([, options]) =>
    options.aliases?.includes(url.hostname),
  )?.[0];
  assert.ok(network, `${url.hostname} names the load balancer`);
  assert.ok(
    network in networksOf(app) && network in networksOf(worker),
    `the replicas and the worker are on ${network}`,
  );
});

test("Prometheus scrapes every replica and the worker with the app's own metrics token", () => {
  const { prometheus, worker, app } = services;
  const configMount = mountOf(prometheus, "/etc/prometheus/prometheus.yml")!;
  const config = parse(read(configMount.source)) as {
    scrape_configs: {
      job_name: string;
      metrics_path: string;
      authorization: { credentials_file: string };
      dns_sd_configs?: { names: string[]; port: number }[];
      static_configs?: { targets: string[] }[];
    }[];
  };
  const jobs = new Map(config.scrape_configs.map((job) => [job.job_name, job]));
  const appJob = jobs.get("cinema-app")!;
  assert.equal(appJob.metrics_path, "/api/metrics");
  assert.deepEqual(appJob.dns_sd_configs, [{ names: ["app"], type: "A", port: 3000, refresh_interval: "5s" }]);
  const workerJob = jobs.get("cinema-worker")!;
  assert.deepEqual(workerJob.static_configs, [{ targets: [`worker:${worker.environment?.METRICS_PORT}`] }]);
  const token = secretFile(app, "METRICS_TOKEN_FILE");
  for (const job of [appJob, workerJob]) {
    // A relative credentials_file is read from the configuration file's folder.
    const inContainer = path.posix.join("/etc/prometheus", job.authorization.credentials_file);
    const mount = mounts(prometheus).find((m) => inContainer.startsWith(`${m.target}/`));
    assert.deepEqual({ volume: mount?.source, name: path.basename(inContainer) }, token, job.job_name);
  }
});

test("promtool check config passes on the Prometheus configuration", (t) => {
  const missing = promtoolMissing();
  if (missing) return t.skip(missing);
  // promtool insists the token file exists: the configuration as shipped, beside a stand-in for the secret.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cinema-prometheus-"));
  try {
    fs.copyFileSync("ops/prometheus/prometheus.yml", path.join(dir, "prometheus.yml"));
    fs.mkdirSync(path.join(dir, "secrets"));
    fs.writeFileSync(path.join(dir, "secrets", "metrics-token"), "stand-in");
    const checked = promtool(["check", "config", path.join(dir, "prometheus.yml")]);
    assert.equal(checked.code, 0, checked.output);
    assert.match(checked.output, /SUCCESS/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("Grafana provisions the Prometheus data source and opens on the on-sale dashboard", () => {
  const { grafana } = services;
  const provisioning = mountOf(grafana, "/etc/grafana/provisioning")!.source;
  const dashboardsMount = mountOf(grafana, "/etc/grafana/dashboards")!;
  const providers = parse(read(path.join(provisioning, "dashboards/cinema.yml"))).providers;
  assert.equal(providers[0].options.path, dashboardsMount.target);
  const home = grafana.environment!.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH;
  assert.ok(fs.existsSync(path.join(dashboardsMount.source, path.relative(dashboardsMount.target, home))), home);
  const [datasource] = parse(read(path.join(provisioning, "datasources/prometheus.yml"))).datasources;
  assert.equal(new URL(datasource.url).hostname, "prometheus");
  assert.ok(services[new URL(datasource.url).hostname]);
});
