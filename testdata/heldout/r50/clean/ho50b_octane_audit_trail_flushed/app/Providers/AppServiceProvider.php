<?php

namespace App\Providers;

use App\Support\AuditTrail;
use Illuminate\Support\ServiceProvider;

final class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(AuditTrail::class, static function ($app): AuditTrail {
            return new AuditTrail($app->make('config')->get('audit.channel', 'audit'));
        });
    }
}
