<?php

namespace App\Providers;

use App\Images\TransformResolver;
use Illuminate\Support\ServiceProvider;

class ImageServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        // Cheap to build; resolved specs are shared through the trait's memo.
        $this->app->bind(TransformResolver::class, static fn () => new TransformResolver(
            config('images.breakpoints'),
            config('images.fits'),
            config('images.formats'),
            (int) config('images.quality', 80),
        ));
    }
}
