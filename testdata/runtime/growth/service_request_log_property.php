<?php
// A long-lived API client service records every outgoing request on itself.

final class ApiClient
{
    /** @var list<array> */
    private array $requestLog = [];

    public function __construct(private string $baseUri, private string $token) {}

    public function get(string $path, array $query = []): array
    {
        $uri = $this->baseUri . $path . '?' . http_build_query($query);
        $this->requestLog[] = ['method' => 'GET', 'uri' => $uri, 'headers' => ['Authorization' => 'Bearer ' . $this->token]]; // leak
        return ['status' => 200, 'uri' => $uri];
    }
}

final class ShippingRateHandler
{
    public function __construct(private ApiClient $client) {}

    public function __invoke(array $order): int
    {
        $res = $this->client->get('/rates', ['zip' => $order['zip'], 'weight' => $order['weight']]);
        return $res['status'];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$client = new ApiClient('https://carrier.example.com/api/v2', str_repeat('tkn', 40));
$handler = new ShippingRateHandler($client);
for ($i = 0; $i < $n; $i++) {
    $handler(['zip' => sprintf('%05d', $i), 'weight' => 1.5]);
}
