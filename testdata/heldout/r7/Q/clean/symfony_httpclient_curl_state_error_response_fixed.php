<?php
// A Messenger handler pings subscriber webhooks through a shared curl-style HTTP client whose responses always close their handle on destruction, even after an error status was thrown.
// https://github.com/symfony/symfony/pull/38493

final class ClientException extends RuntimeException {}

final class CurlClientState
{
    /** @var array<int, array{url: string, body: string}> */
    public array $openHandles = [];
    /** @var array<int, list<string>> */
    public array $handlesActivity = [];
}

final class CurlResponse
{
    private bool $closed = false;
    private bool $errorThrown = false;

    public function __construct(
        private CurlClientState $multi,
        private int $id,
        private int $status,
        private string $content,
    ) {}

    public function getStatusCode(): int
    {
        return $this->status;
    }

    public function getContent(bool $throw = true): string
    {
        if ($throw && $this->status >= 400) {
            $this->errorThrown = true;
            throw new ClientException(sprintf('HTTP %d returned for "%s".', $this->status, $this->multi->openHandles[$this->id]['url']));
        }
        $content = $this->content;
        $this->close();
        return $content;
    }

    public function __destruct()
    {
        try {
            if ($this->errorThrown) {
                return;
            }
        } finally {
            $this->close();
        }
    }

    private function close(): void
    {
        if ($this->closed) {
            return;
        }
        $this->closed = true;
        unset($this->multi->openHandles[$this->id], $this->multi->handlesActivity[$this->id]);
    }
}

final class CurlHttpClient
{
    private CurlClientState $multi;
    private int $nextId = 1;

    public function __construct(private array $routes)
    {
        $this->multi = new CurlClientState();
    }

    public function request(string $method, string $url, array $options = []): CurlResponse
    {
        $id = $this->nextId++;
        $body = json_encode($options['json'] ?? []);
        $this->multi->openHandles[$id] = ['url' => $url, 'body' => $body];
        [$status, $content] = $this->routes[parse_url($url, PHP_URL_HOST)] ?? [404, '<html><body><h1>Not Found</h1>' . str_repeat('<p>The requested resource was not found on this server.</p>', 8) . '</body></html>'];
        $this->multi->handlesActivity[$id] = ["$method $url", "HTTP/1.1 $status", $content];
        return new CurlResponse($this->multi, $id, $status, $content);
    }
}

final class WebhookPingMessage
{
    public function __construct(public readonly int $subscriberId, public readonly string $endpoint, public readonly array $event) {}
}

final class WebhookPingHandler
{
    public int $delivered = 0;
    public int $failed = 0;

    public function __construct(private CurlHttpClient $client) {}

    public function __invoke(WebhookPingMessage $message): void
    {
        try {
            $response = $this->client->request('POST', $message->endpoint, ['json' => $message->event]);
            $response->getContent();
            $this->delivered++;
        } catch (ClientException $e) {
            $this->failed++;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$client = new CurlHttpClient(['hooks.example.com' => [200, '{"ok":true}']]);
$handler = new WebhookPingHandler($client);
for ($i = 0; $i < $n; $i++) {
    $host = $i % 5 === 0 ? 'hooks.example.com' : 'gone-' . ($i % 7) . '.example.net';
    $event = ['type' => 'invoice.paid', 'invoice' => 'INV-' . (90000 + $i), 'amount' => 1999 + $i, 'currency' => 'EUR'];
    $handler(new WebhookPingMessage($i, "https://$host/webhooks/$i", $event));
}
