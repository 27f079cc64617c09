<?php

namespace Nyholm\Psr7;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\StreamInterface;

final class Response implements ResponseInterface
{
    private array $headers = [];
    private StreamInterface $stream;

    public function __construct(private int $statusCode = 200, array $headers = [], string|StreamInterface|null $body = null)
    {
        foreach ($headers as $name => $value) {
            $this->headers[strtolower($name)] = (array) $value;
        }
        $this->stream = $body instanceof StreamInterface ? $body : Stream::create((string) $body);
    }

    public function getStatusCode(): int
    {
        return $this->statusCode;
    }

    public function withStatus(int $code, string $reasonPhrase = ''): static
    {
        $new = clone $this;
        $new->statusCode = $code;

        return $new;
    }

    public function getHeaderLine(string $name): string
    {
        return implode(', ', $this->headers[strtolower($name)] ?? []);
    }

    public function withHeader(string $name, $value): static
    {
        $new = clone $this;
        $new->headers[strtolower($name)] = (array) $value;

        return $new;
    }

    public function getHeaders(): array
    {
        return $this->headers;
    }

    public function getBody(): StreamInterface
    {
        return $this->stream;
    }

    public function withBody(StreamInterface $body): static
    {
        $new = clone $this;
        $new->stream = $body;

        return $new;
    }
}
