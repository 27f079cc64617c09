<?php

declare(strict_types=1);

namespace GuzzleHttp;

use GuzzleHttp\Psr7\Request;
use Psr\Http\Message\ResponseInterface;

class Client
{
    /** @var array<string, mixed> */
    private array $config;

    /**
     * @param array<string, mixed> $config
     */
    public function __construct(array $config = [])
    {
        if (!isset($config['handler'])) {
            throw new \InvalidArgumentException('A handler stack is required');
        }
        $this->config = $config + ['headers' => [], 'base_uri' => ''];
    }

    /**
     * @param array<string, mixed> $options
     */
    public function request(string $method, string $uri, array $options = []): ResponseInterface
    {
        $headers = ($options['headers'] ?? []) + $this->config['headers'];
        $body = isset($options['json']) ? json_encode($options['json'], JSON_THROW_ON_ERROR) : ($options['body'] ?? '');
        if (isset($options['json'])) {
            $headers['Content-Type'] = 'application/json';
        }
        unset($options['headers'], $options['json'], $options['body']);

        $request = new Request($method, $this->config['base_uri'] . $uri, $headers, $body);

        return ($this->config['handler'])($request, $options);
    }

    public function getConfig(?string $option = null): mixed
    {
        return $option === null ? $this->config : ($this->config[$option] ?? null);
    }
}
