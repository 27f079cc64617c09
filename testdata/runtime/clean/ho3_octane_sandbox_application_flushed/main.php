<?php
// A Laravel Octane worker serves invoice pages, running each request inside a clone of the booted application container.

declare(strict_types=1);

require __DIR__ . '/framework/Illuminate/Container/Container.php';
require __DIR__ . '/framework/Illuminate/Foundation/Application.php';
require __DIR__ . '/framework/Illuminate/Http/Request.php';
require __DIR__ . '/framework/Laravel/Octane/Worker.php';
require __DIR__ . '/app/Services/CurrencyFormatter.php';
require __DIR__ . '/app/Http/Controllers/InvoiceController.php';
require __DIR__ . '/app/Http/Kernel.php';

use App\Http\Controllers\InvoiceController;
use App\Http\Kernel;
use App\Services\CurrencyFormatter;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = new Application('/var/www/billing');
$app->singleton(CurrencyFormatter::class, static fn (Application $app): CurrencyFormatter => new CurrencyFormatter('de'));
$app->bind(InvoiceController::class, static fn (Application $app): InvoiceController => new InvoiceController($app->make(CurrencyFormatter::class)));
$app->bind('http.kernel', static fn (Application $app): Kernel => new Kernel($app));
$app->boot();

$worker = new Worker($app);
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/invoices/' . (4000 + $i), ['download' => '0'], [
        'Accept' => 'text/html',
        'Cookie' => 'laravel_session=' . str_repeat('9f', 96),
        'User-Agent' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/605.1.15',
    ]);
    $worker->handle($request);
}
