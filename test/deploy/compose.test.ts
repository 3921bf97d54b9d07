import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Docker does not run in CI here: these tests check the wiring that `docker compose up`
// would otherwise reveal only at run time.

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => parse(readFileSync(`${root}${path}`, 'utf8'));

interface Service {
  image: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: string[] | Record<string, unknown>;
}

const compose = read('docker-compose.yml') as { services: Record<string, Service> };
const collector = read('deploy/otel-collector.yaml') as {
  extensions?: Record<string, unknown>;
  receivers: Record<string, any>;
  processors?: Record<string, any>;
  exporters: Record<string, any>;
  service: {
    extensions?: string[];
    pipelines: Record<string, { receivers: string[]; processors?: string[]; exporters: string[] }>;
  };
};

const jaeger = compose.services.jaeger!;
const otelCollector = compose.services['otel-collector']!;

function hostPorts(service: Service): string[] {
  return (service.ports ?? []).map((mapping) => mapping.split(':')[0]!);
}

describe('docker-compose.yml', () => {
  it('defines Jaeger and the collector with pinned images', () => {
    expect(jaeger.image).toMatch(/^jaegertracing\/all-in-one:\d+\.\d+\.\d+$/);
    expect(otelCollector.image).toMatch(/^otel\/opentelemetry-collector-contrib:\d+\.\d+\.\d+$/);
  });

  it('enables OTLP in Jaeger and keeps a short, in-memory retention', () => {
    expect(jaeger.environment?.COLLECTOR_OTLP_ENABLED).toBe('true');
    expect(jaeger.environment?.SPAN_STORAGE_TYPE).toBe('memory');
    const maxTraces = Number(jaeger.environment?.MEMORY_MAX_TRACES);
    expect(maxTraces).toBeGreaterThan(0);
    expect(maxTraces).toBeLessThanOrEqual(50_000);
  });

  it('publishes OTLP on the collector and the UI on Jaeger, without host port clashes', () => {
    expect(otelCollector.ports).toEqual(expect.arrayContaining(['4317:4317', '4318:4318']));
    expect(jaeger.ports).toContain('16686:16686');
    expect(hostPorts(jaeger)).not.toContain('4317');
    expect(hostPorts(jaeger)).not.toContain('4318');
    const all = [...hostPorts(jaeger), ...hostPorts(otelCollector)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('mounts deploy/otel-collector.yaml where the collector command reads its config', () => {
    const mount = otelCollector.volumes?.find((volume) => volume.startsWith('./deploy/otel-collector.yaml:'));
    expect(mount).toBeDefined();
    const containerPath = mount!.split(':')[1]!;
    expect(otelCollector.command).toContain(`--config=${containerPath}`);
    expect(existsSync(`${root}deploy/otel-collector.yaml`)).toBe(true);
  });

  it('starts the collector after Jaeger', () => {
    const dependsOn = Array.isArray(otelCollector.depends_on) ? otelCollector.depends_on : Object.keys(otelCollector.depends_on ?? {});
    expect(dependsOn).toContain('jaeger');
  });
});

describe('deploy/otel-collector.yaml', () => {
  it('receives OTLP on 4317 (gRPC) and 4318 (HTTP) on all interfaces of the container', () => {
    expect(collector.receivers.otlp.protocols.grpc.endpoint).toBe('0.0.0.0:4317');
    expect(collector.receivers.otlp.protocols.http.endpoint).toBe('0.0.0.0:4318');
  });

  it('references only defined receivers, processors, exporters and extensions', () => {
    for (const [name, pipeline] of Object.entries(collector.service.pipelines)) {
      expect(pipeline.receivers.length, name).toBeGreaterThan(0);
      expect(pipeline.exporters.length, name).toBeGreaterThan(0);
      for (const id of pipeline.receivers) expect(collector.receivers, `${name}: receiver ${id}`).toHaveProperty([id]);
      for (const id of pipeline.processors ?? []) expect(collector.processors ?? {}, `${name}: processor ${id}`).toHaveProperty([id]);
      for (const id of pipeline.exporters) expect(collector.exporters, `${name}: exporter ${id}`).toHaveProperty([id]);
    }
    for (const id of collector.service.extensions ?? []) expect(collector.extensions ?? {}, `extension ${id}`).toHaveProperty([id]);
  });

  it('uses every component it defines', () => {
    const pipelines = Object.values(collector.service.pipelines);
    const used = (kind: 'receivers' | 'processors' | 'exporters') => new Set(pipelines.flatMap((p) => p[kind] ?? []));
    for (const id of Object.keys(collector.receivers)) expect(used('receivers').has(id), id).toBe(true);
    for (const id of Object.keys(collector.processors ?? {})) expect(used('processors').has(id), id).toBe(true);
    for (const id of Object.keys(collector.exporters)) expect(used('exporters').has(id), id).toBe(true);
  });

  it('batches every pipeline, behind the memory limiter', () => {
    for (const [name, pipeline] of Object.entries(collector.service.pipelines)) {
      expect(pipeline.processors, name).toContain('batch');
      expect(pipeline.processors?.[0], name).toBe('memory_limiter');
    }
  });

  it('sends traces to the Jaeger service over OTLP and to the debug exporter', () => {
    const traces = collector.service.pipelines.traces!;
    const jaegerExporter = traces.exporters.find((id) => id.split('/')[0] === 'otlp');
    expect(jaegerExporter).toBeDefined();
    const { endpoint, tls } = collector.exporters[jaegerExporter!];
    const [host, port] = String(endpoint).split(':');
    expect(Object.keys(compose.services)).toContain(host);
    expect(port).toBe('4317');
    expect(tls?.insecure).toBe(true);
    expect(traces.exporters).toContain('debug');
  });

  it('has a logs pipeline, since Jaeger takes no logs: they go to the debug exporter', () => {
    const logs = collector.service.pipelines.logs!;
    expect(logs.receivers).toContain('otlp');
    expect(logs.exporters).toEqual(['debug']);
  });
});
