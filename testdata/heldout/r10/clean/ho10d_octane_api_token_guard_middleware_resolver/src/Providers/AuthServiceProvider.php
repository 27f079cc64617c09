<?php

declare(strict_types=1);

namespace App\Providers;

use App\Auth\AuthManager;
use App\Auth\PersonalAccessTokenProvider;
use App\Http\Controllers\ProfileController;
use App\Http\Middleware\Authenticate;
use Illuminate\Container\Container;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;

final class AuthServiceProvider
{
    public function __construct(private readonly Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton('auth', static fn (Container $app) => new AuthManager($app, new PersonalAccessTokenProvider()));
        $this->app->singleton(Authenticate::class, static fn (Container $app) => new Authenticate($app->make('auth')));
        $this->app->singleton(ProfileController::class, static fn () => new ProfileController());
    }

    public function boot(): void
    {
        $app = $this->app;
        $events = $app->make('events');

        // Octane: give the sandbox the current request, drop resolved guards afterwards.
        $events->listen(RequestReceived::class, static function (RequestReceived $event) use ($app): void {
            $app->instance('request', $event->request);
        });
        $events->listen(RequestTerminated::class, static function () use ($app): void {
            $app->make('auth')->forgetGuards();
        });
    }
}
