<?php

namespace Psr\Http\Message;

interface MessageInterface
{
    public function getHeaders(): array;
    public function getHeaderLine(string $name): string;
    public function withHeader(string $name, $value): static;
}

interface RequestInterface extends MessageInterface
{
    public function getMethod(): string;
    public function getUri(): string;
}

interface ServerRequestInterface extends RequestInterface
{
    public function getServerParams(): array;
    public function getQueryParams(): array;
    public function getAttributes(): array;
    public function getAttribute(string $name, $default = null);
    public function withAttribute(string $name, $value): static;
}

interface ResponseInterface extends MessageInterface
{
    public function getStatusCode(): int;
    public function withStatus(int $code): static;
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
