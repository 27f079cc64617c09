<?php

namespace App\Providers;

use App\Support\RouteSheetPrinter;
use Illuminate\Config\Repository;
use Illuminate\Support\Collection;
use Illuminate\Support\ServiceProvider;

use function Illuminate\Foundation\config;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->instance('config', new Repository([
            'foodbank' => require $this->app->configPath('foodbank.php'),
            'queue' => require $this->app->configPath('queue.php'),
        ]));
        $this->app->singleton(RouteSheetPrinter::class);
    }

    public function boot(): void
    {
        // Registered once per worker: pluck a column of stops.
        Collection::macro('pluckStops', function (string $field) {
            return array_column($this->items, $field);
        });
        $default = config('foodbank.default_window');
        Collection::macro('withDefaultWindow', function () use ($default) {
            return $this->map(fn (array $stop) => $stop + ['window' => $default]);
        });
        // Registered once per worker: every route passes its own windows as an argument.
        Collection::macro('orderStopsByWindow', function (array $windows) {
            return $this->sortBy(fn (array $stop) => $windows[$stop['agency']] ?? '99:99')->values();
        });
    }
}
