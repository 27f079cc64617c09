<?php

declare(strict_types=1);

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Laravel\Octane\Contracts\Client;
use Laravel\Octane\Worker;

require __DIR__ . '/vendor/autoload.php';

$app = require __DIR__ . '/bootstrap/app.php';

/**
 * Replays the forecaster console: every request issues one warning for a
 * county polygon drawn in the editor.
 */
final class ForecasterConsoleClient implements Client
{
    private const EVENTS = ['SVR' => 'Severe Thunderstorm Warning', 'TOR' => 'Tornado Warning', 'FFW' => 'Flash Flood Warning', 'SMW' => 'Special Marine Warning'];

    public function nextRequest(int $sequence): Request
    {
        $codes = array_keys(self::EVENTS);
        $code = $codes[$sequence % count($codes)];
        $lat = 35.0 + ($sequence % 50) / 10;
        $lon = -97.0 - ($sequence % 30) / 10;
        $polygon = [];
        for ($k = 0; $k < 6; $k++) {
            $polygon[] = [round($lat + sin($k) * 0.2, 4), round($lon + cos($k) * 0.3, 4)];
        }
        return Request::create('/api/offices/OUN/warnings', 'POST', [
            'phenomenon' => $code,
            'polygon' => $polygon,
            'motion' => sprintf('%03dDEG %02dKT', ($sequence * 15) % 360, 10 + $sequence % 35),
            'hazard' => '60 mph wind gusts and quarter size hail.',
            'valid_minutes' => 45,
        ], ['x-forecaster' => 'fcstr' . ($sequence % 6)]);
    }

    public function respond(Request $request, JsonResponse $response): void
    {
    }
}

$worker = new Worker($app);
$worker->boot();
$worker->run(new ForecasterConsoleClient());
