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
    /** @var array<int, RequestContext> */
    private array $contexts = [];

    public function open(Request $request): int
    {
        $id = spl_object_id($request);
        $this->contexts[$id] = new RequestContext(
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
