<?php

namespace App\Providers;

use Illuminate\Support\ServiceProvider;

class RouteServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        $router = $this->app->make('router');

        require $this->app->basePath('routes/web.php');
    }
}
