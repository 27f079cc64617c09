<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Http.php';
require __DIR__ . '/src/Deadline.php';
require __DIR__ . '/src/SearchHandler.php';

use App\Http\DeadlineMiddleware;
use App\Http\Request;
use App\Http\SearchHandler;
use Revolt\EventLoop;

$catalog = [];
foreach (['Walnut desk', 'Oak shelf', 'Pine stool', 'Beech table', 'Maple chair', 'Cherry cabinet'] as $i => $title) {
    $catalog[] = ['id' => $i + 1, 'title' => $title, 'price' => 100 + 25 * $i];
}

$handler = new DeadlineMiddleware(new SearchHandler($catalog), 30.0);
$terms = ['oak', 'table', 'chair', 'walnut', 'pine'];

// stand-in for amphp/http-server accepting requests on the event loop
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request(
        'POST',
        '/search',
        ['q' => $terms[$i % 5], 'page' => (string) ($i % 3 + 1), 'session' => sha1((string) $i)],
        json_encode(['filters' => ['color' => 'natural', 'in_stock' => true], 'trace' => str_repeat(dechex($i), 40)], JSON_THROW_ON_ERROR),
        '10.0.' . ($i % 256) . '.' . ($i % 200 + 1),
    );
    EventLoop::defer(static function () use ($handler, $request): void {
        $handler->handleRequest($request);
    });
    EventLoop::tick();
}
