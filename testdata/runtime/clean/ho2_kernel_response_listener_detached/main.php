<?php
// A long-running HTTP kernel shares one event dispatcher across requests and attaches a response-cache listener while handling each request.

declare(strict_types=1);

require __DIR__ . '/src/EventDispatcher/EventDispatcher.php';
require __DIR__ . '/src/Http/Kernel.php';
require __DIR__ . '/src/Listener/ResponseCacheListener.php';

use Kernel\EventDispatcher\EventDispatcher;
use Kernel\Http\HttpKernel;
use Kernel\Http\Request;
use Kernel\Http\Response;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$dispatcher = new EventDispatcher();
$dispatcher->addListener('kernel.response', static function ($event): void {
    $event->response->headers['X-Powered-By'] = 'Kernel';
}, 0);

$kernel = new HttpKernel($dispatcher, static function (Request $request): Response {
    return new Response('<ul>' . str_repeat('<li>catalogue entry</li>', 20) . '</ul>');
});

for ($i = 0; $i < $n; $i++) {
    $response = $kernel->handle(new Request('GET', "/catalogue/{$i}", ['page' => (string) ($i % 7), 'sort' => 'price']));
}
