<?php
// A webhook delivery worker creates a tenant-specific API client for each job; the client configures its retry middleware with a decider that consults the client's own status-code rules.

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {}
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body = '') {}
}

interface Transport
{
    public function send(Request $request): Response;
}

final class FakeTransport implements Transport
{
    private int $calls = 0;

    public function send(Request $request): Response
    {
        $this->calls++;
        return new Response($this->calls % 4 === 0 ? 503 : 202, '{"accepted":true}');
    }
}

final class RetryMiddleware
{
    /** @var (Closure(Response, int): bool)|null */
    private ?Closure $decider = null;

    public function __construct(private Transport $transport, private int $maxAttempts = 3) {}

    public function setDecider(Closure $decider): void
    {
        $this->decider = $decider; // leak
    }

    public function send(Request $request): Response
    {
        $attempt = 0;
        do {
            $attempt++;
            $response = $this->transport->send($request);
        } while ($attempt < $this->maxAttempts && $this->decider !== null && ($this->decider)($response, $attempt));
        return $response;
    }
}

final class TenantApiClient
{
    private RetryMiddleware $retry;
    private array $retryOn;
    private array $defaultHeaders;

    public function __construct(private string $tenant, private string $baseUri, Transport $transport, array $options = [])
    {
        $this->retryOn = $options['retry_on'] ?? [429, 502, 503, 504];
        $this->defaultHeaders = [
            'Authorization' => 'Bearer ' . hash('sha256', $tenant . ($options['secret'] ?? '')),
            'User-Agent' => 'hooks-worker/2.3 (+https://example.com/bot)',
            'X-Tenant' => $tenant,
        ];
        $this->retry = new RetryMiddleware($transport, $options['max_attempts'] ?? 3);
        $this->retry->setDecider(fn (Response $response, int $attempt): bool => $this->shouldRetry($response, $attempt)); // leak
    }

    public function post(string $path, array $payload): Response
    {
        $request = new Request('POST', rtrim($this->baseUri, '/') . '/' . ltrim($path, '/'), $this->defaultHeaders, json_encode($payload));
        return $this->retry->send($request);
    }

    private function shouldRetry(Response $response, int $attempt): bool
    {
        return in_array($response->status, $this->retryOn, true) && $attempt < 5;
    }
}

final class WebhookJobHandler
{
    public static ?Transport $transport = null;

    public function __construct(private array $tenants) {}

    public function __invoke(array $job): bool
    {
        $tenant = $this->tenants[$job['tenant']];
        $client = new TenantApiClient($job['tenant'], $tenant['endpoint'], self::$transport, $tenant);
        $response = $client->post('/webhooks/' . $job['event'], $job['data']);
        return $response->status < 300;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
WebhookJobHandler::$transport = new FakeTransport();
$handler = new WebhookJobHandler([
    'acme' => ['endpoint' => 'https://hooks.acme.test/', 'secret' => 's3cr3t', 'max_attempts' => 4],
    'globex' => ['endpoint' => 'https://api.globex.test/v2', 'secret' => 'hunter2', 'retry_on' => [503]],
]);
for ($i = 0; $i < $n; $i++) {
    $handler([
        'tenant' => $i % 2 ? 'acme' : 'globex',
        'event' => 'order.created',
        'data' => ['order' => 7000 + $i, 'items' => [['sku' => 'A1', 'qty' => 2]]],
    ]);
}
