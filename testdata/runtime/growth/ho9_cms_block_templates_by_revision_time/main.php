<?php
// A Laravel Octane worker renders CMS pages from content blocks through a block renderer singleton that caches compiled block templates.
require __DIR__ . '/src/Stub/Octane.php';
require __DIR__ . '/app/View/BlockRenderer.php';
require __DIR__ . '/app/Http/PageController.php';

use App\Http\PageController;
use App\View\BlockRenderer;
use Illuminate\Container\Container;
use Laravel\Octane\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$app = new Container();
$app->singleton(BlockRenderer::class, fn () => new BlockRenderer());
$app->singleton(PageController::class, fn (Container $c) => new PageController($c->make(BlockRenderer::class)));

$requests = (function () use ($n) {
    $types = ['hero', 'quote', 'carousel', 'cta'];
    for ($i = 0; $i < $n; $i++) {
        yield ['path' => "/news/article-{$i}", 'blocks' => [[
            'type' => $types[$i % 4],
            'updated_at' => date('Y-m-d\TH:i:s', 1700000000 + $i * 37),
            'data' => ['class' => 'wide', 'title' => "Article {$i}", 'body' => str_repeat('Lorem ipsum ', 20)],
        ]]];
    }
})();

$kernel = fn (Container $app, array $request) => $app->make(PageController::class)->show($request);
(new Worker($app, require __DIR__ . '/config/octane.php'))->handle($requests, $kernel);
