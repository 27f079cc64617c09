<?php

declare(strict_types=1);

namespace Psr\Http\Message;

interface ServerRequestFactoryInterface
{
    public function createServerRequest(string $method, string $uri, array $serverParams = []): ServerRequestInterface;
}
