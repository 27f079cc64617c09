<?php

namespace App\Context;

use Swoole\Http\Request;

final class RequestContext
{
    public function __construct(
        public readonly string $clientIp,
        public readonly string $userAgent,
        public readonly string $locale,
        public readonly array $query,
    ) {}
}

final class RequestContextStore
{
    private int $seq = 0;
    /** @var array<int, RequestContext> */
    private array $contexts = [];

    public function open(Request $request): int
    {
        $id = ++$this->seq;
        $this->contexts[$id] = new RequestContext( // leak
            $request->server['remote_addr'],
            $request->header['user-agent'] ?? '',
            substr($request->header['accept-language'] ?? 'en', 0, 5),
            $request->get,
        );

        return $id;
    }

    public function get(int $id): RequestContext
    {
        return $this->contexts[$id];
    }
}
