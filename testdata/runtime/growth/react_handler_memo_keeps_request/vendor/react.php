<?php

declare(strict_types=1);

namespace React\Http;

// Stand-in for ReactPHP's HTTP server and loop: the server keeps its
// request handlers for as long as the loop runs.
final class HttpServer
{
    /** @var list<callable> */
    private array $handlers;

    public function __construct(callable ...$handlers)
    {
        $this->handlers = $handlers;
    }

    public function serve(array $request): string
    {
        return ($this->handlers[0])($request);
    }
}

final class Loop
{
    public static function run(HttpServer $server, int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            $server->serve(['token' => bin2hex(random_bytes(16)), 'body' => str_repeat("{\"i\":{$i}}", 40)]);
        }
    }
}
