<?php

namespace Psr\Http\Message;

interface ServerRequestInterface
{
    public function getMethod(): string;

    public function getPath(): string;

    public function getHeaderLine(string $name): string;

    public function withHeader(string $name, string|array $value): static;

    public function getQueryParams(): array;

    public function withQueryParams(array $query): static;

    public function getBody(): string;

    public function withBody(string $body): static;

    public function getAttribute(string $name, mixed $default = null): mixed;

    public function withAttribute(string $name, mixed $value): static;
}
