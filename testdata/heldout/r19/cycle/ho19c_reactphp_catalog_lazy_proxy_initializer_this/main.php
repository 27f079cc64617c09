<?php

declare(strict_types=1);

require __DIR__ . '/src/Catalog.php';
require __DIR__ . '/src/Http.php';

use Catalog\Http\RelatedProductsController;
use Catalog\Http\RelatedProductsRepository;
use Catalog\Http\ServerRequest;
use Catalog\InMemoryProductLoader;

/** Stand-in for React\Http\HttpServer: one handler, called per request. */
final class HttpServer
{
    /** @param callable(ServerRequest): string $handler */
    public function __construct(private $handler)
    {
    }

    public function emit(ServerRequest $request): string
    {
        return ($this->handler)($request);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new RelatedProductsController(new RelatedProductsRepository(new InMemoryProductLoader()));
$server = new HttpServer($controller);

for ($i = 0; $i < $n; $i++) {
    $server->emit(new ServerRequest('/products/' . (1000 + $i) . '/related', ['page' => 1]));
}
