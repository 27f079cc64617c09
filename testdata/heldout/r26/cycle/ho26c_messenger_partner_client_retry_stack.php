<?php

// Symfony Messenger consumer (messenger:consume async): each message syncs
// invoices to a partner API with tenant-specific credentials, so the
// handler builds a Guzzle-style client per tenant message.

final class HttpRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }

    public function withHeader(string $name, string $value): self
    {
        return new self($this->method, $this->uri, [$name => $value] + $this->headers, $this->body);
    }
}

final class HttpResponse
{
    public function __construct(public readonly int $status, public readonly string $body = '')
    {
    }
}

final class TransportException extends RuntimeException
{
}

final class RetryMiddleware
{
    /** @var callable */
    private $decider;
    /** @var callable */
    private $nextHandler;
    /** @var callable|null */
    private $delay;

    public function __construct(callable $decider, callable $nextHandler, ?callable $delay = null)
    {
        $this->decider = $decider;
        $this->nextHandler = $nextHandler;
        $this->delay = $delay;
    }

    public function __invoke(HttpRequest $request, array $options): HttpResponse
    {
        $retries = $options['retries'] ?? 0;
        try {
            $response = ($this->nextHandler)($request, $options);
            $error = null;
        } catch (TransportException $e) {
            $response = null;
            $error = $e;
        }

        if (!($this->decider)($retries, $request, $response, $error)) {
            return $response ?? throw $error;
        }

        $options['retries'] = $retries + 1;
        $options['delay'] = $this->delay ? ($this->delay)($retries + 1, $response) : 0;

        return $this($request, $options);
    }
}

final class Middleware
{
    public static function retry(callable $decider, ?callable $delay = null): Closure
    {
        return static fn (callable $handler): RetryMiddleware => new RetryMiddleware($decider, $handler, $delay);
    }

    public static function mapRequest(callable $fn): Closure
    {
        return static fn (callable $handler): Closure => static fn (HttpRequest $request, array $options): HttpResponse => $handler($fn($request), $options);
    }
}

final class HandlerStack
{
    /** @var list<array{0: callable, 1: string}> */
    private array $stack = [];
    private ?Closure $cached = null;

    public function __construct(private Closure $handler)
    {
    }

    public function push(callable $middleware, string $name = ''): void
    {
        $this->stack[] = [$middleware, $name]; // leak
        $this->cached = null;
    }

    public function __invoke(HttpRequest $request, array $options): HttpResponse
    {
        $handler = $this->cached ??= $this->resolve();

        return $handler($request, $options);
    }

    private function resolve(): Closure
    {
        $prev = $this->handler;
        foreach (array_reverse($this->stack) as [$middleware]) {
            $prev = Closure::fromCallable($middleware($prev));
        }

        return $prev;
    }
}

final class TenantCredentials
{
    public function __construct(
        public readonly string $tenantId,
        public readonly string $baseUri,
        public readonly string $apiToken,
        public readonly int $maxRetries,
    ) {
    }
}

final class PartnerApiClient
{
    private HandlerStack $stack;

    public function __construct(private TenantCredentials $credentials, Closure $transport)
    {
        $stack = new HandlerStack($transport);
        $stack->push(Middleware::mapRequest($this->authenticate(...)), 'auth'); // leak
        $stack->push(Middleware::retry($this->shouldRetry(...), $this->retryDelay(...)), 'retry'); // leak
        $this->stack = $stack; // leak
    }

    public function pushInvoice(array $invoice): HttpResponse
    {
        $request = new HttpRequest('PUT', $this->credentials->baseUri . '/v3/invoices/' . $invoice['number'], ['Content-Type' => 'application/json'], json_encode($invoice));

        return ($this->stack)($request, ['timeout' => 5.0]);
    }

    private function authenticate(HttpRequest $request): HttpRequest
    {
        return $request->withHeader('Authorization', 'Bearer ' . $this->credentials->apiToken);
    }

    private function shouldRetry(int $retries, HttpRequest $request, ?HttpResponse $response, ?Throwable $error): bool
    {
        if ($retries >= $this->credentials->maxRetries) {
            return false;
        }

        return $error !== null || ($response !== null && in_array($response->status, [429, 502, 503], true));
    }

    private function retryDelay(int $attempt, ?HttpResponse $response): int
    {
        return $response?->status === 429 ? 1000 : 100 * 2 ** $attempt;
    }
}

final class PartnerApiClientFactory
{
    /** @param array<string, array{0: string, 1: string}> $tenants boot-time tenant registry */
    public function __construct(private array $tenants, private Closure $transport)
    {
    }

    public function forTenant(string $tenantId): PartnerApiClient
    {
        [$baseUri, $token] = $this->tenants[$tenantId];

        return new PartnerApiClient(new TenantCredentials($tenantId, $baseUri, $token, 3), $this->transport);
    }
}

final class SyncInvoiceToPartner
{
    public function __construct(public readonly string $tenantId, public readonly array $invoice)
    {
    }
}

final class SyncInvoiceToPartnerHandler
{
    public int $synced = 0;

    public function __construct(private PartnerApiClientFactory $clients)
    {
    }

    public function __invoke(SyncInvoiceToPartner $message): void
    {
        $client = $this->clients->forTenant($message->tenantId);
        $response = $client->pushInvoice($message->invoice);
        if ($response->status < 300) {
            $this->synced++;
        }
    }
}

// Worker boot.
$attempts = 0;
$transport = static function (HttpRequest $request, array $options) use (&$attempts): HttpResponse {
    $attempts++;
    if (($options['retries'] ?? 0) === 0 && $attempts % 4 === 0) {
        return new HttpResponse(503, 'upstream unavailable');
    }

    return new HttpResponse(200, '{"status":"accepted"}');
};
$tenants = [
    'acme' => ['https://partner.example.com/acme', 'tok_acme_5f1c0e2b'],
    'globex' => ['https://partner.example.com/globex', 'tok_globex_99aa01'],
    'initech' => ['https://eu.partner.example.com/initech', 'tok_initech_7d3e42'],
];
$handler = new SyncInvoiceToPartnerHandler(new PartnerApiClientFactory($tenants, $transport));
$tenantIds = array_keys($tenants);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $message = new SyncInvoiceToPartner($tenantIds[$i % 3], [
        'number' => 'INV-2024-' . str_pad((string) (31000 + $i), 6, '0', STR_PAD_LEFT),
        'amount' => 12500 + ($i * 37) % 9000,
        'currency' => 'EUR',
        'issued_at' => date(DATE_ATOM, 1704067200 + $i * 3600),
    ]);
    $handler($message);
    unset($message);
}
