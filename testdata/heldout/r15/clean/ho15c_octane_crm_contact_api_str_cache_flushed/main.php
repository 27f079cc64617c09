<?php
// Modelled on laravel/framework#40620 + laravel/octane#468 (Str::flushCache between requests, here run by a RequestTerminated listener; cf. hyperf/hyperf#4505).

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/octane/src/Worker.php';
require __DIR__ . '/src/Support/Str.php';
require __DIR__ . '/src/Http/Middleware/SnakeCaseInput.php';
require __DIR__ . '/src/Http/Controllers/ContactController.php';
require __DIR__ . '/src/Listeners/ResetRequestContext.php';
require __DIR__ . '/src/Listeners/FlushStrCache.php';

use App\Http\Controllers\ContactController;
use App\Http\Middleware\SnakeCaseInput;
use Laravel\Octane\Worker;

$config = require __DIR__ . '/config/octane.php';
$middleware = new SnakeCaseInput();
$controller = new ContactController();

$worker = new Worker(
    static fn (array $request): array => $middleware->handle($request, $controller->update(...)),
    $config['listeners'],
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $fieldId = 9_000 + $i * 3;
    $worker->handle([
        'method' => 'PUT',
        'route' => ['contact' => (string) (500 + $i)],
        'input' => [
            'firstName' => 'Dana',
            'lastName' => 'Kowalski',
            'emailAddress' => "Dana.{$i}@Example.test",
            'customFields' => [
                "preferredStore{$fieldId}" => 'Downtown',
                'loyaltyTier' . ($fieldId + 1) => 'gold',
                'lastCampaign' . ($fieldId + 2) => 'spring-sale',
            ],
        ],
    ]);
}
