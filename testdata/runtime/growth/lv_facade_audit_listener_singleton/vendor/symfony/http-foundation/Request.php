<?php

namespace Symfony\Component\HttpFoundation;

class Request
{
    public ParameterBag $attributes;
    public ParameterBag $request;
    public ParameterBag $query;
    public ParameterBag $server;
    public ParameterBag $headers;

    protected ?string $content;
    protected string $pathInfo = '/';
    protected string $method = 'GET';

    public function __construct(array $query = [], array $request = [], array $attributes = [], array $cookies = [], array $files = [], array $server = [], $content = null)
    {
        $this->query = new ParameterBag($query);
        $this->request = new ParameterBag($request);
        $this->attributes = new ParameterBag($attributes);
        $this->server = new ParameterBag($server);
        $headers = [];
        foreach ($server as $key => $value) {
            if (str_starts_with($key, 'HTTP_')) {
                $headers[strtolower(str_replace('_', '-', substr($key, 5)))] = $value;
            }
        }
        $this->headers = new ParameterBag($headers);
        $this->content = $content;
        $this->pathInfo = parse_url($server['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?: '/';
        $this->method = strtoupper($server['REQUEST_METHOD'] ?? 'GET');
    }

    public static function create(string $uri, string $method = 'GET', array $parameters = [], array $cookies = [], array $files = [], array $server = [], $content = null): static
    {
        $server['REQUEST_METHOD'] = strtoupper($method);
        $server['REQUEST_URI'] = $uri;
        $query = [];
        parse_str((string) parse_url($uri, PHP_URL_QUERY), $query);
        if (in_array($server['REQUEST_METHOD'], ['GET', 'HEAD'], true)) {
            $query += $parameters;
            $request = [];
        } else {
            $request = $parameters;
        }
        return new static($query, $request, [], $cookies, $files, $server, $content);
    }

    public function getPathInfo(): string
    {
        return $this->pathInfo;
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getContent(): string
    {
        return (string) $this->content;
    }
}
