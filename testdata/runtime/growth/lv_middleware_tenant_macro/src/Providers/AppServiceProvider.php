<?php

namespace App\Providers;

use App\Tenancy\TenantRepository;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(TenantRepository::class, fn () => new TenantRepository('billing.example.com'));
    }
}
