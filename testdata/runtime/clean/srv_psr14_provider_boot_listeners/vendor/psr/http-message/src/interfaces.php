<?php

namespace Psr\Http\Message;

interface StreamInterface
{
    public function __toString(): string;

    public function getSize(): ?int;

    public function getContents(): string;
}

interface UriInterface
{
    public function getScheme(): string;

    public function getHost(): string;

    public function getPath(): string;

    public function getQuery(): string;

    public function __toString(): string;
}

interface UploadedFileInterface
{
    public function getClientFilename(): ?string;
}

interface MessageInterface
{
    public function getProtocolVersion(): string;

    public function getHeaders(): array;

    public function hasHeader(string $name): bool;

    public function getHeaderLine(string $name): string;

    public function withHeader(string $name, $value): MessageInterface;

    public function getBody(): StreamInterface;

    public function withBody(StreamInterface $body): MessageInterface;
}

interface RequestInterface extends MessageInterface
{
    public function getMethod(): string;

    public function getUri(): UriInterface;
}

interface ServerRequestInterface extends RequestInterface
{
    public function getServerParams(): array;

    public function getCookieParams(): array;

    public function withCookieParams(array $cookies): ServerRequestInterface;

    public function getQueryParams(): array;

    public function withQueryParams(array $query): ServerRequestInterface;

    public function getParsedBody();

    public function withParsedBody($data): ServerRequestInterface;

    public function getAttributes(): array;

    public function getAttribute(string $name, $default = null);

    public function withAttribute(string $name, $value): ServerRequestInterface;
}

interface ResponseInterface extends MessageInterface
{
    public function getStatusCode(): int;

    public function withStatus(int $code, string $reasonPhrase = ''): ResponseInterface;

    public function getReasonPhrase(): string;
}
