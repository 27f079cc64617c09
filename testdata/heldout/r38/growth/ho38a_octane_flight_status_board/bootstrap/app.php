<?php

use App\Http\FlightStatusController;
use App\Services\AodbFeed;
use App\Services\FlightStatusBoard;
use Illuminate\Container\Container;

$app = Container::getInstance();

$app->singleton(AodbFeed::class, fn () => new AodbFeed());
$app->singleton(FlightStatusBoard::class, fn () => new FlightStatusBoard(ttlSeconds: 90));
$app->bind(FlightStatusController::class, fn (Container $c) => new FlightStatusController($c->make(AodbFeed::class)));
$app->singleton('http.kernel', fn (Container $c) => function (array $request) use ($c): array {
    return match ($request['path']) {
        '/api/departures/status' => $c->make(FlightStatusController::class)->show($request),
        default => ['status' => 404, 'json' => []],
    };
});

return $app;
