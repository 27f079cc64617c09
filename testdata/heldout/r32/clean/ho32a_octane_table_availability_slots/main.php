<?php

require __DIR__ . '/vendor/octane/Cache.php';
require __DIR__ . '/app/Services/AvailabilityService.php';
require __DIR__ . '/app/Http/ReservationController.php';

use App\Http\ReservationController;
use App\Services\AvailabilityService;
use Octane\Support\Cache;
use Octane\Support\CacheManager;

// ---- worker boot -------------------------------------------------------
$restaurants = [
    101 => ['name' => 'Harbour Grill', 'opens' => '17:00', 'closes' => '22:30', 'covers' => 64],
    102 => ['name' => 'Terrace Brasserie', 'opens' => '12:00', 'closes' => '15:00', 'covers' => 40],
    103 => ['name' => 'Lobby Bar', 'opens' => '16:00', 'closes' => '23:45', 'covers' => 28],
];
$bookableDates = [];
$bootDay = strtotime('2024-06-01');
for ($d = 0; $d < 7; $d++) {
    $bookableDates[] = date('Y-m-d', $bootDay + 86400 * $d);
}
Cache::setManager(new CacheManager(['default' => 'array', 'prefix' => 'resv_']));
$controller = new ReservationController(
    new AvailabilityService($restaurants),
    array_keys($restaurants),
    $bookableDates,
);

// ---- request loop ------------------------------------------------------
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$base = strtotime('2024-06-01 09:00:00');
for ($i = 0; $i < $n; $i++) {
    $query = [
        'restaurant' => (string) (101 + $i % 3),
        'party' => (string) (2 + $i % 5),
        'date' => date('Y-m-d', $base + 86400 * ($i % 7)),
        'as_of' => date('Y-m-d\TH:i:s', $base + $i * 17),
    ];
    $response = $controller->availability($query);
}
