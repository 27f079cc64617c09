<?php
// An HTTP client's stream handler is created per outgoing call and turns PHP warnings raised while opening the stream into a transfer exception.

declare(strict_types=1);

namespace Courier\Handler;

final class TransferException extends \RuntimeException
{
}

final class PendingRequest
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }
}

final class StreamHandler
{
    /** @var list<string> */
    private array $warnings = [];

    private ?PendingRequest $request = null;

    /** @param array{timeout?: float, verify?: bool, proxy?: string, user_agent?: string} $options */
    public function __construct(private array $options)
    {
    }

    public function send(PendingRequest $request): array
    {
        $this->request = $request;
        set_error_handler($this->captureWarning(...));

        try {
            $context = stream_context_create([
                'http' => [
                    'method' => $request->method,
                    'header' => $this->formatHeaders($request->headers),
                    'content' => $request->body,
                    'timeout' => $this->options['timeout'] ?? 5.0,
                    'ignore_errors' => true,
                ],
            ]);
            $stream = $this->open($request->uri, $context);
        } finally {
            restore_error_handler();
        }

        if ($stream === null) {
            throw new TransferException(implode('; ', $this->warnings) ?: 'Unable to open stream');
        }

        return ['status' => 200, 'body' => $stream];
    }

    /** @param array<string, string> $headers */
    private function formatHeaders(array $headers): string
    {
        $lines = [];
        foreach ($headers + ['User-Agent' => $this->options['user_agent'] ?? 'courier/1.0'] as $name => $value) {
            $lines[] = "{$name}: {$value}";
        }

        return implode("\r\n", $lines);
    }

    /** @param resource $context */
    private function open(string $uri, $context): ?string
    {
        if (str_starts_with($uri, 'mock://')) {
            return json_encode(['ok' => true, 'uri' => $uri]);
        }
        trigger_error('fopen(' . $uri . '): Failed to open stream', E_USER_WARNING);

        return null;
    }

    private function captureWarning(int $errno, string $errstr): bool
    {
        $this->warnings[] = sprintf('[%s %s] %s', $this->request?->method, $this->request?->uri, $errstr);

        return true;
    }
}

final class Client
{
    /** @param array<string, mixed> $defaults */
    public function __construct(private array $defaults)
    {
    }

    public function get(string $uri, array $headers = []): array
    {
        $handler = new StreamHandler($this->defaults);

        return $handler->send(new PendingRequest('GET', $uri, $headers));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$client = new Client(['timeout' => 2.5, 'verify' => true, 'user_agent' => 'inventory-sync/4.1']);
for ($i = 0; $i < $n; $i++) {
    $result = $client->get("mock://warehouse.internal/stock/{$i}", [
        'Accept' => 'application/json',
        'X-Correlation-Id' => sprintf('%08x-%04x-sync-%s', $i, $i % 997, str_repeat('f', 24)),
    ]);
}
