<?php

declare(strict_types=1);

require __DIR__ . '/vendor/octane-lite/Container.php';
require __DIR__ . '/vendor/octane-lite/Facade.php';
require __DIR__ . '/vendor/octane-lite/Request.php';
require __DIR__ . '/app/Cms/Page.php';
require __DIR__ . '/app/Cms/PageRepository.php';
require __DIR__ . '/app/Cms/BlockRenderer.php';
require __DIR__ . '/app/Cache/FragmentKey.php';
require __DIR__ . '/app/Cache/FragmentStore.php';
require __DIR__ . '/app/Facades/Fragments.php';
require __DIR__ . '/app/Http/PageController.php';

use App\Cache\FragmentStore;
use App\Cms\BlockRenderer;
use App\Cms\PageRepository;
use App\Http\PageController;
use OctaneLite\Container;
use OctaneLite\Facade;
use OctaneLite\Request;

// Worker boot: the application is created once and serves every request.
$app = new Container();
$app->singleton('fragments', fn () => new FragmentStore());
$app->singleton(PageRepository::class, fn () => new PageRepository());
$app->singleton(BlockRenderer::class, fn () => new BlockRenderer());
$app->bind(PageController::class, fn (Container $c) => new PageController(
    $c->make(PageRepository::class),
    $c->make(BlockRenderer::class),
));
Facade::setFacadeApplication($app);

$locales = ['en-GB', 'de-DE', 'fr', 'pt-BR', 'en-US'];
$slugs = ['city-council-vote', 'festival-lineup', 'transit-strike', 'match-report'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $pageId = 48000 + $i * 3;
    $request = Request::create(
        sprintf('/news/%d-%s?utm_source=feed', $pageId, $slugs[$i % count($slugs)]),
        ['accept-language' => $locales[$i % count($locales)]],
    );

    $html = $app->make(PageController::class)->show($request);

    // Octane's RequestTerminated listeners: drop per-request facade roots.
    Facade::clearResolvedInstances();
    unset($request, $html);
}
