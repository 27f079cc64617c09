<?php

declare(strict_types=1);

// Octane worker entry: boot the application once, then serve requests.

require __DIR__ . '/vendor/illuminate/container/Container.php';
require __DIR__ . '/vendor/illuminate/http/Request.php';
require __DIR__ . '/vendor/laravel/octane/src/Worker.php';
require __DIR__ . '/app/Support/Concerns/MemoizesForWorker.php';
require __DIR__ . '/app/Gtfs/StaticSchedule.php';
require __DIR__ . '/app/Realtime/TripUpdateStore.php';
require __DIR__ . '/app/Services/TripPatternPresenter.php';
require __DIR__ . '/app/Http/Controllers/TripPatternController.php';

use App\Gtfs\StaticSchedule;
use App\Http\Controllers\TripPatternController;
use App\Realtime\TripUpdateStore;
use App\Services\TripPatternPresenter;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = new Container();
$app->setConfig(require __DIR__ . '/config/transit.php');
$app->instance(StaticSchedule::class, StaticSchedule::load($app->config('gtfs.static_feed')));
$app->singleton(TripUpdateStore::class, fn (Container $c) => new TripUpdateStore($c->make(StaticSchedule::class)));
$app->singleton(TripPatternPresenter::class, fn (Container $c) => new TripPatternPresenter(
    $c->make(StaticSchedule::class),
    $c->make(TripUpdateStore::class),
    $c->config('app.locale'),
));
$app->singleton(TripPatternController::class, fn (Container $c) => new TripPatternController(
    $c->make(TripPatternPresenter::class),
    $c->config('app.supported_locales'),
    $c->config('app.locale'),
));

$worker = new Worker($app);
$worker->get('/api/trips/{trip}/pattern', [TripPatternController::class, 'show']);

$scheduled = $app->make(StaticSchedule::class)->tripIds();
$languages = ['de-CH,de;q=0.9', 'fr-CH,fr;q=0.8,en;q=0.5', 'en-GB,en;q=0.9'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // Two of three board refreshes ask for a realtime-only trip (extra
    // trains, rail replacement buses), whose id comes from the feed.
    $tripId = $i % 3 === 0
        ? $scheduled[$i % count($scheduled)]
        : sprintf('ADDED-%s-%s', gmdate('Ymd', 1717200000 + intdiv($i, 400) * 86400), substr(md5('rt' . $i), 0, 10));
    $request = Request::create('/api/trips/' . rawurlencode($tripId) . '/pattern', 'GET', [
        'Accept-Language' => $languages[$i % count($languages)],
    ]);
    [$status, $body] = $worker->handle($request);
}
