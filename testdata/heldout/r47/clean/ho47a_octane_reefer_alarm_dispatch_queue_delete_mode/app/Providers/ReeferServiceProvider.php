<?php

declare(strict_types=1);

namespace App\Providers;

use App\Reefer\AlarmChannel;
use App\Reefer\AlarmDispatchQueue;
use App\Reefer\ReeferMonitor;
use Illuminate\Support\ServiceProvider;

final class ReeferServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(AlarmChannel::class, fn ($app) => new AlarmChannel($app->config('reefer.notify', [])));
        $this->app->singleton(AlarmDispatchQueue::class, fn ($app) => new AlarmDispatchQueue($app->make(AlarmChannel::class)));
        $this->app->singleton(ReeferMonitor::class, fn ($app) => new ReeferMonitor(
            $app->make(AlarmDispatchQueue::class),
            (float) $app->config('reefer.max_deviation_c', 3.0),
        ));
    }
}
