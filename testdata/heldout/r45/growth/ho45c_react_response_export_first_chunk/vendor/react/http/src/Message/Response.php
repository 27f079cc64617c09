<?php

namespace React\Http\Message;

use Psr\Http\Message\ResponseInterface;

final class Response implements ResponseInterface
{
    public const STATUS_OK = 200;
    public const STATUS_NOT_FOUND = 404;

    private array $headers = [];

    public function __construct(private int $status = self::STATUS_OK, array $headers = [], private string $body = '')
    {
        foreach ($headers as $name => $value) {
            $this->headers[strtolower($name)] = (string) $value;
        }
    }

    public static function plaintext(string $text): self
    {
        return new self(self::STATUS_OK, ['Content-Type' => 'text/plain; charset=utf-8'], $text);
    }

    public static function json(mixed $data): self
    {
        return new self(self::STATUS_OK, ['Content-Type' => 'application/json'], json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
    }

    public function getStatusCode(): int
    {
        return $this->status;
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    public function withHeader(string $name, string $value): static
    {
        $new = clone $this;
        $new->headers[strtolower($name)] = $value;

        return $new;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}
