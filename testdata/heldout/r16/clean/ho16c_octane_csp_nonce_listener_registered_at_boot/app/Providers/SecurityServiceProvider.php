<?php

declare(strict_types=1);

namespace App\Providers;

use App\Http\Middleware\AddContentSecurityPolicy;
use App\Security\NonceGenerator;
use App\Security\PolicyBuilder;
use Illuminate\Container\Container;
use Illuminate\Foundation\Http\RequestHandled;

final class SecurityServiceProvider
{
    public function __construct(private Container $app, private array $config) {}

    public function register(): void
    {
        $this->app->singleton(NonceGenerator::class, fn () => new NonceGenerator());
        $this->app->singleton(PolicyBuilder::class, fn () => new PolicyBuilder($this->config['directives']));
        $this->app->singleton(AddContentSecurityPolicy::class, fn (Container $app) => new AddContentSecurityPolicy(
            $app->make(NonceGenerator::class),
            $app->make(PolicyBuilder::class),
        ));
    }

    public function boot(): void
    {
        $middleware = $this->app->make(AddContentSecurityPolicy::class);
        $this->app->make('events')->listen(RequestHandled::class, $middleware->onRequestHandled(...));
    }
}
