<?php

declare(strict_types=1);

namespace GuzzleHttp\Psr7;

use Psr\Http\Message\RequestInterface;

class Request implements RequestInterface
{
    use MessageTrait;

    /**
     * @param array<string, string|list<string>> $headers
     */
    public function __construct(
        private string $method,
        private string $uri,
        array $headers = [],
        string $body = '',
    ) {
        foreach ($headers as $name => $value) {
            $this->headers[strtolower($name)] = (array) $value;
        }
        $this->body = $body;
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getUri(): string
    {
        return $this->uri;
    }
}
