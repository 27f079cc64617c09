<?php

namespace Psr\Http\Message;

interface StreamInterface
{
    public function __toString(): string;

    public function write(string $string): int;

    public function getSize(): ?int;
}

interface MessageInterface
{
    public function getHeaderLine(string $name): string;

    public function withHeader(string $name, $value): static;

    public function getHeaders(): array;

    public function getBody(): StreamInterface;

    public function withBody(StreamInterface $body): static;
}

interface ResponseInterface extends MessageInterface
{
    public function getStatusCode(): int;

    public function withStatus(int $code, string $reasonPhrase = ''): static;
}

interface ServerRequestInterface extends MessageInterface
{
    public function getMethod(): string;

    public function getRequestTarget(): string;

    public function getParsedBody(): mixed;

    public function withParsedBody($data): static;

    public function getAttribute(string $name, $default = null): mixed;

    public function withAttribute(string $name, $value): static;

    public function getServerParams(): array;
}

interface UploadedFileInterface
{
}
