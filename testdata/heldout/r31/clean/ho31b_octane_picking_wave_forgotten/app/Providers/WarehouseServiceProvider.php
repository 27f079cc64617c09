<?php

declare(strict_types=1);

namespace App\Providers;

use App\Listeners\ResetWaveFacade;
use App\Services\WaveManager;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Laravel\Octane\Events\RequestTerminated;

final class WarehouseServiceProvider
{
    public function register(Container $app): void
    {
        $app->singleton('waves', fn () => new WaveManager(['A' => 'ambient', 'C' => 'chilled', 'F' => 'frozen']));
        $app->singleton(ResetWaveFacade::class, fn () => new ResetWaveFacade());
    }

    public function boot(Dispatcher $events): void
    {
        $events->listen(RequestTerminated::class, ResetWaveFacade::class);
    }
}
