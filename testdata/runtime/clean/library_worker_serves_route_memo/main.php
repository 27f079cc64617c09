<?php
// A worker runtime from a library (vendor/, which phpleak does not read)
// serves a stream of requests and calls the handler closure it was given
// once per request. The controller the closure captures lives as long as
// the worker, and its link builder memoizes the route prefix of each
// locale, one of three: the memo stays at three entries.

require __DIR__ . '/vendor/acme/Worker.php';
require __DIR__ . '/src/Links.php';

use Acme\Runtime\Worker;
use App\InvoiceController;
use App\LinkBuilder;

$controller = new InvoiceController(new LinkBuilder('https://billing.example.test'));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$requests = (static function () use ($n): \Generator {
    for ($i = 0; $i < $n; $i++) {
        yield ['invoice' => 100000 + $i, 'locale' => ['en', 'de', 'fr'][$i % 3]];
    }
})();

(new Worker(static fn (array $request): string => $controller->show($request)))->serve($requests);
