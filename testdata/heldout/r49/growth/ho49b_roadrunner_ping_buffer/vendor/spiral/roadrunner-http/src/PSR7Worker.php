<?php
namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

/**
 * Stand-in for RoadRunner's PSR-7 worker: waitRequest() blocks until the
 * server hands the worker a request and returns null when the worker must
 * stop. Here the "server" replays PHPLEAK_N telematics uploads.
 */
class PSR7Worker
{
    private int $served = 0;
    private int $limit;

    public function __construct()
    {
        $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        $vehicle = sprintf('VIN-WVWZZZ1KZ%07d', 100 + $i % 40);
        $payload = json_encode([
            'vehicle' => $vehicle,
            'recorded_at' => 1740816000 + $i * 15,
            'lat' => 51.4700 + ($i % 97) / 10000,
            'lon' => -0.4543 - ($i % 89) / 10000,
            'speed_kph' => $i % 120,
            'odometer_km' => 48211 + intdiv($i, 3),
            'fuel_pct' => 100 - $i % 100,
            'ignition' => $i % 7 !== 0,
            'can' => [
                'coolant_c' => 88 + $i % 6,
                'battery_v' => 12.4 + ($i % 5) / 10,
                'dtc' => $i % 13 === 0 ? ['P0420', 'P0171'] : [],
                'tyre_kpa' => [230, 231, 228, 229 + $i % 3],
            ],
            'firmware' => 'tcu-4.18.2-rc' . ($i % 3),
        ]);

        return new ServerRequest('POST', '/v1/pings', [
            'content-type' => ['application/json'],
            'x-device-token' => [hash('sha256', $vehicle)],
        ], $payload, ['REMOTE_ADDR' => '10.20.' . ($i % 255) . '.7']);
    }

    public function respond(Response $response): void
    {
        // The real worker writes the response back to RoadRunner over a pipe.
    }

    public function getWorker(): static
    {
        return $this;
    }

    public function error(string $message): void
    {
    }
}
