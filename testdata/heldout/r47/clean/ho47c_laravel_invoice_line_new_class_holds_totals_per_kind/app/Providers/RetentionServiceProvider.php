<?php

namespace App\Providers;

use App\Retention\RetentionLedger;
use Illuminate\Support\ServiceProvider;

final class RetentionServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $rates = (require __DIR__ . '/../../config/retention.php')['rates'];
        $this->app->singleton(RetentionLedger::class, fn () => new RetentionLedger($rates));
    }
}
