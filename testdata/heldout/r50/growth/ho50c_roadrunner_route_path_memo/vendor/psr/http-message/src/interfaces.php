<?php

namespace Psr\Http\Message;

interface ServerRequestInterface
{
    public function getMethod(): string;

    public function getUri(): string;

    public function getQueryParams(): array;

    public function getHeaderLine(string $name): string;

    public function getAttribute(string $name, mixed $default = null): mixed;

    public function withAttribute(string $name, mixed $value): static;
}

interface ResponseInterface
{
    public function getStatusCode(): int;

    public function withHeader(string $name, string $value): static;

    public function getBody(): string;
}

namespace Psr\Http\Server;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

interface RequestHandlerInterface
{
    public function handle(ServerRequestInterface $request): ResponseInterface;
}

interface MiddlewareInterface
{
    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface;
}
