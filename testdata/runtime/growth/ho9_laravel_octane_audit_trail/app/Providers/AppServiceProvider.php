<?php
namespace App\Providers;

use App\Support\AuditTrail;
use Illuminate\Container\Container;

final class AppServiceProvider
{
    public function __construct(private Container $app) {}

    public function register(): void
    {
        $this->app->singleton(AuditTrail::class);
    }
}
