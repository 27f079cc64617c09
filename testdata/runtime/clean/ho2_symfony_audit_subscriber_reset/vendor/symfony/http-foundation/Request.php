<?php

namespace Symfony\Component\HttpFoundation;

class Request
{
    public ParameterBag $attributes;
    public ParameterBag $query;
    public ParameterBag $headers;

    public function __construct(
        array $query = [],
        array $attributes = [],
        array $headers = [],
        private string $method = 'GET',
        private string $pathInfo = '/',
        private string $content = '',
        private string $clientIp = '127.0.0.1',
    ) {
        $this->query = new ParameterBag($query);
        $this->attributes = new ParameterBag($attributes);
        $this->headers = new ParameterBag(array_change_key_case($headers, \CASE_LOWER));
    }

    public static function create(string $uri, string $method = 'GET', array $headers = [], string $content = '', string $clientIp = '127.0.0.1'): static
    {
        $parts = parse_url($uri);
        $query = [];
        if (isset($parts['query'])) {
            parse_str($parts['query'], $query);
        }

        return new static($query, [], $headers, strtoupper($method), $parts['path'] ?? '/', $content, $clientIp);
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getPathInfo(): string
    {
        return $this->pathInfo;
    }

    public function getContent(): string
    {
        return $this->content;
    }

    public function getClientIp(): string
    {
        return $this->clientIp;
    }
}
