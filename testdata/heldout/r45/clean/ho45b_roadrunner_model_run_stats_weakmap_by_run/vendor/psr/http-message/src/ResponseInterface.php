<?php

namespace Psr\Http\Message;

interface ResponseInterface
{
    public function getStatusCode(): int;

    public function getHeaderLine(string $name): string;

    public function withHeader(string $name, string $value): static;

    public function getBody(): string;
}
