import type { Logger } from '../kernel/log';

export interface Telemetry {
  /** Sends what is still buffered; called on shutdown. */
  flush(): Promise<void>;
}

/**
 * Azure Monitor OpenTelemetry (requests, dependencies such as Cosmos DB and the Bot Connector,
 * exceptions), only when a connection string is configured. The distro is loaded here and nowhere
 * else, so a bot without Application Insights never loads it. Start it before the HTTP server and
 * the SDKs are loaded, so their calls are instrumented.
 */
export async function startTelemetry(
  connectionString: string | undefined,
  log: Logger,
  load: () => Promise<Pick<typeof import('@azure/monitor-opentelemetry'), 'useAzureMonitor' | 'shutdownAzureMonitor'>> = () => import('@azure/monitor-opentelemetry'),
): Promise<Telemetry | undefined> {
  if (!connectionString) return undefined;
  const { useAzureMonitor, shutdownAzureMonitor } = await load();
  useAzureMonitor({ azureMonitorExporterOptions: { connectionString } });
  log.info('telemetry to Application Insights started');
  return { flush: () => shutdownAzureMonitor() };
}
