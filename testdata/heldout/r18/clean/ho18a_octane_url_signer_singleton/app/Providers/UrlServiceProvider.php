<?php

declare(strict_types=1);

namespace App\Providers;

use App\Services\SignedUrlGenerator;
use Lite\Container\Container;

final class UrlServiceProvider
{
    public function __construct(private readonly Container $app, private readonly array $config)
    {
    }

    public function register(): void
    {
        $key = $this->config['app.key'];

        $this->app->singleton(SignedUrlGenerator::class, static fn (Container $app): SignedUrlGenerator => new SignedUrlGenerator($app, $key));
    }
}
