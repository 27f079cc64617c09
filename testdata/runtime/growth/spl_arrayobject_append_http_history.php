<?php
// An HTTP client shared by the worker records every transfer with ArrayObject::append() into its history.

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body) {}
}

final class HttpClient
{
    private ArrayObject $history;

    public function __construct(private string $baseUri)
    {
        $this->history = new ArrayObject();
    }

    public function get(string $path, array $headers = []): Response
    {
        $response = new Response(200, '{"ok":true,"path":"' . $path . '"}');
        $this->history->append([ // leak
            'method' => 'GET',
            'uri' => $this->baseUri . $path,
            'headers' => $headers,
            'status' => $response->status,
        ]);
        return $response;
    }

    public function lastStatus(): ?int
    {
        $n = count($this->history);
        return $n ? $this->history[$n - 1]['status'] : null;
    }
}

function syncCustomer(HttpClient $client, int $id): bool
{
    $response = $client->get("/v2/customers/{$id}", ['Authorization' => 'Bearer ' . str_repeat('t', 640)]);
    return $response->status === 200 && $client->lastStatus() === 200;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$client = new HttpClient('https://crm.example.com');
for ($i = 0; $i < $n; $i++) {
    syncCustomer($client, $i);
}
