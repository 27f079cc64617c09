<?php

namespace Psr\Http\Message;

interface MessageInterface
{
    public function getHeaders(): array;

    public function hasHeader(string $name): bool;

    public function getHeaderLine(string $name): string;

    public function withHeader(string $name, $value): MessageInterface;

    public function getBody(): string;
}
