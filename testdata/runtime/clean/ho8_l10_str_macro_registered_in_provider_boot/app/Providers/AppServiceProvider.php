<?php

namespace App\Providers;

use App\Catalog\ProductRepository;
use Illuminate\Support\ServiceProvider;
use Illuminate\Support\Str;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(ProductRepository::class);
    }

    public function boot(): void
    {
        Str::macro('normalizeSku', fn (string $prefix, string $sku, array $aliases = []) => $prefix . '-' . Str::slug($aliases[$sku] ?? $sku));
    }
}
