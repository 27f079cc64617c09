<?php
// A Swoole-style HTTP server hands each request to an Octane-style worker that runs the kernel inside a cloned application sandbox.

require __DIR__ . '/Octane.php';

final class FakeHttpServer
{
    private array $handlers = [];

    public function on(string $event, Closure $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function start(int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            ($this->handlers['request'])([
                'uri' => '/dashboard/widgets/' . ($i % 30),
                'cookie' => 'laravel_session=' . sha1((string) $i) . '; XSRF-TOKEN=' . md5((string) $i),
                'accept' => 'text/html',
            ]);
        }
    }
}

$app = new Application([
    'app.locale' => 'en',
    'octane.listeners' => [
        RequestReceived::class => [GiveNewApplicationInstanceToRequest::class],
        RequestTerminated::class => [FlushLocaleState::class],
    ],
]);
$worker = new Worker($app);
$kernel = function (Application $sandbox): string {
    $request = $sandbox->make('request');
    return '<section>widget ' . basename($request['uri']) . '</section>';
};

$server = new FakeHttpServer();
$server->on('request', fn (array $request) => $worker->handle($request, $kernel));
$server->start((int) (getenv('PHPLEAK_N') ?: 100));
