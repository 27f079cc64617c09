<?php

declare(strict_types=1);

require __DIR__ . '/src/Framework/Application.php';
require __DIR__ . '/src/Framework/Request.php';
require __DIR__ . '/src/Framework/Response.php';
require __DIR__ . '/src/Framework/OctaneWorker.php';
require __DIR__ . '/src/Catalog/Section.php';
require __DIR__ . '/src/Catalog/ArtworkSection.php';
require __DIR__ . '/src/Catalog/AudioGuideSection.php';
require __DIR__ . '/src/Catalog/AccessibilitySection.php';
require __DIR__ . '/src/Catalog/Exhibition.php';
require __DIR__ . '/src/Http/ExhibitionController.php';

use App\Http\ExhibitionController;
use Framework\Application;
use Framework\OctaneWorker;
use Framework\Request;

$app = new Application();
$app->singleton(ExhibitionController::class, static fn () => new ExhibitionController('Harbour City Museum'));

$worker = new OctaneWorker($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/exhibitions', ['slug' => 'northern-light-' . $i]);
    $response = $worker->handle($request);
    unset($request, $response);
}
