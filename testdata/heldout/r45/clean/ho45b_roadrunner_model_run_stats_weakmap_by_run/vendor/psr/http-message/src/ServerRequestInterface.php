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
