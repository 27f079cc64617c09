<?php
namespace App\Providers;

use App\Audit\AuditShipper;
use App\Audit\AuditTrail;
use App\Audit\ShipAuditTrail;
use App\Auth\ApiTokenGuard;
use Illuminate\Support\ServiceProvider;
use Laravel\Octane\Events\RequestTerminated;

final class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(ApiTokenGuard::class);
        $this->app->singleton(AuditShipper::class, fn ($app) => new AuditShipper($app->make('config')['audit']['channel']));
        $this->app->scoped(AuditTrail::class);
    }

    public function boot(): void
    {
        $this->app->make('events')->listen(RequestTerminated::class, ShipAuditTrail::class);
    }
}
