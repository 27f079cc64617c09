<?php

namespace App\Providers;

use App\Audit\AuditTrail;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->scoped('audit', fn ($app) => new AuditTrail($app['config']->get('app.name')));
    }
}
