<?php

declare(strict_types=1);

namespace App\Http;

final class RequestContext
{
    public const PROCESSOR = 'request';

    public function __construct(
        public readonly string $requestId,
        public readonly string $remoteIp,
        public readonly string $route,
        public readonly string $userAgent,
        public readonly array $query,
    ) {
    }

    public static function fromRaw(string $raw, string $remoteIp): self
    {
        [$head] = explode("\r\n\r\n", $raw, 2);
        $lines = explode("\r\n", $head);
        [, $target] = explode(' ', array_shift($lines)) + [1 => '/'];
        $headers = [];
        foreach ($lines as $line) {
            [$k, $v] = array_map('trim', explode(':', $line, 2)) + [1 => ''];
            $headers[strtolower($k)] = $v;
        }
        $path = parse_url($target, PHP_URL_PATH) ?: '/';
        parse_str((string) parse_url($target, PHP_URL_QUERY), $query);

        return new self($headers['x-request-id'] ?? bin2hex(random_bytes(8)), $remoteIp, $path, $headers['user-agent'] ?? '-', $query);
    }

    public function enrich(array $record): array
    {
        $record['extra'] += [
            'request_id' => $this->requestId,
            'ip' => $this->remoteIp,
            'route' => $this->route,
            'ua' => $this->userAgent,
        ];

        return $record;
    }
}
