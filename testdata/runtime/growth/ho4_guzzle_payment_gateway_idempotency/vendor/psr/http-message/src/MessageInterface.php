<?php

declare(strict_types=1);

namespace Psr\Http\Message;

interface MessageInterface
{
    /** @return array<string, list<string>> */
    public function getHeaders(): array;

    public function hasHeader(string $name): bool;

    public function getHeaderLine(string $name): string;

    public function withHeader(string $name, string|array $value): static;

    public function getBody(): string;
}
