<?php

namespace App\Providers;

use App\Support\ToastNotifier;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(ToastNotifier::class, static fn ($app) => new ToastNotifier(4000));
        $this->app->alias(ToastNotifier::class, 'toast');
    }

    public function boot(): void
    {
    }
}
