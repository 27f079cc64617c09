<?php

require __DIR__ . '/vendor/illuminate/container.php';
require __DIR__ . '/vendor/illuminate/facade.php';
require __DIR__ . '/vendor/illuminate/request.php';
require __DIR__ . '/app/Support/VenueLayout.php';
require __DIR__ . '/app/Services/SeatAvailabilityService.php';
require __DIR__ . '/app/Facades/SeatMap.php';
require __DIR__ . '/app/Http/SeatMapController.php';

use App\Http\Controllers\SeatMapController;
use App\Services\SeatAvailabilityService;
use App\Support\VenueLayout;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;

// Octane boot: the application and its singletons live for the whole worker.
$app = Container::getInstance();
$app->singleton('venue.layout', fn () => new VenueLayout([
    'FLOOR' => ['rows' => 6, 'seats' => 24, 'tier' => 'premium'],
    'LOWER' => ['rows' => 8, 'seats' => 20, 'tier' => 'standard'],
    'UPPER' => ['rows' => 10, 'seats' => 18, 'tier' => 'value'],
    'BOX' => ['rows' => 2, 'seats' => 8, 'tier' => 'hospitality'],
]));
$app->singleton('seatmap', fn (Container $c) => new SeatAvailabilityService($c->make('venue.layout')));
Facade::setFacadeApplication($app);

$controller = new SeatMapController();
$sections = ['FLOOR', 'LOWER', 'UPPER', 'BOX'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $request = Request::create(
        ['event' => 7100 + $i % 3, 'section' => strtolower($sections[$i % 4])],
        ['view' => 'grid'],
        ['x-hold-token' => bin2hex(random_bytes(12)), 'x-request-start' => (string) (1767225600 + $i)],
    );
    $response = $controller->show($request);
    $app->forgetScopedInstances();
}
