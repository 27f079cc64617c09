<?php

use App\Http\ArticleController;
use App\Http\Kernel;
use App\Rendering\ArticleRenderer;
use App\Rendering\ArticleRepository;
use Illuminate\Cache\ArrayStore;
use Illuminate\Cache\Repository;
use Illuminate\Container\Container;

$app = new Container();
Container::setInstance($app);

$app->singleton('cache', fn () => new Repository(new ArrayStore()));
$app->singleton(ArticleRepository::class, fn () => new ArticleRepository());
$app->singleton(ArticleRenderer::class, fn () => new ArticleRenderer(['en', 'de', 'fr']));
$app->singleton(ArticleController::class, fn (Container $c) => new ArticleController(
    $c->make(ArticleRepository::class),
    $c->make(ArticleRenderer::class),
));
$app->singleton(Kernel::class, fn (Container $c) => new Kernel($c));

return $app;
