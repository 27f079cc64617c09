<?php

namespace Psr\Http\Message;

interface ResponseInterface
{
    public function getStatusCode(): int;

    public function withStatus(int $code): static;

    public function getHeaders(): array;

    public function withHeader(string $name, string|array $value): static;

    public function getBody(): string;

    public function withBody(string $body): static;
}
