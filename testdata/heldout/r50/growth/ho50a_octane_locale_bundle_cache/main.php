<?php

require __DIR__ . '/vendor/illuminate/Container.php';
require __DIR__ . '/vendor/illuminate/Facade.php';
require __DIR__ . '/vendor/illuminate/Http.php';
require __DIR__ . '/vendor/laravel/octane/Worker.php';
require __DIR__ . '/app/Support/Config.php';
require __DIR__ . '/app/Support/LocaleNegotiator.php';
require __DIR__ . '/app/Support/Lang.php';
require __DIR__ . '/app/Services/MessageLoader.php';
require __DIR__ . '/app/Services/TranslationRepository.php';
require __DIR__ . '/app/Http/Middleware/NegotiateLocale.php';
require __DIR__ . '/app/Http/Controllers/CatalogController.php';
require __DIR__ . '/app/Http/Kernel.php';

use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = require __DIR__ . '/bootstrap/app.php';

$worker = new Worker($app);
$worker->boot();

// Browsers and crawlers send every regional variant there is.
$languages = ['de', 'fr', 'en', 'es', 'it'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $primary = $languages[$i % count($languages)];
    $header = sprintf('%s-%04X,%s;q=0.9,en;q=0.7', $primary, $i, $primary);
    $response = $worker->handle(new Request('GET', '/catalog', ['accept-language' => $header]));
    unset($response);
}
