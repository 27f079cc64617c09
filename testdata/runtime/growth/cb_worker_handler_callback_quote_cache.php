<?php
// A worker script hands each request to a small handler function as a
// closure, the way FrankenPHP's frankenphp_handle_request() is given one.
// The pricing service behind the controller keeps every quote it makes
// under the quote's request id.

final class PricingService
{
    private array $quotes = [];

    public function quote(string $requestId, string $sku, int $qty): array
    {
        $price = ['sku' => $sku, 'qty' => $qty, 'total' => $qty * 1999, 'terms' => str_repeat('net 30 days, ', 40)];
        $this->quotes[$requestId] = $price; // leak

        return $price;
    }
}

final class QuoteController
{
    public function __construct(private readonly PricingService $pricing) {}

    public function __invoke(array $server): string
    {
        parse_str($server['QUERY_STRING'] ?? '', $query);
        $quote = $this->pricing->quote($server['HTTP_X_REQUEST_ID'], (string) $query['sku'], (int) $query['qty']);

        return json_encode($quote);
    }
}

$controller = new QuoteController(new PricingService());
$serve = static function (callable $handler, array $server): bool {
    $handler($server);

    return true;
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server = ['QUERY_STRING' => 'sku=SKU-' . ($i % 7) . '&qty=' . (1 + $i % 5), 'HTTP_X_REQUEST_ID' => bin2hex(random_bytes(8)) . $i];
    $serve(static fn (array $s): string => $controller($s), $server);
}
