<?php

namespace App\Providers;

use App\Billing\PaymentStatistics;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(PaymentStatistics::class, fn () => new PaymentStatistics('EUR'));
    }
}
