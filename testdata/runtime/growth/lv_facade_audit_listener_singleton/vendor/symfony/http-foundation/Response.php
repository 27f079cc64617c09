<?php

namespace Symfony\Component\HttpFoundation;

class Response
{
    public ParameterBag $headers;

    public function __construct(protected ?string $content = '', protected int $statusCode = 200, array $headers = [])
    {
        $this->headers = new ParameterBag($headers);
    }

    public function getContent(): string|false
    {
        return $this->content;
    }

    public function setContent(?string $content): static
    {
        $this->content = $content ?? '';
        return $this;
    }

    public function getStatusCode(): int
    {
        return $this->statusCode;
    }
}
