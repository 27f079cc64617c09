<?php

namespace Psr\Http\Message;

interface MessageInterface
{
    public function getHeaderLine(string $name): string;

    public function getBody(): string;
}

interface ResponseInterface extends MessageInterface
{
    public function getStatusCode(): int;

    public function withHeader(string $name, string $value): static;
}

interface ServerRequestInterface extends MessageInterface
{
    public function getMethod(): string;

    public function getPath(): string;

    public function getQueryParams(): array;

    public function getServerParams(): array;

    public function getAttribute(string $name, mixed $default = null): mixed;

    public function withAttribute(string $name, mixed $value): static;
}
