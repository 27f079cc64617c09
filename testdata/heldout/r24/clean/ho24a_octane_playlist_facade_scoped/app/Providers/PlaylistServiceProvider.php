<?php

declare(strict_types=1);

namespace App\Providers;

use App\Services\PlaylistRepository;
use App\Services\PlaylistService;
use Illuminate\Container\Container;

final class PlaylistServiceProvider
{
    public function __construct(private readonly Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton(PlaylistRepository::class, static fn () => new PlaylistRepository());
        // Per-request memo: Octane forgets scoped instances after every request.
        $this->app->scoped(
            PlaylistService::class,
            static fn (Container $app) => new PlaylistService($app->make(PlaylistRepository::class)),
        );
    }
}
