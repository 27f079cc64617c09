<?php

declare(strict_types=1);

/*
 * webhookd: a plain long-running daemon that reserves webhook deliveries from
 * a queue and POSTs them to subscriber endpoints.
 */

final class WebhookJob
{
    public int $attempts = 0;

    public function __construct(
        public readonly string $id,
        public readonly string $endpoint,
        public readonly string $event,
        public readonly string $body,
        public readonly array $headers,
    ) {
    }
}

/** Stand-in for the Redis-backed delivery queue (BRPOPLPUSH + ack). */
final class DeliveryQueue
{
    private int $next = 0;
    public int $acked = 0;

    public function reserve(int $timeout): ?WebhookJob
    {
        $n = $this->next++;
        $payload = json_encode([
            'event' => 'invoice.paid',
            'id' => sprintf('evt_%012d', $n),
            'data' => [
                'invoice' => sprintf('in_%08d', $n),
                'customer' => sprintf('cus_%06d', $n % 4096),
                'amount_paid' => 1999 + $n % 500,
                'currency' => 'eur',
                'lines' => [
                    ['description' => 'Pro plan (monthly)', 'amount' => 1999, 'period' => ['start' => 1714521600, 'end' => 1717200000]],
                    ['description' => 'Additional seats x ' . ($n % 5), 'amount' => 500 * ($n % 5), 'period' => ['start' => 1714521600, 'end' => 1717200000]],
                ],
                'metadata' => ['source' => 'billing-daemon', 'region' => 'eu-central-1', 'trace' => sha1((string) $n)],
            ],
        ]);

        return new WebhookJob(
            sprintf('dlv_%010d', $n),
            sprintf('https://hooks.tenant-%d.example.com/billing', $n % 40),
            'invoice.paid',
            (string) $payload,
            ['content-type' => 'application/json', 'x-signature' => hash('sha256', (string) $payload)],
        );
    }

    public function ack(WebhookJob $job): void
    {
        $this->acked++;
    }

    public function release(WebhookJob $job, int $delay): void
    {
    }
}

final class HttpSender
{
    public int $sent = 0;

    public function post(string $url, array $headers, string $body): int
    {
        $this->sent += strlen($url) + strlen($body);
        return str_contains($url, 'tenant-13.') ? 503 : 204;
    }
}

final class DeliveryTracker
{
    /** @var array<int, array{job: WebhookJob, endpoint: string, started: int}> by the job object they belong to */
    private array $inFlight = [];

    /** @var array<string, int> latency histogram, bucket => count */
    private array $histogram = ['<10ms' => 0, '<100ms' => 0, '<1s' => 0, 'slow' => 0];

    public function begin(WebhookJob $job): void
    {
        $this->inFlight[spl_object_id($job)] = $this->describe($job); // leak
    }

    public function end(WebhookJob $job): void
    {
        $entry = $this->inFlight[spl_object_id($job)] ?? null;
        if ($entry === null) {
            return;
        }
        $ms = (hrtime(true) - $entry['started']) / 1e6;
        $bucket = match (true) {
            $ms < 10 => '<10ms',
            $ms < 100 => '<100ms',
            $ms < 1000 => '<1s',
            default => 'slow',
        };
        $this->histogram[$bucket]++;
    }

    /** @return list<string> */
    public function status(): array
    {
        return array_map(static fn (array $f): string => self::jobId($f['job']) . ' -> ' . $f['endpoint'], array_values($this->inFlight));
    }

    /** The entry the supervisor shows for a delivery that is being worked on. */
    private function describe(WebhookJob $job): array
    {
        return ['job' => $job, 'endpoint' => $job->endpoint, 'started' => hrtime(true)];
    }

    private static function jobId(WebhookJob|string $job): string
    {
        return is_string($job) ? $job : $job->id;
    }
}

final class Daemon
{
    private bool $running = true;

    public function __construct(
        private DeliveryQueue $queue,
        private HttpSender $http,
        private DeliveryTracker $tracker,
    ) {
    }

    public function stop(): void
    {
        $this->running = false;
    }

    public function run(int $maxJobs): void
    {
        $done = 0;
        while ($this->running && $done < $maxJobs) {
            $job = $this->queue->reserve(5);
            if ($job === null) {
                continue;
            }
            $this->tracker->begin($job);
            $job->attempts++;
            $status = $this->http->post($job->endpoint, $job->headers, $job->body);
            if ($status >= 500) {
                $this->queue->release($job, 30 * $job->attempts);
            } else {
                $this->queue->ack($job);
            }
            $this->tracker->end($job);
            $done++;
        }
    }
}

$daemon = new Daemon(new DeliveryQueue(), new HttpSender(), new DeliveryTracker());
$daemon->run((int) (getenv('PHPLEAK_N') ?: 100));
