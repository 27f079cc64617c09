<?php

namespace App\Providers;

use App\Http\Kernel;
use App\Services\CartService;
use Illuminate\Foundation\Application;

class AppServiceProvider
{
    public function __construct(protected Application $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton(Kernel::class);
        $this->app->singleton(CartService::class);
        $this->app->singleton('config', fn () => require $this->app->basePath('config/shop.php'));
    }
}
