<?php

declare(strict_types=1);

require __DIR__ . '/vendor/lite/framework.php';
require __DIR__ . '/src/Cms/Block.php';
require __DIR__ . '/src/Cms/Region.php';
require __DIR__ . '/src/Cms/Page.php';
require __DIR__ . '/src/Cms/PageRepository.php';
require __DIR__ . '/src/Http/PageController.php';

use App\Cms\PageRepository;
use App\Http\PageController;
use Lite\Foundation\Application;
use Lite\Http\Request;
use Lite\Octane\Worker;

$app = new Application();
$app->singleton(PageRepository::class, fn () => new PageRepository());
$app->singleton(PageController::class, fn (Application $app) => new PageController($app->make(PageRepository::class)));
$app->router()->get('/pages/{slug}', [PageController::class, 'show']);

$worker = new Worker($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('GET', "/pages/landing-{$i}", [], ['Accept' => 'text/html']));
}
