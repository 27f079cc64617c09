<?php

declare(strict_types=1);

// Swoole-style HTTP worker: a per-tenant payment gateway client is created for
// every request; its retry policy is built lazily the first time a call fails.

final class SwooleRequestStub
{
    public function __construct(public array $header, public array $post)
    {
    }
}

final class SwooleResponseStub
{
    public int $status = 200;
    public string $body = '';

    public function status(int $code): void
    {
        $this->status = $code;
    }

    public function end(string $body = ''): void
    {
        $this->body = $body;
    }
}

final class SwooleServerStub
{
    /** @var array<string, callable> */
    private array $handlers = [];

    public function on(string $event, callable $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function dispatch(string $event, mixed ...$args): void
    {
        ($this->handlers[$event])(...$args);
    }
}

final class GatewayResponse
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

final class FlakyTransport
{
    private int $calls = 0;

    public function send(string $method, string $uri, string $payload): GatewayResponse
    {
        // every first attempt hits a 503, the retry succeeds
        $status = ($this->calls++ % 2 === 0) ? 503 : 201;

        return new GatewayResponse($status, json_encode(['uri' => $uri, 'echo' => $payload]));
    }
}

final class RetryPolicy
{
    public function __construct(
        private readonly int $maxAttempts,
        private readonly Closure $decider, // leak
        private readonly int $baseDelayMs = 50,
    ) {
    }

    public function shouldRetry(GatewayResponse $response, int $attempt): bool
    {
        return $attempt < $this->maxAttempts && ($this->decider)($response, $attempt);
    }

    public function delayFor(int $attempt): int
    {
        return $this->baseDelayMs * (2 ** ($attempt - 1));
    }
}

final class PaymentGatewayClient
{
    private const RETRYABLE = [429, 502, 503, 504];

    private ?RetryPolicy $retryPolicy = null;
    /** @var list<array{string, int, string}> */
    private array $exchanges = [];

    public function __construct(
        private readonly FlakyTransport $transport,
        private readonly string $tenant,
        private readonly string $apiKey,
    ) {
    }

    public function charge(array $payment): GatewayResponse
    {
        $payload = json_encode($payment + ['tenant' => $this->tenant, 'key' => substr($this->apiKey, 0, 6)]);
        $attempt = 1;
        while (true) {
            $response = $this->transport->send('POST', "/v2/{$this->tenant}/charges", $payload);
            $this->exchanges[] = [$payload, $response->status, $response->body];
            if ($response->status < 400 || !$this->retryPolicy()->shouldRetry($response, $attempt)) {
                return $response;
            }
            usleep(0 * $this->retryPolicy()->delayFor($attempt));
            $attempt++;
        }
    }

    private function retryPolicy(): RetryPolicy
    {
        return $this->retryPolicy ??= new RetryPolicy(3, $this->isRetryable(...)); // leak
    }

    private function isRetryable(GatewayResponse $response, int $attempt): bool
    {
        return in_array($response->status, self::RETRYABLE, true)
            && !str_contains($response->body, 'idempotency_conflict');
    }
}

final class GatewayClientFactory
{
    public function __construct(private readonly FlakyTransport $transport, private readonly array $keys)
    {
    }

    public function forTenant(string $tenant): PaymentGatewayClient
    {
        return new PaymentGatewayClient($this->transport, $tenant, $this->keys[$tenant]);
    }
}

$factory = new GatewayClientFactory(new FlakyTransport(), [
    'acme' => 'sk_live_acme_7f3a9c',
    'globex' => 'sk_live_globex_11b2d4',
]);

$server = new SwooleServerStub();
$server->on('request', static function (SwooleRequestStub $request, SwooleResponseStub $response) use ($factory): void {
    $client = $factory->forTenant($request->header['x-tenant']);
    $result = $client->charge($request->post);
    $response->status($result->status);
    $response->end($result->body);
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new SwooleRequestStub(
        ['x-tenant' => $i % 2 ? 'acme' : 'globex'],
        ['amount' => 1000 + $i, 'currency' => 'EUR', 'card' => 'tok_' . md5((string) $i), 'description' => str_repeat("order $i ", 12)],
    );
    $server->dispatch('request', $request, new SwooleResponseStub());
}
