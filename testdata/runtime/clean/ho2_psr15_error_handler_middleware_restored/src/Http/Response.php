<?php

namespace App\Http;

use Psr\Http\Message\ResponseInterface;

final class Response implements ResponseInterface
{
    use MessageTrait;

    private const PHRASES = [200 => 'OK', 201 => 'Created', 409 => 'Conflict', 422 => 'Unprocessable Entity'];

    public function __construct(private int $status = 200, array $headers = [], string $body = '')
    {
        foreach ($headers as $name => $value) {
            $this->headers[strtolower($name)] = (array) $value;
        }
        $this->body = $body;
    }

    public function getStatusCode(): int
    {
        return $this->status;
    }

    public function withStatus(int $code, string $reasonPhrase = ''): static
    {
        $clone = clone $this;
        $clone->status = $code;

        return $clone;
    }

    public function getReasonPhrase(): string
    {
        return self::PHRASES[$this->status] ?? '';
    }
}
