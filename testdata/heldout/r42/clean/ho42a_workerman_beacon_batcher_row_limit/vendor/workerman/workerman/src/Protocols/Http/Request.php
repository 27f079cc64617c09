<?php

declare(strict_types=1);

namespace Workerman\Protocols\Http;

class Request
{
    private ?array $parsed = null;

    public function __construct(private readonly string $buffer)
    {
    }

    public function get(?string $name = null, mixed $default = null): mixed
    {
        $query = $this->parse()['query'];

        return $name === null ? $query : ($query[$name] ?? $default);
    }

    public function header(string $name, mixed $default = null): mixed
    {
        return $this->parse()['headers'][strtolower($name)] ?? $default;
    }

    public function path(): string
    {
        return $this->parse()['path'];
    }

    private function parse(): array
    {
        if ($this->parsed !== null) {
            return $this->parsed;
        }
        [$head] = explode("\r\n\r\n", $this->buffer, 2);
        $lines = explode("\r\n", $head);
        [, $target] = explode(' ', array_shift($lines), 3);
        $headers = [];
        foreach ($lines as $line) {
            [$k, $v] = explode(':', $line, 2);
            $headers[strtolower(trim($k))] = trim($v);
        }
        $path = (string) parse_url($target, PHP_URL_PATH);
        parse_str((string) parse_url($target, PHP_URL_QUERY), $query);

        return $this->parsed = ['path' => $path, 'query' => $query, 'headers' => $headers];
    }
}
