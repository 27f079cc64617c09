<?php

namespace App\Providers;

use App\Security\LoginThrottle;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->instance(LoginThrottle::class, new LoginThrottle(maxAttempts: 5, decaySeconds: 60));
    }
}
