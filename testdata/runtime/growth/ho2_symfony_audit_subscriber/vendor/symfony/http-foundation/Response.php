<?php

namespace Symfony\Component\HttpFoundation;

class Response
{
    public ParameterBag $headers;

    public function __construct(private string $content = '', private int $statusCode = 200, array $headers = [])
    {
        $this->headers = new ParameterBag($headers);
    }

    public function getContent(): string
    {
        return $this->content;
    }

    public function setContent(string $content): static
    {
        $this->content = $content;

        return $this;
    }

    public function getStatusCode(): int
    {
        return $this->statusCode;
    }
}
