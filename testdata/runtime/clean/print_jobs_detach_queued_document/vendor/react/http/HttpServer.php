<?php

namespace React\Http;

/** Stand-in for ReactPHP's HTTP server: the handler runs for every request. */
final class HttpServer
{
    /** @var callable */
    private $handler;

    public function __construct(callable $handler)
    {
        $this->handler = $handler;
    }

    /** @param array<string, string> $query */
    public function accept(array $query): string
    {
        return ($this->handler)($query);
    }
}
