<?php

declare(strict_types=1);

require __DIR__ . '/vendor/acme/http-client/src/HandlerStack.php';
require __DIR__ . '/src/Integration/PartnerApiClientFactory.php';
require __DIR__ . '/src/Integration/ShipmentQuoteService.php';

use App\Integration\InMemoryCarrierTransport;
use App\Integration\PartnerApiClientFactory;
use App\Integration\ShipmentQuoteService;

/** Minimal stand-in of a RoadRunner HTTP worker: yields decoded request bodies. */
final class PsrWorkerStub
{
    private int $served = 0;

    public function __construct(private readonly int $limit)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = ++$this->served;

        return [
            'request_id' => sprintf('%08x-%04x-4%03x', crc32((string) $i), $i & 0xffff, $i % 4096),
            'reference' => 'SO-' . (700000 + $i),
            'origin' => 'Warehouse Rotterdam ' . ($i % 3),
            'destination' => ['country' => 'DE', 'postcode' => (string) (10115 + $i % 900)],
            'weight' => 0.5 + ($i % 40) / 4,
        ];
    }

    public function respond(array $body): void
    {
        json_encode($body);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$factory = new PartnerApiClientFactory(new InMemoryCarrierTransport(), 'carrier-northline', 'https://api.northline.example');
$quotes = new ShipmentQuoteService($factory->create());
$worker = new PsrWorkerStub($n);

while ($order = $worker->waitRequest()) {
    $worker->respond($quotes->quote($order));
}
