<?php

namespace Symfony\Component\HttpFoundation;

class Request
{
    public ParameterBag $attributes;
    public ParameterBag $request;
    public ParameterBag $query;
    public ParameterBag $server;
    public ParameterBag $cookies;
    public HeaderBag $headers;

    protected $content;
    protected ?string $pathInfo = null;
    protected ?string $method = null;
    protected ?string $locale = null;
    protected string $defaultLocale = 'en';

    public function __construct(array $query = [], array $request = [], array $attributes = [], array $cookies = [], array $files = [], array $server = [], $content = null)
    {
        $this->query = new ParameterBag($query);
        $this->request = new ParameterBag($request);
        $this->attributes = new ParameterBag($attributes);
        $this->cookies = new ParameterBag($cookies);
        $this->server = new ParameterBag($server);
        $headers = [];
        foreach ($server as $key => $value) {
            if (str_starts_with($key, 'HTTP_')) {
                $headers[substr($key, 5)] = $value;
            } elseif (\in_array($key, ['CONTENT_TYPE', 'CONTENT_LENGTH'], true)) {
                $headers[$key] = $value;
            }
        }
        $this->headers = new HeaderBag($headers);
        $this->content = $content;
    }

    public static function create(string $uri, string $method = 'GET', array $parameters = [], array $cookies = [], array $files = [], array $server = [], $content = null): static
    {
        $server = array_replace([
            'SERVER_NAME' => 'localhost',
            'SERVER_PORT' => 80,
            'HTTP_HOST' => 'localhost',
            'HTTP_USER_AGENT' => 'Symfony',
            'REMOTE_ADDR' => '127.0.0.1',
            'SCRIPT_NAME' => '',
            'SERVER_PROTOCOL' => 'HTTP/1.1',
        ], $server);
        $server['REQUEST_METHOD'] = strtoupper($method);

        $components = parse_url($uri);
        $path = $components['path'] ?? '/';
        $query = [];
        if (isset($components['query'])) {
            parse_str(html_entity_decode($components['query']), $query);
        }
        if (\in_array($server['REQUEST_METHOD'], ['GET', 'HEAD'], true)) {
            $query = array_replace($query, $parameters);
            $request = [];
        } else {
            $request = $parameters;
        }
        $server['REQUEST_URI'] = $path.($query ? '?'.http_build_query($query) : '');
        $server['PATH_INFO'] = $path;

        return new static($query, $request, [], $cookies, $files, $server, $content);
    }

    public function getPathInfo(): string
    {
        return $this->pathInfo ??= (string) $this->server->get('PATH_INFO', '/');
    }

    public function getRequestUri(): string
    {
        return (string) $this->server->get('REQUEST_URI', '/');
    }

    public function getMethod(): string
    {
        return $this->method ??= strtoupper((string) $this->server->get('REQUEST_METHOD', 'GET'));
    }

    public function getClientIp(): ?string
    {
        return $this->server->get('REMOTE_ADDR');
    }

    public function getHost(): string
    {
        return (string) $this->headers->get('HOST', 'localhost');
    }

    public function getContent(): string
    {
        return (string) $this->content;
    }

    public function toArray(): array
    {
        return json_decode($this->getContent(), true, 512, \JSON_THROW_ON_ERROR);
    }

    public function setLocale(string $locale): void
    {
        $this->locale = $locale;
    }

    public function getLocale(): string
    {
        return $this->locale ?? $this->defaultLocale;
    }

    public function getPreferredLanguage(?array $locales = null): ?string
    {
        $accepted = [];
        foreach (explode(',', (string) $this->headers->get('Accept-Language', '')) as $part) {
            $lang = str_replace('-', '_', trim(explode(';', $part)[0]));
            if ('' !== $lang) {
                $accepted[] = $lang;
            }
        }
        if (null === $locales) {
            return $accepted[0] ?? null;
        }
        foreach ($accepted as $lang) {
            if (\in_array($lang, $locales, true)) {
                return $lang;
            }
        }

        return $locales[0] ?? null;
    }
}
