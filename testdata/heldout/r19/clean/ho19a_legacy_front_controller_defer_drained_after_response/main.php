<?php

declare(strict_types=1);

/*
 * Worker entry: the legacy front controller (public/index.php) is kept as is
 * and re-included for every request, the way the worker mode migration guide
 * suggests for apps that are not PSR-7 aware.
 */

require __DIR__ . '/lib/bootstrap.php';
require __DIR__ . '/app/controllers.php';

final class WorkerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $query,
        public readonly array $post,
        public readonly array $server,
    ) {
    }
}

final class WorkerStub
{
    private int $served = 0;

    public function __construct(private readonly int $limit)
    {
    }

    public function waitRequest(): ?WorkerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = ++$this->served;
        if ($i % 3 === 0) {
            return new WorkerRequest('GET', '/product.php', ['id' => (string) (500 + $i % 40)], [], ['REMOTE_ADDR' => '10.0.0.' . ($i % 250)]);
        }

        return new WorkerRequest('POST', '/checkout.php', [], [
            'cart_id' => 'c' . (9000 + $i),
            'email' => "buyer{$i}@example.net",
            'items' => ['sku-' . ($i % 17) => 1 + $i % 3, 'sku-' . ($i % 5) => 1],
            'note' => 'Please leave at the back door, next to the blue bins.',
        ], ['REMOTE_ADDR' => '10.0.1.' . ($i % 250), 'HTTP_USER_AGENT' => 'Mozilla/5.0 (X11; Linux x86_64)']);
    }

    public function respond(int $status, string $body): void
    {
        // The real worker writes to the relay pipe here.
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new WorkerStub($n);

while ($req = $worker->waitRequest()) {
    $_GET = $req->query;
    $_POST = $req->post;
    $_SERVER = ['REQUEST_METHOD' => $req->method, 'REQUEST_URI' => $req->uri] + $req->server;
    http_response_code(200);

    ob_start();
    require __DIR__ . '/public/index.php';
    $body = (string) ob_get_clean();

    $worker->respond(200, $body);
    app_terminate();
}
