<?php

declare(strict_types=1);

namespace GuzzleHttp\Psr7;

use Psr\Http\Message\ResponseInterface;

class Response implements ResponseInterface
{
    use MessageTrait;

    /**
     * @param array<string, string|list<string>> $headers
     */
    public function __construct(private int $status = 200, array $headers = [], string $body = '')
    {
        foreach ($headers as $name => $value) {
            $this->headers[strtolower($name)] = (array) $value;
        }
        $this->body = $body;
    }

    public function getStatusCode(): int
    {
        return $this->status;
    }
}
