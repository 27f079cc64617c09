<?php

namespace App\Providers;

use App\Services\CourseCatalogue;
use App\Services\CourseRepository;
use Illuminate\Config\Repository;
use Illuminate\Container\Container;

class CatalogueServiceProvider
{
    public function __construct(private Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton('catalogue', static fn (Container $app) => new CourseCatalogue(
            $app->make(CourseRepository::class),
            $app->make('config'),
        ));
    }
}
