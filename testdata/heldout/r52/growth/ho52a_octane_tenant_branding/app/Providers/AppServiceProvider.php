<?php

namespace App\Providers;

use App\Services\BrandingService;
use App\Services\ThemeCompiler;
use Illuminate\Foundation\Application;

final class AppServiceProvider
{
    public function __construct(private Application $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton(ThemeCompiler::class, fn () => new ThemeCompiler());
        $this->app->singleton(
            BrandingService::class,
            fn (Application $app) => new BrandingService($app->make(ThemeCompiler::class)),
        );
    }
}
