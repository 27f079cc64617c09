<?php

declare(strict_types=1);

namespace Psr\Http\Message;

interface ResponseInterface
{
    public function getStatusCode(): int;

    public function getHeaders(): array;

    public function getBody(): string;

    public function withHeader(string $name, string $value): static;
}
