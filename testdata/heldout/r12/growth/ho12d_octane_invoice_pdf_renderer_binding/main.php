<?php

declare(strict_types=1);

require __DIR__ . '/src/Foundation/Container.php';
require __DIR__ . '/src/Invoices/InvoicePdfRenderer.php';
require __DIR__ . '/src/Providers/InvoiceServiceProvider.php';
require __DIR__ . '/src/Octane/Worker.php';

use App\Foundation\Container;
use App\Foundation\Dispatcher;
use App\Invoices\InvoiceController;
use App\Octane\FlushScopedInstances;
use App\Octane\RequestSource;
use App\Octane\RequestTerminated;
use App\Octane\Worker;
use App\Providers\InvoiceServiceProvider;

$app = Container::getInstance();
$app->singleton('events', static function (): Dispatcher {
    $events = new Dispatcher();
    $events->listen(RequestTerminated::class, new FlushScopedInstances());

    return $events;
});
(new InvoiceServiceProvider($app))->register();

$controller = new InvoiceController();
$worker = new Worker($app, static fn (array $request): array => $controller->download($request));
$client = new RequestSource((int) (getenv('PHPLEAK_N') ?: 100));

while (($request = $client->nextRequest()) !== null) {
    $worker->handle($request);
}
