<?php

$vendor = __DIR__ . '/vendor/laravel';
require $vendor . '/framework/src/Illuminate/Container/Container.php';
require $vendor . '/framework/src/Illuminate/Support/Facades/Facade.php';
require $vendor . '/framework/src/Illuminate/Support/Facades/Cache.php';
require $vendor . '/framework/src/Illuminate/Support/Facades/Config.php';
require $vendor . '/framework/src/Illuminate/Cache/ArrayStore.php';
require $vendor . '/framework/src/Illuminate/Cache/Repository.php';
require $vendor . '/framework/src/Illuminate/Http/Request.php';
require $vendor . '/octane/src/Worker.php';
require __DIR__ . '/app/Analytics/DateRange.php';
require __DIR__ . '/app/Analytics/WidgetQueryRunner.php';
require __DIR__ . '/app/Analytics/DashboardCacheKey.php';
require __DIR__ . '/app/Http/Controllers/WidgetDataController.php';

use App\Analytics\WidgetQueryRunner;
use App\Http\Controllers\WidgetDataController;
use Illuminate\Cache\ArrayStore;
use Illuminate\Cache\Repository;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Worker;

// Application boot (once per Octane worker).
$app = Container::getInstance();
$now = 1717200000;
$app->singleton('config', function () {
    $items = ['dashboards' => require __DIR__ . '/config/dashboards.php'];

    return new class($items) {
        public function __construct(private array $items)
        {
        }

        public function get(string $key, mixed $default = null): mixed
        {
            $value = $this->items;
            foreach (explode('.', $key) as $segment) {
                if (!is_array($value) || !array_key_exists($segment, $value)) {
                    return $default;
                }
                $value = $value[$segment];
            }

            return $value;
        }
    };
});
$app->singleton('cache', function () use (&$now) {
    return new Repository(new ArrayStore(function () use (&$now): float {
        return (float) $now;
    }));
});
$app->singleton(WidgetDataController::class, fn () => new WidgetDataController(new WidgetQueryRunner()));
Facade::setFacadeApplication($app);

$worker = new Worker($app, function (Container $app, Request $request) {
    return ($app->make(WidgetDataController::class))($request);
});

$widgets = ['events_by_country', 'top_pages', 'sessions_per_day', 'conversion_funnel'];
$ranges = ['24h', '7d', '30d', '7d'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $now = 1717200000 + $i * 3;
    $widget = $widgets[$i % 4];
    $request = new Request(
        "/api/dashboards/widgets/{$widget}/data",
        ['range' => $ranges[intdiv($i, 4) % 4], 'tz' => 'Europe/Berlin'],
        ['REQUEST_TIME' => $now, 'REMOTE_ADDR' => '10.0.' . ($i % 250) . '.7'],
    );
    $worker->handle($request);
}
