<?php

declare(strict_types=1);

namespace App\Async;

final class Promise
{
    private ?array $outcome = null;

    /** @var list<\Closure> */
    private array $onSettle = [];

    public function settle(bool $fulfilled, mixed $value): void
    {
        $this->outcome = [$fulfilled, $value];
        $callbacks = $this->onSettle;
        $this->onSettle = [];
        foreach ($callbacks as $callback) {
            $callback($fulfilled, $value);
        }
    }

    public function finally(\Closure $callback): self
    {
        if ($this->outcome !== null) {
            $callback(...$this->outcome);
        } else {
            $this->onSettle[] = $callback;
        }

        return $this;
    }
}

/** One-shot timers on a virtual clock; run() drains them in due order. */
final class TimerLoop
{
    /** @var array<int, array{float, \Closure}> */
    private array $timers = [];

    private int $nextId = 0;

    private float $now = 0.0;

    public function addTimer(float $delay, \Closure $callback): int
    {
        $id = $this->nextId++;
        $this->timers[$id] = [$this->now + $delay, $callback];

        return $id;
    }

    public function run(): void
    {
        while ($this->timers !== []) {
            uasort($this->timers, static fn (array $a, array $b): int => $a[0] <=> $b[0]);
            $id = array_key_first($this->timers);
            [$due, $callback] = $this->timers[$id];
            unset($this->timers[$id]);
            $this->now = max($this->now, $due);
            $callback();
        }
    }
}

namespace App\Webhooks;

use App\Async\Promise;
use App\Async\TimerLoop;

final class WebhookDelivery
{
    public function __construct(
        public readonly int $id,
        public readonly string $url,
        public readonly string $body,
        public readonly string $signature,
    ) {
    }
}

final class HttpResult
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

final class FlakyHttpTransport
{
    private int $calls = 0;

    public function post(string $url, string $body, array $headers): HttpResult
    {
        // Every third endpoint answers 503 on the first attempt.
        return ++$this->calls % 3 === 0 ? new HttpResult(503, 'upstream busy') : new HttpResult(204, '');
    }
}

final class ExponentialBackoff
{
    public function __construct(public readonly int $maxAttempts = 4, private readonly float $base = 0.5)
    {
    }

    public function delayFor(int $attempt): float
    {
        return $this->base * (2 ** ($attempt - 1));
    }
}

final class WebhookDispatcher
{
    public function __construct(
        private readonly TimerLoop $loop,
        private readonly FlakyHttpTransport $http,
        private readonly ExponentialBackoff $backoff,
    ) {
    }

    public function deliver(WebhookDelivery $delivery): Promise
    {
        $promise = new Promise();

        $attempt = function (int $try) use (&$attempt, $delivery, $promise): void {
            $result = $this->http->post($delivery->url, $delivery->body, [
                'x-signature' => $delivery->signature,
                'x-attempt' => (string) $try,
            ]);
            if ($result->status < 500) {
                $promise->settle(true, $result);
            } elseif ($try >= $this->backoff->maxAttempts) {
                $promise->settle(false, $result);
            } else {
                $this->loop->addTimer($this->backoff->delayFor($try), static fn () => $attempt($try + 1));
            }
        };

        $promise->finally(static function () use (&$attempt): void {
            $attempt = null;
        });
        $attempt(1);

        return $promise;
    }
}

final class DeliveryLog
{
    private int $ok = 0;

    private int $failed = 0;

    public function record(bool $fulfilled): void
    {
        $fulfilled ? $this->ok++ : $this->failed++;
    }
}

$loop = new TimerLoop();
$dispatcher = new WebhookDispatcher($loop, new FlakyHttpTransport(), new ExponentialBackoff());
$log = new DeliveryLog();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $payload = json_encode([
        'type' => 'invoice.paid',
        'invoice' => sprintf('in_%012d', 5_000_000 + $i),
        'amount' => 4_990 + $i,
        'customer' => ['id' => sprintf('cus_%08d', $i % 700), 'email' => "billing+{$i}@customer.test"],
        'metadata' => ['source' => 'checkout', 'campaign' => 'spring-sale-emea', 'note' => str_repeat('n', 180)],
    ], JSON_THROW_ON_ERROR);
    $delivery = new WebhookDelivery($i, "https://hooks.customer-{$i}.test/billing", $payload, hash_hmac('sha256', $payload, 'whsec_live'));

    $dispatcher->deliver($delivery)->finally(static fn (bool $ok) => $log->record($ok));
    $loop->run();
}
