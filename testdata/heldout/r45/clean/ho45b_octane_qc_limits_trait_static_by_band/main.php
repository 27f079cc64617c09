<?php

declare(strict_types=1);

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Laravel\Octane\Contracts\Client;
use Laravel\Octane\Worker;

require __DIR__ . '/vendor/autoload.php';

$app = require __DIR__ . '/bootstrap/app.php';

/**
 * Local replay of the station gateway: every AWS in the mesonet posts one
 * observation per variable per reporting interval.
 */
final class GatewayReplayClient implements Client
{
    private const VARIABLES = ['t2m', 'rh', 'mslp', 'ff'];

    public function nextRequest(int $sequence): Request
    {
        $station = sprintf('MSN%05d', 10000 + $sequence);
        return Request::create('/api/stations/' . $station . '/observations', 'POST', [
            'variable' => self::VARIABLES[$sequence % 4],
            'value' => 12.5 + ($sequence % 17) * 0.75,
            'observed_at' => gmdate('Y-m-d\TH:i:00\Z', 1717200000 + $sequence * 60),
            'elevation_m' => 40 + ($sequence * 37) % 2900,
            'month' => 1 + $sequence % 12,
        ], ['x-station-token' => hash('crc32b', $station)]);
    }

    public function respond(Request $request, JsonResponse $response): void
    {
    }
}

$worker = new Worker($app);
$worker->boot();
$worker->run(new GatewayReplayClient());
