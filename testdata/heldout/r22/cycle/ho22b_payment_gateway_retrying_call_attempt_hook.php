<?php

declare(strict_types=1);

namespace Acme\Payments\Gateway;

use Closure;
use RuntimeException;

final class GatewayResponse
{
    public function __construct(
        public readonly int $status,
        public readonly string $body,
    ) {
    }
}

interface Transport
{
    /** @param array<string, string> $headers */
    public function post(string $uri, string $body, array $headers): GatewayResponse;
}

/** Sandbox transport: the first attempt of every third charge is throttled. */
final class SandboxTransport implements Transport
{
    private int $calls = 0;

    public function post(string $uri, string $body, array $headers): GatewayResponse
    {
        $this->calls++;
        if ($this->calls % 3 === 0) {
            return new GatewayResponse(429, '{"error":"rate_limited"}');
        }

        return new GatewayResponse(201, sprintf('{"id":"ch_%d","status":"succeeded"}', $this->calls));
    }
}

final class HookPipeline
{
    /** @var array<string, list<Closure>> */
    private array $hooks = [];

    public function on(string $event, Closure $hook): void
    {
        $this->hooks[$event][] = $hook; // leak
    }

    public function emit(string $event, mixed ...$args): void
    {
        foreach ($this->hooks[$event] ?? [] as $hook) {
            $hook(...$args);
        }
    }

    public function clear(): void
    {
        $this->hooks = [];
    }
}

final class CircuitBreaker
{
    private int $consecutiveFailures = 0;

    public function __construct(private readonly int $threshold = 5)
    {
    }

    public function isOpen(): bool
    {
        return $this->consecutiveFailures >= $this->threshold;
    }

    public function record(bool $success): void
    {
        $this->consecutiveFailures = $success ? 0 : $this->consecutiveFailures + 1;
    }
}

/** One logical charge request, retried on throttling. */
final class RetryingCall
{
    private HookPipeline $hooks;
    /** @var list<array{attempt: int, status: int}> */
    private array $attempts = [];

    public function __construct(
        private readonly Transport $transport,
        private readonly CircuitBreaker $breaker,
        private readonly string $uri,
        private readonly string $body,
        private readonly string $idempotencyKey,
        private readonly int $maxAttempts = 3,
    ) {
        $this->hooks = new HookPipeline();
        $this->hooks->on('attempt', $this->recordAttempt(...)); // leak
    }

    public function send(): GatewayResponse
    {
        for ($attempt = 1; ; $attempt++) {
            if ($this->breaker->isOpen()) {
                throw new RuntimeException('payment gateway circuit open');
            }
            $response = $this->transport->post($this->uri, $this->body, [
                'Idempotency-Key' => $this->idempotencyKey,
                'Content-Type' => 'application/json',
            ]);
            $this->hooks->emit('attempt', $attempt, $response);
            $this->breaker->record($response->status < 500);

            if ($response->status !== 429 || $attempt >= $this->maxAttempts) {
                return $response;
            }
        }
    }

    private function recordAttempt(int $attempt, GatewayResponse $response): void
    {
        $this->attempts[] = ['attempt' => $attempt, 'status' => $response->status];
    }
}

final class PaymentGatewayClient
{
    public function __construct(
        private readonly Transport $transport,
        private readonly CircuitBreaker $breaker,
    ) {
    }

    /** @param array<string, string> $metadata */
    public function charge(string $orderId, int $amountCents, string $currency, array $metadata): string
    {
        $body = json_encode([
            'amount' => $amountCents,
            'currency' => $currency,
            'description' => "Order {$orderId}",
            'metadata' => $metadata,
        ], JSON_THROW_ON_ERROR);

        $call = new RetryingCall($this->transport, $this->breaker, '/v1/charges', $body, 'charge-' . $orderId);
        $response = $call->send();
        if ($response->status >= 400) {
            return 'failed';
        }

        return json_decode($response->body, true, 4, JSON_THROW_ON_ERROR)['status'];
    }
}

final class ChargeOrderJob
{
    public function __construct(
        public readonly string $orderId,
        public readonly int $amountCents,
        public readonly string $customerNote,
    ) {
    }
}

final class ChargeOrderHandler
{
    public function __construct(private readonly PaymentGatewayClient $payments)
    {
    }

    public function handle(ChargeOrderJob $job): string
    {
        return $this->payments->charge($job->orderId, $job->amountCents, 'EUR', [
            'order_id' => $job->orderId,
            'note' => $job->customerNote,
        ]);
    }
}

$handler = new ChargeOrderHandler(new PaymentGatewayClient(new SandboxTransport(), new CircuitBreaker()));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new ChargeOrderJob(
        sprintf('ord_%08d', $i),
        1000 + $i % 5000,
        str_repeat("gift wrap, deliver after 18:00 (#{$i}) ", 8),
    );
    $handler->handle($job);
}
