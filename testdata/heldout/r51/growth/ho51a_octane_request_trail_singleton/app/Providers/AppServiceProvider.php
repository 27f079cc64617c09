<?php

namespace App\Providers;

use App\Support\RequestTrail;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        // One trail shared by everything that handles the current request.
        $this->app->singleton(RequestTrail::class);
    }
}
