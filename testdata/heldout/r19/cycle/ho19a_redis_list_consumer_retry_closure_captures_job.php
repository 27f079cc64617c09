<?php

declare(strict_types=1);

/*
 * bin/webhook-consumer: pops webhook deliveries from a Redis list and posts
 * them to the customer's endpoint. Runs under supervisord, one process per core.
 */

namespace Hooks\Consumer;

final class JobTimedOut extends \RuntimeException
{
}

/** In-memory stand-in for the phpredis client (LPUSH / BRPOP only). */
final class RedisStub
{
    /** @var array<string, list<string>> */
    private array $lists = [];

    public function lPush(string $key, string $value): int
    {
        $this->lists[$key] ??= [];
        array_unshift($this->lists[$key], $value);

        return count($this->lists[$key]);
    }

    /** @return array{0: string, 1: string}|null */
    public function brPop(string $key, int $timeout): ?array
    {
        if (empty($this->lists[$key])) {
            return null;
        }

        return [$key, array_pop($this->lists[$key])];
    }
}

final class Job
{
    private ?\Closure $failureHandler = null;

    public function __construct(
        public readonly string $id,
        public readonly string $endpoint,
        public readonly array $payload,
        public readonly int $attempts,
    ) {
    }

    public static function fromJson(string $raw): self
    {
        $data = json_decode($raw, true, 64, JSON_THROW_ON_ERROR);

        return new self($data['id'], $data['endpoint'], $data['payload'], $data['attempts'] ?? 0);
    }

    public function onFailure(\Closure $handler): void
    {
        $this->failureHandler = $handler; // leak
    }

    public function fail(\Throwable $reason): void
    {
        if ($this->failureHandler !== null) {
            ($this->failureHandler)($reason);
        }
    }
}

function make_retry_handler(Job $job, RedisStub $redis, string $queue): \Closure
{
    return static function (\Throwable $reason) use ($job, $redis, $queue): void { // leak
        $target = $job->attempts >= 3 ? $queue . ':dead' : $queue;
        $redis->lPush($target, json_encode([
            'id' => $job->id,
            'endpoint' => $job->endpoint,
            'payload' => $job->payload,
            'attempts' => $job->attempts + 1,
            'last_error' => $reason->getMessage(),
        ]));
    };
}

function deliver(Job $job): int
{
    $body = json_encode($job->payload, JSON_UNESCAPED_SLASHES);
    $signature = hash_hmac('sha256', $body, 'whsec_live_7f3a9c');
    // curl_exec() to $job->endpoint with X-Signature: $signature ...
    return strlen($signature) === 64 ? 204 : 500;
}

/** Stand-in for the web app enqueuing a delivery. */
function enqueue_delivery(RedisStub $redis, string $queue, int $seq): void
{
    $redis->lPush($queue, json_encode([
        'id' => sprintf('wh_%06d_%s', $seq, substr(md5((string) $seq), 0, 10)),
        'endpoint' => "https://hooks.customer{$seq}.example/shop-events",
        'payload' => [
            'event' => 'order.paid',
            'order' => ['number' => 'A-' . (880000 + $seq), 'total' => 129.9 + $seq, 'currency' => 'EUR'],
            'customer' => ['email' => "buyer{$seq}@example.org", 'country' => 'NL'],
            'lines' => [['sku' => 'TS-' . ($seq % 40), 'qty' => 2], ['sku' => 'MUG-1', 'qty' => 1]],
        ],
    ]));
}

// ---- consumer loop ------------------------------------------------------

const QUEUE = 'queue:webhooks';

$running = true;
pcntl_async_signals(true);
pcntl_signal(SIGTERM, function () use (&$running): void {
    $running = false;
});

$redis = new RedisStub();
$delivered = 0;
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($seq = 0; $running && $seq < $n; $seq++) {
    enqueue_delivery($redis, QUEUE, $seq);

    $item = $redis->brPop(QUEUE, 5);
    if ($item === null) {
        continue;
    }
    $job = Job::fromJson($item[1]);
    $job->onFailure(make_retry_handler($job, $redis, QUEUE)); // leak

    $jobId = $job->id;
    pcntl_signal(SIGALRM, static function () use ($jobId): void {
        throw new JobTimedOut("Delivery {$jobId} exceeded 30s");
    });
    pcntl_alarm(30);
    try {
        if (deliver($job) >= 300) {
            throw new \RuntimeException('Endpoint rejected delivery');
        }
        $delivered++;
    } catch (\Throwable $e) {
        $job->fail($e);
    } finally {
        pcntl_alarm(0);
    }
}
