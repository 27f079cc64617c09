<?php
// A queue worker creates a tenant-scoped API client for every sync job; the client retries failed calls through a configurable retry decider.

declare(strict_types=1);

namespace Billing\Integration;

final class HttpResponse
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly int $status,
        public readonly string $body,
        public readonly array $headers = [],
    ) {
    }

    public function json(): array
    {
        return json_decode($this->body, true, 512, JSON_THROW_ON_ERROR);
    }
}

interface TransportInterface
{
    /** @param array<string, string> $headers */
    public function send(string $method, string $url, array $headers, ?string $body): HttpResponse;
}

/**
 * Test double: answers 503 on the first attempt of every second call.
 */
final class FakeTransport implements TransportInterface
{
    private int $calls = 0;

    public function send(string $method, string $url, array $headers, ?string $body): HttpResponse
    {
        $this->calls++;
        if ($this->calls % 4 === 1) {
            return new HttpResponse(503, '{"error":"unavailable"}', ['retry-after' => '0']);
        }

        return new HttpResponse(200, json_encode(['url' => $url, 'items' => [['id' => $this->calls, 'amount' => 1250]]]));
    }
}

final class ApiClient
{
    /** @var \Closure(HttpResponse, int): bool */
    private \Closure $retryDecider;

    /** @var array<string, string> */
    private array $defaultHeaders;

    private int $attempts = 0;

    /**
     * @param array{base_uri: string, max_retries?: int, retry_decider?: \Closure(HttpResponse, int): bool} $options
     */
    public function __construct(
        private TransportInterface $transport,
        private string $token,
        private array $options,
    ) {
        $this->defaultHeaders = [
            'Authorization' => 'Bearer ' . $this->token,
            'Accept' => 'application/json',
            'User-Agent' => 'billing-sync/2.3 (+https://billing.example.com/bot)',
        ];
        $this->retryDecider = $options['retry_decider'] ?? $this->shouldRetry(...); // leak
    }

    public function get(string $path): array
    {
        return $this->request('GET', $path)->json();
    }

    public function request(string $method, string $path, ?string $body = null): HttpResponse
    {
        $url = rtrim($this->options['base_uri'], '/') . '/' . ltrim($path, '/');
        $attempt = 0;
        do {
            $this->attempts++;
            $response = $this->transport->send($method, $url, $this->defaultHeaders, $body);
        } while (($this->retryDecider)($response, ++$attempt));

        return $response;
    }

    public function getAttempts(): int
    {
        return $this->attempts;
    }

    private function shouldRetry(HttpResponse $response, int $attempt): bool
    {
        return $attempt <= ($this->options['max_retries'] ?? 2)
            && in_array($response->status, [429, 502, 503, 504], true);
    }
}

final class SyncInvoicesJob
{
    public function __construct(private TransportInterface $transport)
    {
    }

    /** @param array{tenant: string, token: string} $payload */
    public function handle(array $payload): int
    {
        $client = new ApiClient($this->transport, $payload['token'], [
            'base_uri' => "https://{$payload['tenant']}.api.example.com/v1",
            'max_retries' => 3,
        ]);
        $invoices = $client->get('/invoices?status=open');

        return \count($invoices['items']);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$job = new SyncInvoicesJob(new FakeTransport());
for ($i = 0; $i < $n; $i++) {
    $count = $job->handle(['tenant' => "acme{$i}", 'token' => hash('sha256', "tenant-secret-{$i}")]);
}
