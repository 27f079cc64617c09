<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate-lite/Container.php';
require __DIR__ . '/vendor/illuminate-lite/Facade.php';
require __DIR__ . '/vendor/illuminate-lite/Request.php';
require __DIR__ . '/app/Dto/SearchCriteria.php';
require __DIR__ . '/app/Support/RecentSearchLog.php';
require __DIR__ . '/app/Services/AvailabilityService.php';
require __DIR__ . '/app/Services/Availability.php';
require __DIR__ . '/app/Http/AvailabilityController.php';

use App\Http\AvailabilityController;
use App\Services\AvailabilityService;
use App\Support\RecentSearchLog;
use Illuminate\Lite\Container;
use Illuminate\Lite\Facade;
use Illuminate\Lite\Request;

// Octane boot: the application and its singletons live for the whole worker.
$app = Container::getInstance();
$app->singleton(RecentSearchLog::class, fn () => new RecentSearchLog(window: 25));
$app->singleton(AvailabilityService::class, fn (Container $c) => new AvailabilityService(
    hotelIds: [1012, 1013, 1020, 1044, 1107, 1108],
    roomTypes: ['standard', 'superior', 'deluxe', 'suite'],
    recent: $c->make(RecentSearchLog::class),
));
Facade::setFacadeApplication($app);
$controller = new AvailabilityController();

$locales = ['en-GB', 'de-DE', 'fr-FR', 'es-ES'];
$rooms = ['standard', 'superior', 'deluxe', 'suite'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $checkIn = date('Y-m-d', 1767225600 + 86400 * ($i % 300));
    $request = new Request(
        [
            'hotel' => (string) [1012, 1013, 1020, 1044, 1107, 1108][$i % 6],
            'room' => $rooms[$i % 4],
            'check_in' => $checkIn,
            'check_out' => date('Y-m-d', strtotime($checkIn) + 86400 * (1 + $i % 5)),
            'adults' => (string) (1 + $i % 3),
            'children' => (string) ($i % 2),
            'currency' => 'eur',
        ],
        [
            'accept-language' => $locales[$i % 4],
            'user-agent' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_' . ($i % 7) . ') AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.' . $i . ' Safari/605.1.15',
        ],
    );
    $response = $controller($request);
    unset($request, $response);
}
