<?php

declare(strict_types=1);

require __DIR__ . '/vendor/swoole/Http.php';
require __DIR__ . '/src/context.php';
require __DIR__ . '/src/Geocoder.php';
require __DIR__ . '/src/Intake.php';

use Civic311\ContextMiddleware;
use Civic311\Geocoder;
use Civic311\ServiceRequestIntake;
use Swoole\Http\Request;
use Swoole\Http\Server;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$categories = ['pothole', 'streetlight_out', 'graffiti', 'missed_trash', 'abandoned_vehicle', 'tree_down'];
$streets = ['Main St', 'Oak Ave', 'Market St', 'Riverside Dr', 'Elm St', '3rd Ave', 'Lincoln Blvd'];

$server = new Server('0.0.0.0', 9501);
$server->set([
    'worker_num' => 1,
    'max_request' => 0,
    '__accept' => static function (int $fd) use ($n, $categories, $streets): ?Request {
        if ($fd > $n) {
            return null;
        }
        $request = new Request();
        $request->server = ['request_method' => 'POST', 'request_uri' => '/api/311/requests'];
        $request->header = ['x-request-id' => sprintf('%08x', $fd * 2654435761 % 0xffffffff), 'accept-language' => 'en-US'];
        $request->post = [
            'category' => $categories[$fd % count($categories)],
            'address' => sprintf('%d %s', 100 + $fd, $streets[$fd % count($streets)]),
            'phone' => sprintf('+1215555%04d', $fd % 10000),
            'description' => 'Reported via mobile app',
        ];
        return $request;
    },
]);

$server->on('workerStart', static function (Server $server, int $workerId): void {
    Civic311\context_boot();
});

$intake = new ServiceRequestIntake(new Geocoder());
$server->on('request', new ContextMiddleware(Closure::fromCallable($intake)));

$server->start();
