<?php
// Octane-style worker: the application is booted once, then every request
// is handed to the same kernel.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Rendering/Article.php';
require __DIR__ . '/app/Rendering/ArticleRenderer.php';
require __DIR__ . '/app/Support/CacheKeys.php';
require __DIR__ . '/app/Http/ArticleController.php';

use App\Http\Kernel;
use Illuminate\Http\Request;

$app = require __DIR__ . '/bootstrap/app.php';
$kernel = $app->make(Kernel::class);

$locales = ['en', 'de', 'fr', 'en'];
$templates = ['standard', 'live', 'longread', 'opinion', 'amp'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create(
        '/articles/' . (48210 + $i),
        ['hl' => $locales[$i % 4], 'tpl' => $templates[$i % 5] . ($i % 7 === 0 ? '-preview-' . $i : ''), 'utm_source' => 'newsletter-' . ($i % 3)],
        ['HTTP_USER_AGENT' => 'Mozilla/5.0 NewsApp/' . (700 + $i % 5)],
    );
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
