<?php
declare(strict_types=1);

namespace App\Http;

final class Response
{
    private array $headers = [];

    public function __construct(public string $content = '', public int $status = 200)
    {
    }

    public function setPublic(): self
    {
        return $this->setHeader('Cache-Control', 'public');
    }

    public function setMaxAge(int $seconds): self
    {
        $current = $this->headers['cache-control'] ?? '';

        return $this->setHeader('Cache-Control', ltrim($current . ', max-age=' . $seconds, ', '));
    }

    public function setEtag(string $etag): self
    {
        return $this->setHeader('ETag', '"' . $etag . '"');
    }

    public function setHeader(string $name, string $value): self
    {
        $this->headers[strtolower($name)] = $value;

        return $this;
    }

    public function getHeaders(): array
    {
        return $this->headers;
    }
}
