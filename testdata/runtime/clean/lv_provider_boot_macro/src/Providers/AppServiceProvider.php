<?php

namespace App\Providers;

use App\Tenancy\Tenant;
use App\Tenancy\TenantRepository;
use Illuminate\Support\ServiceProvider;
use Illuminate\Support\Str;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(TenantRepository::class, fn () => new TenantRepository('billing.example.com'));
    }

    public function boot(): void
    {
        Str::macro('tenantUrl', static fn (Tenant $tenant, string $path): string => $tenant->baseUrl() . '/' . ltrim($path, '/'));
    }
}
